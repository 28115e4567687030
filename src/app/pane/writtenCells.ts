/**
 * 已改写 N 个单元格: the derived cells an action rewrote (HostEvaluation.applied), each named by
 * what the form reads there (财政拨款 · 执行率, 总分 · 得分, 等级) and shown old → new as the sheet
 * shows it: a rate as a percent (the new one at the places of its number format, 154.50%; the
 * old one with the digits it had, 155%), a score as typed, a blank as （空）.
 */
import type { CellValue, Evaluation, Form } from '../../core';
import { explainForm } from '../../core';
import type { Cell } from '../../core/model';
import { decFromExcelNumber, percentText } from '../../core/decimal';
import { PANE_TEXT, WRITTEN_TEXT } from '../../strings/pane';
import type { AppliedWrite } from '../actions';

export interface WrittenCell {
  sheet: string;
  address: string;
  /** `附件3 项目1!H32 总分 · 得分：90 → 100`. */
  text: string;
}

/** The cells a rate is written to, with their number format (the places shown). */
function rateCells(form: Form): Cell[] {
  const out: Cell[] = [];
  const add = (c: Cell | null | undefined) => c && out.push(c);
  if (form.kind === 'base') add(form.controlRate);
  else {
    if (form.kind !== 'indicator') for (const l of form.funds) add(l.rate);
    for (const l1 of form.indicators)
      for (const l2 of l1.children) for (const r of l2.rows) add(r.coefficient);
  }
  return out;
}

/** `0.00%` -> 2; null when the format is not a percent. */
function percentPlaces(format: string | null): number | null {
  const m = /^0(?:\.(0+))?%$/.exec((format ?? '').trim());
  return m ? (m[1] ?? '').length : null;
}

interface CellInfo {
  label: string | null;
  percent: boolean;
  places: number | null;
}

function cellInfo(evaluation: Evaluation, sheet: string, address: string): CellInfo {
  for (const form of evaluation.forms) {
    if (form.sheet !== sheet) continue;
    const field = explainForm(form).fields.find((f) => f.address === address);
    if (!field) continue;
    const rate = rateCells(form).find((c) => c.address === address);
    return {
      label: field.label,
      percent: field.unit === '%',
      places: rate ? percentPlaces(rate.format) : null,
    };
  }
  return { label: null, percent: false, places: null };
}

function valueText(value: CellValue, percent: boolean, places: number | null): string {
  if (value === null || value === '') return WRITTEN_TEXT.empty;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const d = decFromExcelNumber(value);
  if (!percent) return d.toString();
  const percentDigits = Math.max(0, d.times(100).decimalPlaces());
  return percentText(d, places ?? percentDigits);
}

export function writtenCells(
  applied: readonly AppliedWrite[] | undefined,
  evaluation: Evaluation,
): WrittenCell[] {
  return (applied ?? []).map((w) => {
    const info = cellInfo(evaluation, w.sheet, w.address);
    const before = valueText(w.before, info.percent, null);
    const after = valueText(w.after, info.percent, info.places);
    return {
      sheet: w.sheet,
      address: w.address,
      text: WRITTEN_TEXT.cell(PANE_TEXT.flagWhere(w.sheet, w.address), info.label, before, after),
    };
  });
}
