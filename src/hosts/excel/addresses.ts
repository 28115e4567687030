/** A1 addresses as Office.js writes and reads them: ranges, whole rows/columns, area lists. */
import { columnLetters, parseAddress, toAddress, type MergeRange } from '../../core/grid';

/** The sheet's last row and column (0-based), Excel 2007 and later. */
export const LAST_ROW = 1_048_575;
export const LAST_COL = 16_383;

export function rangeA1(range: MergeRange): string {
  const from = toAddress(range.top, range.left);
  const to = toAddress(range.bottom, range.right);
  return from === to ? from : `${from}:${to}`;
}

/** Whole rows, 0-based inclusive -> `5:9`. */
export function rowsA1(first: number, last: number): string {
  return `${first + 1}:${last + 1}`;
}

/** Whole columns, 0-based inclusive -> `A:B`. */
export function columnsA1(first: number, last: number): string {
  return `${columnLetters(first)}:${columnLetters(last)}`;
}

function columnIndex(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1 <= LAST_COL ? col - 1 : null;
}

function rowIndex(digits: string): number | null {
  if (!/^\d{1,7}$/.test(digits)) return null;
  const row = Number(digits) - 1;
  return row >= 0 && row <= LAST_ROW ? row : null;
}

function box(a: number, b: number, c: number, d: number): MergeRange {
  return {
    top: Math.min(a, c),
    left: Math.min(b, d),
    bottom: Math.max(a, c),
    right: Math.max(b, d),
  };
}

/**
 * `B5`, `A1:C3`, `$A$1:$C$3`, `5:9` (rows) or `A:C` (columns), without a sheet name -> a 0-based
 * box; null when it is none of these.
 */
export function parseRangeRef(ref: string): MergeRange | null {
  const text = ref.replace(/\$/g, '').trim();
  const [from, to = from, extra] = text.split(':');
  if (extra !== undefined || from === undefined || from === '') return null;
  const a = parseAddress(from);
  const b = parseAddress(to);
  if (a && b) return box(a.row, a.col, b.row, b.col);
  const r1 = rowIndex(from);
  const r2 = rowIndex(to);
  if (r1 !== null && r2 !== null) return box(r1, 0, r2, LAST_COL);
  const c1 = columnIndex(from);
  const c2 = columnIndex(to);
  if (c1 !== null && c2 !== null) return box(0, c1, LAST_ROW, c2);
  return null;
}

/** `'附件3 (2)'!A1:B2` -> `A1:B2`; an address without a sheet is returned as it is. */
export function withoutSheet(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang < 0 ? address : address.slice(bang + 1);
}

/** Splits an area list at the commas that are not inside a quoted sheet name. */
function splitAreas(list: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < list.length; i += 1) {
    const ch = list[i];
    if (ch === "'")
      quoted = !quoted; // '' inside a name toggles twice: still quoted
    else if (ch === ',' && !quoted) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** A RangeAreas address (`Sheet1!A1:B4, Sheet1!D1:D4`) -> its boxes; unreadable parts skipped. */
export function parseAreaList(list: string): MergeRange[] {
  return splitAreas(list)
    .map((part) => parseRangeRef(withoutSheet(part)))
    .filter((m): m is MergeRange => m !== null);
}

/**
 * Bare sheet names: ASCII letters, CJK ideographs (U+3400–4DBF, U+4E00–9FFF) and `_` first, then
 * those, ASCII digits and `.`. Spelled out rather than `\p{L}` with the `u` flag, a SyntaxError
 * in IE11 (Excel 2016 MSI). Letters of other scripts are quoted: never wrong, only unneeded.
 */
const BARE_SHEET_NAME =
  /^[A-Za-z_\u3400-\u4dbf\u4e00-\u9fff][A-Za-z0-9_.\u3400-\u4dbf\u4e00-\u9fff]*$/;

/**
 * A sheet name as Excel writes it in an address: bare when letters, digits, `_` and `.` starting
 * with a letter (`表一`, `Sheet1`), else quoted (`'附件3 (2)'`).
 */
export function quoteSheetName(name: string): string {
  return BARE_SHEET_NAME.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
