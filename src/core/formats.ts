/**
 * The cells a workbook highlights while over 100%, so a printed or shared workbook shows them
 * without the add-in: every 执行率 of 附件2 (整体支出规模) and 附件3 (项目资金), and 附件1's
 * 控制率 (over establishment). An evaluation lists them beside its writes; each host lays the
 * highlight down its own way (a conditional format, or a fill it sets and clears).
 */
import { decFromExcelNumber } from './decimal';
import type { Cell, Form } from './model';
import type { CellWrite } from './writes';

export interface CellHighlight {
  sheet: string;
  row: number;
  col: number;
  address: string;
  /** The rule the highlight follows: the cell's value over 1 (100%). */
  rule: 'overHundredPercent';
  /** Whether the rule holds once the evaluation's writes are in. */
  active: boolean;
}

function isOver(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && decFromExcelNumber(value).gt(1);
}

/** The rate cells a form highlights; forms of other kinds have none. */
function rateCellsOf(form: Form): (Cell | null)[] {
  if (form.kind === 'base') return [form.controlRate];
  if (form.kind === 'overall' || form.kind === 'project') return form.funds.map((l) => l.rate);
  return [];
}

/** The form's highlights, `writes` being the form's own (the value a cell will hold). */
export function formHighlights(form: Form, writes: readonly CellWrite[]): CellHighlight[] {
  const out: CellHighlight[] = [];
  for (const cell of rateCellsOf(form)) {
    if (!cell) continue;
    const write = writes.find((w) => w.row === cell.row && w.col === cell.col);
    out.push({
      sheet: form.sheet,
      row: cell.row,
      col: cell.col,
      address: cell.address,
      rule: 'overHundredPercent',
      active: isOver(write ? write.value : cell.value),
    });
  }
  return out;
}
