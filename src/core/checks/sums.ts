/** Parent lines that must equal (or bound) the sum of their parts. */
import { Dec, ZERO, amountText, decString } from '../decimal';
import type { Cell } from '../model';
import { FLAG_TEXT } from '../../strings/flags';
import type { FormContext } from './context';

export interface SumLine {
  label: string;
  cell: Cell | null;
  value: Dec | null;
}

function total(parts: SumLine[]): Dec | null {
  const present = parts.map((p) => p.value).filter((v): v is Dec => v !== null);
  return present.length ? present.reduce((a, b) => a.plus(b), ZERO) : null;
}

/**
 * A parent left empty, or at 0, while its parts hold figures: the total was never filled in (a
 * template's 0, a formula over blank cells), not a claim that it is zero. Flagged with the parts'
 * sum; `atLeast` for 其中 parts, which give only a lower bound of their parent.
 */
function isUnfilled(parent: SumLine, sum: Dec): boolean {
  return !sum.isZero() && (parent.value === null || parent.value.isZero());
}

interface Unfilled {
  parent: SumLine;
  sum: Dec;
  column: string;
  atLeast: boolean;
}

/**
 * A parent left unfilled in several columns is one finding: the columns are gathered per line
 * and flagged once, at the first, with each column's sum (an empty row is not three flags).
 */
export class UnfilledParents {
  private readonly byLabel = new Map<string, Unfilled[]>();

  note(entry: Unfilled): void {
    // Left empty and typed 0 are told apart: each its own finding, at its own cells.
    const key = `${entry.parent.label}\u0000${entry.parent.value === null ? 'empty' : 'zero'}`;
    const list = this.byLabel.get(key);
    if (list) list.push(entry);
    else this.byLabel.set(key, [entry]);
  }

  flush(ctx: FormContext): void {
    for (const list of this.byLabel.values()) flagUnfilled(ctx, list);
    this.byLabel.clear();
  }
}

function flagUnfilled(ctx: FormContext, list: Unfilled[]): void {
  const first = list[0];
  if (!first.parent.cell) return;
  const columns = list.map((u) => u.column).join('、');
  const sums = list.map((u) => amountText(u.sum)).join('、');
  const message =
    first.parent.value === null
      ? FLAG_TEXT.parentEmpty(first.parent.label, columns, sums)
      : FLAG_TEXT.parentZero(first.parent.label, columns, sums);
  const values: { expected: string; actual?: string } = {
    expected: list.map((u) => (u.atLeast ? `≥ ${decString(u.sum)}` : decString(u.sum))).join('、'),
  };
  if (first.parent.value !== null) values.actual = decString(first.parent.value);
  ctx.flag('PARENT_EMPTY', first.parent.cell, message, values);
}

/** parent = Σ parts (exact). Returns the parent's effective value (its own, or the parts' sum). */
export function checkExactSum(
  ctx: FormContext,
  parent: SumLine,
  parts: SumLine[],
  column: string,
  unfilled?: UnfilledParents,
): Dec | null {
  const sum = total(parts);
  if (sum === null) return parent.value;
  if (parent.value === null && sum.isZero()) return sum;
  if (isUnfilled(parent, sum)) {
    const entry = { parent, sum, column, atLeast: false };
    if (unfilled) unfilled.note(entry);
    else flagUnfilled(ctx, [entry]);
    return sum;
  }
  if (parent.value !== null && !parent.value.eq(sum) && parent.cell) {
    const values = { expected: decString(sum), actual: decString(parent.value) };
    ctx.flag(
      'SUM_MISMATCH',
      parent.cell,
      FLAG_TEXT.sumMismatch(parent.label, column, amountText(sum), amountText(parent.value)),
      values,
    );
  }
  return parent.value;
}

/** 其中 parts: together at most the parent; a parent left empty or at 0 is flagged. */
export function checkPartsWithin(
  ctx: FormContext,
  parent: SumLine,
  parts: SumLine[],
  column: string,
  unfilled?: UnfilledParents,
): void {
  const sum = total(parts);
  if (sum === null) return;
  if (isUnfilled(parent, sum)) {
    const entry = { parent, sum, column, atLeast: true };
    if (unfilled) unfilled.note(entry);
    else flagUnfilled(ctx, [entry]);
    return;
  }
  if (parent.value === null || !parent.cell) return;
  if (sum.gt(parent.value)) {
    const values = { expected: `≥ ${decString(sum)}`, actual: decString(parent.value) };
    ctx.flag(
      'PARTS_EXCEED',
      parent.cell,
      FLAG_TEXT.partsExceed(parent.label, column, amountText(sum), amountText(parent.value)),
      values,
    );
  }
}
