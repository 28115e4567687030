/**
 * The grids the session keeps, as Excel holds them once the add-in's writes are in: the sheets
 * written get new grid objects (the incremental evaluation re-checks those), the others stay the
 * same objects, and nothing is changed in place (an earlier state may still be in use).
 */
import type { SheetGrid } from '../../core/grid';
import type { CellWrite } from '../../core/writes';

function setAt<T>(rows: (T | null)[][], row: number, col: number, value: T | null): void {
  while (rows.length <= row) rows.push([]);
  const line = [...(rows[row] ?? [])];
  while (line.length < col) line.push(null);
  line[col] = value;
  rows[row] = line;
}

function written(grid: SheetGrid, writes: readonly CellWrite[]): SheetGrid {
  const values = [...grid.values];
  const numberFormats = grid.numberFormats ? [...grid.numberFormats] : undefined;
  const formulas = grid.formulas ? [...grid.formulas] : undefined;
  for (const w of writes) {
    setAt(values, w.row, w.col, w.value);
    if (w.numberFormat !== undefined && numberFormats) {
      setAt(numberFormats, w.row, w.col, w.numberFormat === 'General' ? null : w.numberFormat);
    }
    // A written value replaces a formula (derived cells holding formulas are never written).
    if (formulas?.[w.row]?.[w.col]) setAt(formulas, w.row, w.col, null);
  }
  const out: SheetGrid = { ...grid, values };
  if (numberFormats) out.numberFormats = numberFormats;
  if (formulas) out.formulas = formulas;
  return out;
}

export function gridsWithWrites(
  grids: readonly SheetGrid[],
  writes: readonly CellWrite[],
): SheetGrid[] {
  const bySheet = new Map<string, CellWrite[]>();
  for (const w of writes) bySheet.set(w.sheet, [...(bySheet.get(w.sheet) ?? []), w]);
  return grids.map((grid) => {
    const own = bySheet.get(grid.name);
    return own ? written(grid, own) : grid;
  });
}
