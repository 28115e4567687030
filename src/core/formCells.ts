/**
 * Which cells of a form are the accountant's (inputs) and which are the add-in's (derived).
 * A derived cell that shares its merge with an input is an input: it is never written.
 */
import type { Cell, Form, Level1 } from './model';

function add(set: Set<string>, ...cells: (Cell | null | undefined)[]): void {
  for (const c of cells) if (c) set.add(c.address);
}

function addIndicators(set: Set<string>, levels: Level1[]): void {
  for (const l1 of levels) {
    add(set, l1.labelCell, l1.weightCell);
    for (const l2 of l1.children) {
      add(set, l2.labelCell);
      for (const r of l2.rows) add(set, r.target, r.result, r.weight, r.score, r.reason);
    }
  }
}

export function inputCells(form: Form): Set<string> {
  const set = new Set<string>();
  add(set, form.titleCell);
  if (form.kind === 'base') {
    add(set, form.establishment, form.staffActual);
    for (const l of form.lines) add(set, l.labelCell, l.prior, l.budget, l.final);
  } else if (form.kind === 'overall') {
    for (const l of form.scale) add(set, l.labelCell, l.budget, l.actual);
    addIndicators(set, form.indicators);
    add(set, form.total?.labelCell, form.total?.weight);
  } else {
    add(set, form.nameCell);
    for (const l of form.funds)
      add(set, l.labelCell, l.initial, l.budget, l.actual, l.weight, l.score);
    addIndicators(set, form.indicators);
    add(set, form.total?.labelCell, form.total?.weight);
  }
  return set;
}
