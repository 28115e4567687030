/**
 * Which cells of a form are the accountant's (inputs) and which are the add-in's (derived).
 * A derived cell that shares its merge with an input is an input: it is never written.
 */
import type { Cell, Form, Level1 } from './model';

type Visit = (cell: Cell) => boolean;

/** Calls `visit` on each input cell until it returns true; true when one did. */
function some(visit: Visit, ...cells: (Cell | null | undefined)[]): boolean {
  for (const c of cells) if (c && visit(c)) return true;
  return false;
}

function someIndicator(visit: Visit, levels: Level1[]): boolean {
  for (const l1 of levels) {
    if (some(visit, l1.labelCell, l1.weightCell)) return true;
    for (const l2 of l1.children) {
      if (some(visit, l2.labelCell)) return true;
      for (const r of l2.rows)
        if (some(visit, r.target, r.result, r.weight, r.score, r.reason)) return true;
    }
  }
  return false;
}

function someInput(form: Form, visit: Visit): boolean {
  if (some(visit, form.titleCell)) return true;
  if (form.kind === 'base') {
    if (some(visit, form.establishment, form.staffActual)) return true;
    for (const l of form.lines)
      if (some(visit, l.labelCell, l.prior, l.budget, l.final)) return true;
    return false;
  }
  if (form.kind === 'overall') {
    for (const l of form.scale) if (some(visit, l.labelCell, l.budget, l.actual)) return true;
  } else {
    if (some(visit, form.nameCell)) return true;
    for (const l of form.funds)
      if (some(visit, l.labelCell, l.initial, l.budget, l.actual, l.weight, l.score)) return true;
  }
  return (
    someIndicator(visit, form.indicators) || some(visit, form.total?.labelCell, form.total?.weight)
  );
}

export function inputCells(form: Form): Set<string> {
  const set = new Set<string>();
  someInput(form, (c) => {
    set.add(c.address);
    return false;
  });
  return set;
}

/**
 * Is the cell at `address` one of the form's inputs? A walk, not a set: a form asks this for
 * the few derived cells it rewrites, and most of its cells are never asked about.
 */
export function isInputCell(form: Form, address: string): boolean {
  return someInput(form, (c) => c.address === address);
}
