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

function flagUnfilled(
  ctx: FormContext,
  parent: SumLine,
  sum: Dec,
  column: string,
  atLeast: boolean,
): void {
  if (!parent.cell) return;
  const shown = amountText(sum);
  const message =
    parent.value === null
      ? FLAG_TEXT.parentEmpty(parent.label, column, shown)
      : FLAG_TEXT.parentZero(parent.label, column, shown);
  const values: { expected: string; actual?: string } = {
    expected: atLeast ? `≥ ${decString(sum)}` : decString(sum),
  };
  if (parent.value !== null) values.actual = decString(parent.value);
  ctx.flag('PARENT_EMPTY', parent.cell, message, values);
}

/** parent = Σ parts (exact). Returns the parent's effective value (its own, or the parts' sum). */
export function checkExactSum(
  ctx: FormContext,
  parent: SumLine,
  parts: SumLine[],
  column: string,
): Dec | null {
  const sum = total(parts);
  if (sum === null) return parent.value;
  if (parent.value === null && sum.isZero()) return sum;
  if (isUnfilled(parent, sum)) {
    flagUnfilled(ctx, parent, sum, column, false);
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
): void {
  const sum = total(parts);
  if (sum === null) return;
  if (isUnfilled(parent, sum)) {
    flagUnfilled(ctx, parent, sum, column, true);
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
