/**
 * Which cells of a form are the accountant's (inputs) and which are the add-in's (derived).
 * A derived cell that shares its merge with an input is an input: it is never written.
 */
import type { Cell, Form, Level1 } from './model';

type Visit = (cell: Cell) => boolean;

/** A present cell that `visit` accepts. No rest parameters: a walk must not allocate. */
function hit(visit: Visit, c: Cell | null | undefined): boolean {
  return c !== null && c !== undefined && visit(c);
}

function someIndicator(visit: Visit, levels: Level1[]): boolean {
  for (const l1 of levels) {
    if (hit(visit, l1.labelCell) || hit(visit, l1.weightCell)) return true;
    for (const l2 of l1.children) {
      if (hit(visit, l2.labelCell)) return true;
      for (const r of l2.rows) {
        if (hit(visit, r.target) || hit(visit, r.result) || hit(visit, r.weight)) return true;
        if (hit(visit, r.score) || hit(visit, r.reason) || hit(visit, r.coefficient)) return true;
      }
    }
  }
  return false;
}

/** Calls `visit` on each input cell until it returns true; true when one did. */
function someInput(form: Form, visit: Visit): boolean {
  if (hit(visit, form.titleCell)) return true;
  if (form.kind === 'base') {
    if (hit(visit, form.establishment) || hit(visit, form.staffActual)) return true;
    for (const l of form.lines) {
      if (hit(visit, l.labelCell) || hit(visit, l.prior)) return true;
      if (hit(visit, l.budget) || hit(visit, l.final)) return true;
    }
    return false;
  }
  if (form.kind === 'project' && hit(visit, form.nameCell)) return true;
  if (form.kind !== 'indicator') {
    for (const l of form.funds) {
      if (hit(visit, l.labelCell) || hit(visit, l.initial) || hit(visit, l.budget)) return true;
      if (hit(visit, l.actual) || hit(visit, l.weight) || hit(visit, l.score)) return true;
    }
  }
  return (
    someIndicator(visit, form.indicators) ||
    hit(visit, form.total?.labelCell) ||
    hit(visit, form.total?.weight)
  );
}

/** A cell's position as one number: Excel has at most 2^14 columns. */
function position(row: number, col: number): number {
  return row * 16384 + col;
}

/**
 * The positions of the form's input cells, sorted: gathered in one walk, for a form that
 * rewrites a derived cell. A derived cell merged with an input is that input's owner cell, at
 * its position.
 */
export function inputPositions(form: Form): readonly number[] {
  const found: number[] = [];
  someInput(form, (c) => {
    found.push(position(c.row, c.col));
    return false;
  });
  // A plain array: IE11's typed arrays have neither `from` nor `sort` (the legacy pane runs this).
  return found.sort((a, b) => a - b);
}

/** Is (row, col) among `positions` (inputPositions)? */
export function isInputAt(positions: readonly number[], row: number, col: number): boolean {
  const p = position(row, col);
  let lo = 0;
  let hi = positions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid] < p) lo = mid + 1;
    else if (positions[mid] > p) hi = mid - 1;
    else return true;
  }
  return false;
}
