/**
 * The core's derived-cell writes as request parts (requestSize.ts): one part per sheet, so a
 * recalculation of many sheets is cut between sheets when it would pass the request budget.
 */
import type { CellWrite } from '../../core/writes';
import type { ExcelContext, ExcelWorksheet } from './api';
import { actionBytes, pathBytes, type RequestPart } from './requestSize';

/** Worksheet proxies by name, made once per batch. */
export type SheetProxies = (name: string) => ExcelWorksheet;

export function sheetProxies(ctx: ExcelContext): SheetProxies {
  const made = new Map<string, ExcelWorksheet>();
  return (name) => {
    let sheet = made.get(name);
    if (!sheet) {
      sheet = ctx.workbook.worksheets.getItem(name);
      made.set(name, sheet);
    }
    return sheet;
  };
}

/** What a write adds to a request: its cell's range, its number format and its value. */
function writeBytes(write: CellWrite): number {
  const format = write.numberFormat !== undefined ? actionBytes([[write.numberFormat]]) : 0;
  return pathBytes(write.address) + format + actionBytes([[write.value ?? '']]);
}

/** The writes grouped by sheet (in their order), each group a request part. */
export function writeParts(sheets: SheetProxies, writes: readonly CellWrite[]): RequestPart[] {
  const bySheet = new Map<string, CellWrite[]>();
  for (const w of writes) bySheet.set(w.sheet, [...(bySheet.get(w.sheet) ?? []), w]);
  return [...bySheet].map(([name, group]) => ({
    bytes: pathBytes(name) + group.reduce((n, w) => n + writeBytes(w), 0),
    queue: () => queueWrites(sheets(name), group),
  }));
}

/**
 * One range per written cell. A null value clears the cell ('' is how Office.js empties one;
 * null in a values array would mean "leave as is").
 */
function queueWrites(sheet: ExcelWorksheet, writes: readonly CellWrite[]): void {
  for (const write of writes) {
    const cell = sheet.getRange(write.address);
    if (write.numberFormat !== undefined) cell.numberFormat = [[write.numberFormat]];
    cell.values = [[write.value ?? '']];
  }
}
