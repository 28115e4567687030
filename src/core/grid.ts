/**
 * The host-independent view of a worksheet: what every host (Excel, memory, xlsx) hands the core.
 * Rows and columns are 0-based and absolute (row 0, col 0 is A1).
 */

/** A cell as a host reads it. Excel errors arrive as their text (`#DIV/0!`); dates as serial
 * numbers with a date number format (Office.js) or as `Date`-free text (the xlsx host). */
export type CellValue = string | number | boolean | null;

export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** Row-major values from A1; ragged rows allowed. */
  values: CellValue[][];
  merges: MergeRange[];
  /** Optional: number formats, same shape as values (used for printed precision and dates). */
  numberFormats?: (string | null)[][];
  /** Optional: true where the cell holds a formula (its value is the cached result). */
  formulas?: (boolean | null)[][];
}

export function cellValue(grid: SheetGrid, row: number, col: number): CellValue {
  const r = grid.values[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

export function cellFormat(grid: SheetGrid, row: number, col: number): string | null {
  return grid.numberFormats?.[row]?.[col] ?? null;
}

export function cellIsFormula(grid: SheetGrid, row: number, col: number): boolean {
  return grid.formulas?.[row]?.[col] === true;
}

export function columnCount(grid: SheetGrid): number {
  let n = 0;
  for (const r of grid.values) if (r && r.length > n) n = r.length;
  return n;
}

/** 0-based column index to letters: 0 -> A, 26 -> AA. */
export function columnLetters(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * The addresses of the top-left of a sheet, each built once and shared by every sheet and
 * evaluation: the forms of a workbook made from one template hold their cells at the same
 * addresses, and a form keeps its cells' addresses as long as it lives.
 */
const SHARED_ROWS = 2000;
const SHARED_COLS = 64;
const SHARED_ADDRESSES = new Array<string[] | undefined>(SHARED_ROWS);

export function toAddress(row: number, col: number): string {
  if (row < 0 || row >= SHARED_ROWS || col < 0 || col >= SHARED_COLS)
    return `${columnLetters(col)}${row + 1}`;
  const shared = (SHARED_ADDRESSES[row] ??= new Array<string>(SHARED_COLS));
  return (shared[col] ??= `${columnLetters(col)}${row + 1}`);
}

/** `B5` -> { row: 4, col: 1 }; returns null for anything that is not a single A1 address. */
export function parseAddress(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** The range two corner cells span, whichever corner a reference names first. */
export function rangeBetween(
  a: { row: number; col: number },
  b: { row: number; col: number },
): MergeRange {
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function rangeAddress(m: MergeRange): string {
  return `${toAddress(m.top, m.left)}:${toAddress(m.bottom, m.right)}`;
}
