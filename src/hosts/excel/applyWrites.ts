/** Queues the core's derived-cell writes; the caller syncs them in one round trip. */
import type { CellWrite } from '../../core/writes';
import type { ExcelContext, ExcelWorksheet } from './api';

/**
 * One range per written cell, all queued before a single sync. A null value clears the cell
 * ('' is how Office.js empties one; null in a values array would mean "leave as is").
 */
export function queueWrites(ctx: ExcelContext, writes: readonly CellWrite[]): void {
  const sheets = new Map<string, ExcelWorksheet>();
  for (const write of writes) {
    let sheet = sheets.get(write.sheet);
    if (!sheet) {
      sheet = ctx.workbook.worksheets.getItem(write.sheet);
      sheets.set(write.sheet, sheet);
    }
    const cell = sheet.getRange(write.address);
    if (write.numberFormat !== undefined) cell.numberFormat = [[write.numberFormat]];
    cell.values = [[write.value ?? '']];
  }
}
