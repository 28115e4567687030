/**
 * Cell and range references as a worksheet part writes them (`B12`, `A1:C3`), read without a
 * regex, and the sheet's last row and column (0-based) they are checked against.
 */
import { rangeBetween, type MergeRange } from '../../core/grid';

export const MAX_ROW = 1_048_575;
export const MAX_COL = 16_383;

/** `B12` -> { row: 11, col: 1 } without a regex (this runs once per cell). */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
  }
  if (i === 0 || i > 3 || i === ref.length) return null;
  let row = 0;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  if (row < 1 || row > MAX_ROW + 1 || col > MAX_COL + 1) return null;
  return { row: row - 1, col: col - 1 };
}

export function parseRangeRef(ref: string): MergeRange | null {
  const [from, to = from] = ref.split(':');
  const a = parseCellRef(from);
  const b = parseCellRef(to);
  return a && b ? rangeBetween(a, b) : null;
}
