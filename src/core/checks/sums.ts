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

/** parent = Σ parts (exact). Returns the parent's effective value (its own, or the parts' sum). */
export function checkExactSum(
  ctx: FormContext,
  parent: SumLine,
  parts: SumLine[],
  column: string,
): Dec | null {
  const sum = total(parts);
  if (sum === null) return parent.value;
  if (parent.value === null) {
    if (parent.cell && !sum.isZero())
      ctx.flag(
        'PARENT_EMPTY',
        parent.cell,
        FLAG_TEXT.parentEmpty(parent.label, column, amountText(sum)),
        {
          expected: decString(sum),
        },
      );
    return sum;
  }
  if (!parent.value.eq(sum) && parent.cell) {
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

/** 其中 parts: together at most the parent. */
export function checkPartsWithin(
  ctx: FormContext,
  parent: SumLine,
  parts: SumLine[],
  column: string,
): void {
  const sum = total(parts);
  if (sum === null || parent.value === null || !parent.cell) return;
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
