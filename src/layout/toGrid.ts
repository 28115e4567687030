/** A plan as the grid a host would read back after laying it out (tests, bench, memory host). */
import type { CellValue, SheetGrid } from '../core/grid';
import type { SheetPlan } from './plan';

export function planToGrid(plan: SheetPlan, name = plan.sheetName): SheetGrid {
  let rows = 0;
  let cols = 0;
  for (const c of plan.cells) {
    rows = Math.max(rows, c.row + 1);
    cols = Math.max(cols, c.col + 1);
  }
  const values: CellValue[][] = Array.from({ length: rows }, () =>
    Array<CellValue>(cols).fill(null),
  );
  const numberFormats: (string | null)[][] = Array.from({ length: rows }, () =>
    Array<string | null>(cols).fill(null),
  );
  for (const c of plan.cells) values[c.row][c.col] = c.value;
  for (const { range, style } of plan.styles) {
    if (!style.numberFormat) continue;
    for (let r = range.top; r <= Math.min(range.bottom, rows - 1); r++)
      for (let c = range.left; c <= Math.min(range.right, cols - 1); c++)
        numberFormats[r][c] = style.numberFormat;
  }
  return { name, values, merges: plan.merges.map((m) => ({ ...m })), numberFormats };
}
