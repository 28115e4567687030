/** SheetGrid <-> memory sheet: how tests, the bench and the preview fill and read the workbook. */
import type { CellValue, SheetGrid } from '../../core/grid';
import type { SheetState } from './sheetState';

/**
 * Fills a blank sheet from a grid: values, number formats, merges; a cell flagged as a formula
 * gets a stand-in formula (the memory workbook does not compute) and keeps its cached value.
 */
export function fillSheet(sheet: SheetState, grid: SheetGrid): void {
  grid.values.forEach((row, r) =>
    row?.forEach((value, c) => {
      const format = grid.numberFormats?.[r]?.[c] ?? null;
      const formula = grid.formulas?.[r]?.[c] === true;
      if ((value === null || value === '') && format === null && !formula) return;
      const cell = sheet.ensure(r, c);
      cell.value = value ?? '';
      if (format !== null && format !== 'General') cell.numberFormat = format;
      if (formula)
        cell.formula = `=${typeof value === 'string' ? JSON.stringify(value) : String(value)}`;
    }),
  );
  grid.numberFormats?.forEach((row, r) =>
    row?.forEach((format, c) => {
      if (format !== null && format !== 'General' && grid.values[r]?.[c] === undefined) {
        sheet.ensure(r, c).numberFormat = format;
      }
    }),
  );
  sheet.merges = grid.merges.map((m) => ({ ...m }));
}

/** The sheet as the core sees it: from A1 to the last used cell; '' and General read as null. */
export function sheetToGrid(sheet: SheetState): SheetGrid {
  const box = sheet.usedBox(false);
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const formulas: (boolean | null)[][] = [];
  if (box) {
    for (let r = 0; r <= box.bottom; r += 1) {
      const vRow: CellValue[] = [];
      const fRow: (string | null)[] = [];
      const xRow: (boolean | null)[] = [];
      for (let c = 0; c <= box.right; c += 1) {
        const cell = sheet.cell(r, c);
        vRow.push(cell && cell.value !== '' ? cell.value : null);
        fRow.push(cell?.numberFormat ?? null);
        xRow.push(cell?.formula !== undefined ? true : null);
      }
      values.push(vRow);
      numberFormats.push(fRow);
      formulas.push(xRow);
    }
  }
  return {
    name: sheet.name,
    values,
    merges: sheet.merges.map((m) => ({ ...m })),
    numberFormats,
    formulas,
  };
}
