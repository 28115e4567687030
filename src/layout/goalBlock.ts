/** The 年度总体目标 block shared by 附件2 and 附件3: two headed columns over one tall text row. */
import { GOAL_RESULT_KEY, GOAL_TARGET_KEY } from './fieldKeys';
import type { SheetBuilder } from './sheetBuilder';
import { LABEL, LONG_TEXT } from './styles';

/** Lays the block out from `row` to column `last`; returns the next free row. */
export function addGoalBlock(
  sheet: SheetBuilder,
  row: number,
  last: number,
  headers: { target: string; result: string },
): number {
  sheet.block(row, 0, row + 1, 0, '年度总体目标', LABEL);
  sheet.block(row, 1, row, 4, headers.target, LABEL);
  sheet.block(row, 5, row, last, headers.result, LABEL);
  sheet.height(row, 22);
  const text = row + 1;
  sheet.block(text, 1, text, 4, null, LONG_TEXT);
  sheet.block(text, 5, text, last, null, LONG_TEXT);
  sheet.field(GOAL_TARGET_KEY, text, 1);
  sheet.field(GOAL_RESULT_KEY, text, 5);
  sheet.height(text, 56);
  sheet.keepTogether(row, text);
  return text + 1;
}
