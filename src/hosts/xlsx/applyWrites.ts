/** Applies the core's derived-cell writes to an ExcelJS workbook. */
import type ExcelJS from 'exceljs';
import type { CellWrite } from '../../core/writes';

/**
 * Sets each named cell's value (null clears it) and, when given, its number format; fonts,
 * borders and alignment stay as they are. A write to a sheet the workbook lacks is a bug in the
 * caller, so it throws rather than silently dropping a figure.
 */
export function applyWrites(workbook: ExcelJS.Workbook, writes: readonly CellWrite[]): void {
  for (const write of writes) {
    const sheet = workbook.getWorksheet(write.sheet);
    if (!sheet) throw new Error(`applyWrites: no worksheet named ${write.sheet}`);
    const cell = sheet.getCell(write.row + 1, write.col + 1);
    cell.value = write.value;
    if (write.numberFormat !== undefined) cell.numFmt = write.numberFormat;
  }
}
