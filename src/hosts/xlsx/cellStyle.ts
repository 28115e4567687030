/** Turns a layout CellStyle into the ExcelJS style properties of one cell. */
import type ExcelJS from 'exceljs';
import type { CellStyle } from '../../layout/plan';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };

/** `#RRGGBB` -> ExcelJS `AARRGGBB`. */
function argb(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}

/** Overwrites only the properties the style names, so successive styles layer. */
export function applyCellStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.fontName !== undefined || style.fontSize !== undefined || style.bold !== undefined) {
    const font: Partial<ExcelJS.Font> = { ...cell.font };
    if (style.fontName !== undefined) font.name = style.fontName;
    if (style.fontSize !== undefined) font.size = style.fontSize;
    if (style.bold !== undefined) font.bold = style.bold;
    // Tell Excel these are East Asian fonts so it does not fall back to a Latin face.
    if (style.fontName !== undefined) font.charset = 134;
    cell.font = font;
  }
  if (
    style.hAlign !== undefined ||
    style.vAlign !== undefined ||
    style.wrap !== undefined ||
    style.indent !== undefined
  ) {
    const alignment: Partial<ExcelJS.Alignment> = { ...cell.alignment };
    if (style.hAlign !== undefined) alignment.horizontal = style.hAlign;
    if (style.vAlign !== undefined) alignment.vertical = style.vAlign;
    if (style.wrap !== undefined) alignment.wrapText = style.wrap;
    if (style.indent !== undefined) alignment.indent = style.indent;
    cell.alignment = alignment;
  }
  if (style.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.numberFormat !== undefined) cell.numFmt = style.numberFormat;
  if (style.fill !== undefined) {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  }
}
