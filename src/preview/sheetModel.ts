/**
 * One sheet of the memory workbook as the preview grid draws it: the used range, cell by cell,
 * with its text as Excel would show it, its look (from the cell format the Excel host's layout
 * wrote), merges as spans, and sizes in CSS pixels.
 */
import { toAddress } from '../core/grid';
import type { MemoryWorkbook } from '../hosts/memory';
import { cellText } from './cellText';

export interface CellModel {
  address: string;
  text: string;
  /** What an edit starts from: the value as typed (numbers unformatted). */
  raw: string;
  rowSpan: number;
  colSpan: number;
  style: CellLook;
}

export interface CellLook {
  bold?: boolean;
  fontSize?: number;
  align?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  fill?: string;
  border?: boolean;
  indent?: number;
}

export interface SheetModel {
  name: string;
  /** CSS px per column. */
  widths: number[];
  /** CSS px per row (a minimum: wrapped text may grow it). */
  heights: number[];
  /** Per row, the cells drawn (cells covered by a merge are left out). */
  rows: CellModel[][];
}

/** Excel's defaults: 8.43 characters (48 pt) wide, 15 pt high; 1 pt = 4/3 CSS px. */
const DEFAULT_WIDTH_PT = 48;
const DEFAULT_HEIGHT_PT = 15;
const px = (pt: number) => Math.round((pt * 4) / 3);

const H_ALIGN: Record<string, CellLook['align']> = {
  Left: 'left',
  Center: 'center',
  CenterAcrossSelection: 'center',
  Right: 'right',
};
const V_ALIGN: Record<string, CellLook['vAlign']> = {
  Top: 'top',
  Center: 'middle',
  Bottom: 'bottom',
};

function lookOf(book: MemoryWorkbook, sheet: string, address: string): CellLook {
  const f = book.cellFormat(sheet, address);
  return {
    bold: f.bold,
    fontSize: f.fontSize,
    align: f.horizontalAlignment ? H_ALIGN[f.horizontalAlignment] : undefined,
    vAlign: f.verticalAlignment ? V_ALIGN[f.verticalAlignment] : undefined,
    wrap: f.wrapText,
    fill: f.fill,
    border: f.borders !== undefined && Object.keys(f.borders).length > 0,
    indent: f.indentLevel,
  };
}

export function sheetModel(book: MemoryWorkbook, name: string): SheetModel {
  const grid = book.toGrid(name);
  const info = book.inspect(name);
  const nRows = grid.values.length;
  const nCols = Math.max(0, ...grid.values.map((r) => r.length), ...info.columnWidths.keys());
  const widths = Array.from({ length: nCols }, (_, c) =>
    px(info.columnWidths.get(c) ?? DEFAULT_WIDTH_PT),
  );
  const heights = Array.from({ length: nRows }, (_, r) =>
    px(info.rowHeights.get(r) ?? DEFAULT_HEIGHT_PT),
  );
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of info.merges) {
    spans.set(`${m.top},${m.left}`, {
      rowSpan: m.bottom - m.top + 1,
      colSpan: m.right - m.left + 1,
    });
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  const rows: CellModel[][] = [];
  for (let r = 0; r < nRows; r++) {
    const row: CellModel[] = [];
    for (let c = 0; c < nCols; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const address = toAddress(r, c);
      const value = book.value(name, address);
      const span = spans.get(`${r},${c}`) ?? { rowSpan: 1, colSpan: 1 };
      row.push({
        address,
        text: cellText(value, book.numberFormat(name, address)),
        raw: String(value),
        ...span,
        style: lookOf(book, name, address),
      });
    }
    rows.push(row);
  }
  return { name, widths, heights, rows };
}
