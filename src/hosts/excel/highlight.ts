/**
 * Over-100% rates highlighted in the sheet itself, so a printed or shared workbook shows them
 * without the add-in: each 执行率 of 附件2 and 附件3, and 附件1's 控制率.
 *
 *   ExcelApi 1.6+: a conditional format (cell value > 1 -> light red fill, dark red text) that
 *     Excel keeps current by itself. Added once per cell and pane session; any earlier format on
 *     that (add-in owned) cell is cleared first, so reopening the pane never stacks duplicates.
 *   below 1.6: written fill and font colour, set when the rate goes over and cleared when it
 *     comes back; written the first time a session sees the cell, then only on a change.
 *
 * Everything is queued into the recalculation's own write batch: no round trip of its own.
 */
import type { Evaluation } from '../../core';
import { Dec } from '../../core/decimal';
import { OVER_FILL, OVER_FONT, rateCells, type RateCell } from '../../layout/rateCells';
import { STAFF_CONTROL_RATE_KEY } from '../../layout/fieldKeys';
import type { SheetPlan } from '../../layout/plan';
import { columnLetters } from '../../core/grid';
import type { ExcelContext, ExcelRange, ExcelWorksheet } from './api';

/** Automatic (black) text once a rate is back under 100%. */
const PLAIN_FONT = '#000000';

export interface HighlightMemo {
  /** Cells given the conditional format this session. */
  formatted: Set<string>;
  /** Cells whose fill this session wrote, and whether it was the over-budget one. */
  filled: Map<string, boolean>;
}

export function createHighlightMemo(): HighlightMemo {
  return { formatted: new Set(), filled: new Map() };
}

const keyOf = (cell: RateCell): string => `${cell.sheet.toLowerCase()}!${cell.address}`;

/** The rate after this recalculation's writes: over 100%? */
function isOver(evaluation: Evaluation, cell: RateCell): boolean {
  const write = evaluation.writes.find((w) => w.sheet === cell.sheet && w.address === cell.address);
  const value = write ? write.value : cell.value;
  return typeof value === 'number' && Number.isFinite(value) && new Dec(value).gt(1);
}

/** Replaces the cell's conditional formats with the one over-100% rule. */
function queueRule(range: ExcelRange): void {
  range.conditionalFormats.clearAll();
  const format = range.conditionalFormats.add('CellValue').cellValue;
  format.format.fill.color = OVER_FILL;
  format.format.font.color = OVER_FONT;
  format.rule = { formula1: '1', operator: 'GreaterThan' };
}

/** A new sheet's rate cells (plan fields `scale.*.rate`, `funds.*.rate`, 控制率) get the rule. */
export function queuePlanHighlights(sheet: ExcelWorksheet, plan: SheetPlan): void {
  for (const [key, { row, col }] of Object.entries(plan.fields)) {
    if (key.endsWith('.rate') || key === STAFF_CONTROL_RATE_KEY)
      queueRule(sheet.getRange(`${columnLetters(col)}${row + 1}`));
  }
}

/** Queues the highlight statements; returns how many cells got one (0: nothing to sync). */
export function queueHighlights(
  ctx: ExcelContext,
  conditional: boolean,
  evaluation: Evaluation,
  memo: HighlightMemo,
): number {
  let queued = 0;
  const sheets = ctx.workbook.worksheets;
  for (const cell of rateCells(evaluation.forms)) {
    const key = keyOf(cell);
    if (conditional) {
      if (memo.formatted.has(key)) continue;
      queueRule(sheets.getItem(cell.sheet).getRange(cell.address));
      memo.formatted.add(key);
    } else {
      const over = isOver(evaluation, cell);
      if (memo.filled.get(key) === over) continue;
      const format = sheets.getItem(cell.sheet).getRange(cell.address).format;
      if (over) format.fill.color = OVER_FILL;
      else format.fill.clear();
      format.font.color = over ? OVER_FONT : PLAIN_FONT;
      memo.filled.set(key, over);
    }
    queued += 1;
  }
  return queued;
}
