/**
 * The look of the official attachments: fonts, number formats and the few cell styles every form
 * uses. Font names are the ones a Chinese Office install has; LibreOffice substitutes Noto CJK.
 */
import type { CellStyle } from './plan';

export const BODY_FONT = '宋体';
export const TITLE_FONT = '黑体';
/** 五号 is 10.5pt; 10pt keeps the wide landscape forms at a readable print scale. */
export const BODY_FONT_SIZE = 10;
export const TITLE_FONT_SIZE = 16;
/** 小五: the landscape forms' long texts need it to print on two or three pages, not five. */
export const COMPACT_FONT_SIZE = 9;

export const AMOUNT_FORMAT = '#,##0.00';
export const RATE_FORMAT = '0.00%';
/** Weights and scores: integers print bare, fractions as typed. */
export const SCORE_FORMAT = 'General';

/** Plain text outside the table (附件N, 填报单位, notes). */
export const PLAIN: CellStyle = {
  fontName: BODY_FONT,
  fontSize: BODY_FONT_SIZE,
  vAlign: 'middle',
};

export const TITLE: CellStyle = {
  fontName: TITLE_FONT,
  fontSize: TITLE_FONT_SIZE,
  bold: true,
  hAlign: 'center',
  vAlign: 'middle',
};

/** Every cell inside the bordered table. */
export const TABLE: CellStyle = {
  fontName: BODY_FONT,
  fontSize: BODY_FONT_SIZE,
  border: true,
  wrap: true,
  vAlign: 'middle',
};

/** Printed labels and column headings. */
export const LABEL: CellStyle = { ...TABLE, hAlign: 'center' };

/** Line labels of a list (经费控制情况, 整体支出规模), indented by level. */
export function lineLabel(indent: number): CellStyle {
  return indent > 0 ? { ...TABLE, hAlign: 'left', indent } : { ...TABLE, hAlign: 'left' };
}

/** Long free text (goals, results, measures): read from the top left. */
export const LONG_TEXT: CellStyle = { ...TABLE, hAlign: 'left', vAlign: 'top' };

/** Short free text typed into the table (targets, reasons). */
export const TEXT_INPUT: CellStyle = { ...TABLE, hAlign: 'left' };

export const AMOUNT: CellStyle = { ...TABLE, hAlign: 'right', numberFormat: AMOUNT_FORMAT };
export const RATE: CellStyle = { ...TABLE, hAlign: 'right', numberFormat: RATE_FORMAT };
export const SCORE: CellStyle = { ...TABLE, hAlign: 'center', numberFormat: SCORE_FORMAT };

/** The 校验 column heading: visibly not part of the form. */
export const CHECK_HEADER: CellStyle = {
  fontName: BODY_FONT,
  fontSize: 9,
  hAlign: 'center',
  vAlign: 'middle',
  wrap: true,
  fill: '#F2F2F2',
};

/** Notes under the table (说明, 注). */
export const NOTE: CellStyle = { ...PLAIN, hAlign: 'left', vAlign: 'top', wrap: true };
