/** A loaded Office.js range -> the core's SheetGrid, positioned from A1. */
import type { CellValue, MergeRange, SheetGrid } from '../../core/grid';
import { parseAreaList } from './addresses';
import type { ExcelRange, ExcelRangeAreas, OfficeCellInput } from './api';

/** Properties a form sheet's used range is loaded with. */
export const FORM_RANGE_PROPERTIES = [
  'rowIndex',
  'columnIndex',
  'values',
  'formulas',
  'numberFormat',
];

/** The cells a loaded used range spans (0-based), from its position and its values. */
export function usedBox(used: ExcelRange): MergeRange {
  const rows = Math.max(1, used.values.length);
  const cols = Math.max(1, ...used.values.map((row) => row.length));
  return {
    top: used.rowIndex,
    left: used.columnIndex,
    bottom: used.rowIndex + rows - 1,
    right: used.columnIndex + cols - 1,
  };
}

/** Office.js reads an empty cell as ''; the core wants null. */
export function toCellValue(value: OfficeCellInput | undefined): CellValue {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return value;
}

/** `General` is Excel's no-format; the core reads null the same way the xlsx host gives it. */
function toFormat(format: string | null | undefined): string | null {
  return format === undefined || format === null || format === '' || format === 'General'
    ? null
    : format;
}

function isFormula(formula: OfficeCellInput | undefined): boolean | null {
  return typeof formula === 'string' && formula.startsWith('=') ? true : null;
}

/** Rows of `pad` nulls before, then each row shifted right by `shift` nulls. */
function place<T, U>(rows: T[][], pad: number, shift: number, map: (v: T) => U): (U | null)[][] {
  const lead: (U | null)[][] = Array.from({ length: pad }, () => []);
  const body = rows.map((row) => [...Array<U | null>(shift).fill(null), ...row.map(map)]);
  return [...lead, ...body];
}

/** Values read from a range whose top-left is (top, left), placed from A1. */
export function valuesAt(rows: OfficeCellInput[][], top: number, left: number): CellValue[][] {
  return place(rows, top, left, toCellValue);
}

/** The merged areas, or none when the sheet has none or the host cannot list them. */
export function mergesOf(areas: ExcelRangeAreas | null): MergeRange[] {
  if (!areas || areas.isNullObject) return [];
  return parseAreaList(areas.address);
}

export function gridFromRange(name: string, used: ExcelRange, merges: MergeRange[]): SheetGrid {
  const top = used.rowIndex;
  const left = used.columnIndex;
  return {
    name,
    values: place(used.values, top, left, toCellValue),
    merges,
    numberFormats: place(used.numberFormat, top, left, toFormat),
    formulas: place(used.formulas, top, left, isFormula),
  };
}
