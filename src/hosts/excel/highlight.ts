/**
 * Over-100% rates highlighted in the sheet itself, as the evaluation lists them (`formats`), so a
 * printed or shared workbook shows them without the add-in:
 *
 *   ExcelApi 1.6+: a conditional format (cell value > 1 -> light red fill, dark red text) that
 *     Excel keeps current by itself, laid once per cell and pane session over each run of
 *     rate cells one under another (a 附件3's 执行率 column is one rule); any earlier format on
 *     those (add-in owned) cells is cleared first, so reopening the pane never stacks duplicates.
 *   below 1.6: written fill and font colour, set when the rate goes over and cleared when it
 *     comes back; written the first time a session sees the cell, then only on a change.
 *
 * The parts ride in the recalculation's own write batch; the memo of what was laid is the
 * session's to keep once Excel has taken them.
 */
import type { CellHighlight } from '../../core';
import { columnLetters } from '../../core/grid';
import { STAFF_CONTROL_RATE_KEY } from '../../layout/fieldKeys';
import type { SheetPlan } from '../../layout/plan';
import { OVER_FILL, OVER_FONT } from '../../layout/rateCells';
import { rangeA1 } from './addresses';
import type { ExcelRange, ExcelWorksheet } from './api';
import type { SheetProxies } from './applyWrites';
import { actionBytes, pathBytes, type RequestPart } from './requestSize';

/** Automatic (black) text once a rate is back under 100%. */
const PLAIN_FONT = '#000000';

/** What this pane session has laid down, by `sheet!address` (sheet in lower case). */
export interface HighlightMemo {
  /** Cells given the conditional format. */
  readonly formatted: ReadonlySet<string>;
  /** Cells whose fill was written, and whether it was the over-budget one. */
  readonly filled: ReadonlyMap<string, boolean>;
}

export const EMPTY_HIGHLIGHTS: HighlightMemo = { formatted: new Set(), filled: new Map() };

const keyOf = (cell: CellHighlight): string => `${cell.sheet.toLowerCase()}!${cell.address}`;

const RULE = { formula1: '1', operator: 'GreaterThan' } as const;

/** The rule's statements: clear, add, two colours and the rule (seven paths, five actions). */
export const RULE_BYTES =
  pathBytes('A1:A1') +
  6 * pathBytes('CellValue') +
  4 * actionBytes('CellValue') +
  actionBytes(RULE) +
  2 * actionBytes(OVER_FILL);
const FILL_BYTES = 4 * pathBytes('A1:A1') + 3 * actionBytes(OVER_FILL);

/** Replaces the range's conditional formats with the one over-100% rule. */
function queueRule(range: ExcelRange): void {
  range.conditionalFormats.clearAll();
  const format = range.conditionalFormats.add('CellValue').cellValue;
  format.format.fill.color = OVER_FILL;
  format.format.font.color = OVER_FONT;
  format.rule = { ...RULE };
}

function queueFill(range: ExcelRange, over: boolean): void {
  const { format } = range;
  if (over) format.fill.color = OVER_FILL;
  else format.fill.clear();
  format.font.color = over ? OVER_FONT : PLAIN_FONT;
}

/** A planned sheet's rate cells (fields `scale.*.rate`, `funds.*.rate`, 控制率), as highlights. */
function planRateCells(plan: SheetPlan, sheet: string): CellHighlight[] {
  return Object.entries(plan.fields)
    .filter(([key]) => key.endsWith('.rate') || key === STAFF_CONTROL_RATE_KEY)
    .map(([, { row, col }]) => ({
      sheet,
      row,
      col,
      address: `${columnLetters(col)}${row + 1}`,
      rule: 'overHundredPercent' as const,
      active: true,
    }));
}

/** A new sheet's rate cells get the rule; returns the memo keys of the cells it covers. */
export function queuePlanHighlights(
  sheet: ExcelWorksheet,
  plan: SheetPlan,
  name: string,
): string[] {
  const cells = planRateCells(plan, name);
  for (const run of runs(cells)) queueRule(sheet.getRange(runAddress(run)));
  return cells.map(keyOf);
}

/** What queuePlanHighlights adds to a request. */
export function planHighlightBytes(plan: SheetPlan): number {
  return runs(planRateCells(plan, plan.sheetName)).length * RULE_BYTES;
}

/** The memo with cells laid out with their rule (a layout's). */
export function withFormatted(memo: HighlightMemo, keys: readonly string[]): HighlightMemo {
  if (keys.length === 0) return memo;
  return { ...memo, formatted: new Set([...memo.formatted, ...keys]) };
}

/** Cells of one sheet and column, one under another, that share `over`: one range. */
function runs(cells: readonly CellHighlight[]): CellHighlight[][] {
  const sorted = [...cells].sort(
    (a, b) => a.sheet.localeCompare(b.sheet) || a.col - b.col || a.row - b.row,
  );
  const out: CellHighlight[][] = [];
  for (const cell of sorted) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    const joins =
      prev !== undefined &&
      prev.sheet === cell.sheet &&
      prev.col === cell.col &&
      prev.row + 1 === cell.row &&
      prev.active === cell.active;
    if (joins) last.push(cell);
    else out.push([cell]);
  }
  return out;
}

function runAddress(run: readonly CellHighlight[]): string {
  const first = run[0];
  const last = run[run.length - 1];
  return rangeA1({ top: first.row, left: first.col, bottom: last.row, right: last.col });
}

export interface HighlightPlan {
  parts: RequestPart[];
  /** The memo once these parts are in. */
  memo: HighlightMemo;
}

/**
 * What to lay down for the evaluation's highlights, given what this session already laid: the
 * request parts (none when nothing changes) and the memo to keep once Excel took them.
 */
export function planHighlights(
  sheets: SheetProxies,
  conditional: boolean,
  formats: readonly CellHighlight[],
  memo: HighlightMemo,
): HighlightPlan {
  if (conditional) {
    const todo = formats.filter((cell) => !memo.formatted.has(keyOf(cell)));
    if (todo.length === 0) return { parts: [], memo };
    // The rule does not depend on the value: runs need not share `active`.
    const parts = runs(todo.map((cell) => ({ ...cell, active: true }))).map((run) => ({
      bytes: RULE_BYTES,
      queue: () => queueRule(sheets(run[0].sheet).getRange(runAddress(run))),
    }));
    const formatted = new Set(memo.formatted);
    for (const cell of todo) formatted.add(keyOf(cell));
    return { parts, memo: { ...memo, formatted } };
  }
  const todo = formats.filter((cell) => memo.filled.get(keyOf(cell)) !== cell.active);
  if (todo.length === 0) return { parts: [], memo };
  const parts = runs(todo).map((run) => ({
    bytes: FILL_BYTES,
    queue: () => queueFill(sheets(run[0].sheet).getRange(runAddress(run)), run[0].active),
  }));
  const filled = new Map(memo.filled);
  for (const cell of todo) filled.set(keyOf(cell), cell.active);
  return { parts, memo: { ...memo, filled } };
}
