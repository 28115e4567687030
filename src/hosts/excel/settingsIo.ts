/**
 * The workbook's stored settings (the hidden sheet 绩效自评设置, src/core/settingsSheet.ts) in and
 * out of Excel. The core parses and produces the cells; this file only moves them.
 *
 *   read   1 round trip when the sheet is missing (names only), 2 when it is there (its cells).
 *   write  1 round trip when the last read said whether the sheet exists, else the read first.
 */
import type { SheetGrid } from '../../core/grid';
import {
  isSettingsSheetName,
  resolveStoredSettings,
  SETTINGS_SHEET_NAME,
  settingsFromGrid,
  settingsToRows,
  type StoredSettings,
} from '../../core/settingsSheet';
import { rangeA1 } from './addresses';
import type { ExcelContext } from './api';
import { valuesAt } from './gridFromRange';

export interface StoredRead {
  settings: StoredSettings;
  /** The sheet's name as the workbook spells it, or null when there is none. */
  sheet: string | null;
}

/** `valuesOnly`: getUsedRange(true), ExcelApi 1.2 (the text format on column B not counted). */
export async function readStoredSettings(
  ctx: ExcelContext,
  valuesOnly: boolean,
): Promise<StoredRead> {
  const sheets = ctx.workbook.worksheets.load('items/name');
  await ctx.sync();
  const found = sheets.items.find((s) => isSettingsSheetName(s.name));
  if (!found) return { settings: resolveStoredSettings(), sheet: null };
  // valuesOnly: the text format (@) laid on column B does not widen what is read.
  const range = valuesOnly ? found.getUsedRange(true) : found.getUsedRange();
  const used = range.load(['values', 'rowIndex', 'columnIndex']);
  await ctx.sync();
  const grid: SheetGrid = {
    name: found.name,
    values: valuesAt(used.values, used.rowIndex, used.columnIndex),
    merges: [],
  };
  return { settings: resolveStoredSettings(settingsFromGrid(grid)), sheet: found.name };
}

/**
 * Queues the whole settings block (note, header, every setting) into the sheet, creating it
 * hidden when `sheet` is null. Nothing here syncs.
 */
export function queueStoredSettings(
  ctx: ExcelContext,
  settings: StoredSettings,
  sheet: string | null,
  /** Column widths can be set (ExcelApi 1.2). */
  cellLayout = true,
): void {
  const worksheets = ctx.workbook.worksheets;
  const target = sheet === null ? worksheets.add(SETTINGS_SHEET_NAME) : worksheets.getItem(sheet);
  // Hidden, not VeryHidden: the accountant can still unhide it from Excel if they need to.
  if (sheet === null) target.visibility = 'Hidden';
  const rows = settingsToRows(settings);
  const box = { top: 0, left: 0, bottom: rows.length - 1, right: 1 };
  const range = target.getRange(rangeA1(box));
  // Text format first, so '0.9' stays the decimal text the rules read, never a binary number.
  range.numberFormat = rows.map(() => ['@', '@']);
  range.values = rows;
  if (sheet === null && cellLayout) target.getRange('A:A').format.columnWidth = 220;
}
