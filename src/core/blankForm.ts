/**
 * A form laid out and not filled in yet: no amount, staff count, target, result, score or reason
 * typed (the template's own labels, 分值 and placeholders do not count). The pane shows such a
 * form as one line, 尚未填写, instead of its findings.
 */
import type { Cell, Form, Level1 } from './model';

function typed(cell: Cell | null | undefined): boolean {
  if (!cell || cell.value === null) return false;
  return typeof cell.value !== 'string' || cell.value.trim() !== '';
}

function indicatorsTyped(levels: Level1[]): boolean {
  for (const l1 of levels)
    for (const l2 of l1.children)
      for (const r of l2.rows)
        if (typed(r.target) || typed(r.result) || typed(r.score) || typed(r.reason)) return true;
  return false;
}

export function isBlankForm(form: Form): boolean {
  if (form.kind === 'base') {
    if (typed(form.establishment) || typed(form.staffActual)) return false;
    return !form.lines.some((l) => typed(l.prior) || typed(l.budget) || typed(l.final));
  }
  if (form.kind !== 'indicator') {
    const amounts = form.funds.some(
      (l) => typed(l.initial) || typed(l.budget) || typed(l.actual) || typed(l.stated),
    );
    if (amounts || form.funds.some((l) => typed(l.score))) return false;
  }
  return !indicatorsTyped(form.indicators) && !typed(form.total?.score);
}
