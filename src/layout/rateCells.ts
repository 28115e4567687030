/**
 * How a workbook shows an over-100% rate (the core lists the cells: Evaluation.formats, and a
 * laid-out form's rate fields): Excel's own "Light Red Fill with Dark Red Text" preset.
 */
export const OVER_FILL = '#FFC7CE';
export const OVER_FONT = '#9C0006';
