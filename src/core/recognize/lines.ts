/** Amount lines under a header row: 整体支出规模 (附件2) and 项目资金 (附件3). */
import type { SheetView } from './sheetView';

export interface LineDefLike<K extends string> {
  key: K;
  name: string;
  pattern: RegExp;
}

/**
 * Rows below `headerRow` whose label (the rightmost text left of the first amount column, on
 * this row) matches a line; each line once; stops at `stop` or after `maxRows` rows.
 */
export function readLineRows<K extends string>(
  view: SheetView,
  headerRow: number,
  firstAmountCol: number,
  defs: readonly LineDefLike<K>[],
  bottom: number,
  stop: (text: string) => boolean,
  maxRows = 12,
): { key: K; row: number; labelCol: number; label: string }[] {
  const out: { key: K; row: number; labelCol: number; label: string }[] = [];
  const taken = new Set<K>();
  for (let r = headerRow + 1; r <= Math.min(bottom, headerRow + maxRows); r++) {
    const cells = view
      .rowCells(r, 0, firstAmountCol - 1)
      .filter((c) => c.row === r && view.text(c.row, c.col) !== '');
    if (cells.some((c) => stop(view.text(c.row, c.col)))) break;
    const labelCell = cells[cells.length - 1];
    if (!labelCell) continue;
    const text = view.text(labelCell.row, labelCell.col);
    const def = defs.find((d) => !taken.has(d.key) && d.pattern.test(text));
    if (!def) continue;
    taken.add(def.key);
    out.push({ key: def.key, row: r, labelCol: labelCell.col, label: def.name });
  }
  return out;
}
