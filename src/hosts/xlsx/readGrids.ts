/** Worksheets into the core's SheetGrid: ExcelJS workbooks in memory, and .xlsx files. */
import type ExcelJS from 'exceljs';
import {
  parseAddress,
  rangeBetween,
  type CellValue,
  type MergeRange,
  type SheetGrid,
} from '../../core/grid';
import { readFile } from 'fs/promises';
import { readCellValue } from './readCellValue';
import { readWorkbookData } from './readPackage';

/** `A1:C3` (as ExcelJS lists merges) -> a 0-based MergeRange; null when unparseable. */
export function parseMergeRange(range: string): MergeRange | null {
  const [from, to = from] = range.split(':');
  const a = parseAddress(from ?? '');
  const b = parseAddress(to);
  return a && b ? rangeBetween(a, b) : null;
}

function worksheetMerges(sheet: ExcelJS.Worksheet): MergeRange[] {
  // The public model lists merges as A1 ranges; there is no typed accessor for them.
  const model: unknown = sheet.model;
  const merges =
    typeof model === 'object' && model !== null && 'merges' in model ? model.merges : [];
  if (!Array.isArray(merges)) return [];
  return merges
    .filter((m): m is string => typeof m === 'string')
    .map(parseMergeRange)
    .filter((m): m is MergeRange => m !== null);
}

function setAt<T>(rows: T[][], row: number, col: number, value: T, empty: T): void {
  while (rows.length <= row) rows.push([]);
  const r = rows[row];
  while (r.length < col) r.push(empty);
  r[col] = value;
}

export function worksheetToGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const formulas: (boolean | null)[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const r = rowNumber - 1;
      const c = colNumber - 1;
      // A merged area's other cells echo its top-left value in ExcelJS; Excel shows them empty.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      let read = { value: null as CellValue, isFormula: false };
      try {
        read = readCellValue(cell.value);
      } catch {
        // odd content reads as empty rather than failing the whole workbook
      }
      setAt(values, r, c, read.value, null);
      setAt(numberFormats, r, c, cell.numFmt ? cell.numFmt : null, null);
      setAt(formulas, r, c, read.isFormula ? true : null, null);
    });
  });
  return { name: sheet.name, values, merges: worksheetMerges(sheet), numberFormats, formulas };
}

/**
 * The grids of an .xlsx / .xlsm file or its bytes, read from the package itself within the
 * reading budget (readPackage.ts); rejects with a PackageError naming what is wrong.
 */
export async function readWorkbookGrids(source: string | Buffer): Promise<SheetGrid[]> {
  const data = typeof source === 'string' ? await readFile(source) : source;
  return (await readWorkbookData(data)).grids;
}
