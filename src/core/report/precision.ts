/**
 * Figures compared at the precision they were printed: equal within half of the last printed
 * digit; one unit of that digit apart is a rounding difference (info); more is a difference.
 */
import { Dec, ZERO, fixedText } from '../decimal';
import type { MoneyUnit } from '../forms/kinds';
import { MONEY_UNIT_TEXT, convertMoney } from '../numbers/units';
import type { Mention } from './mentions';

export type Agreement = 'equal' | 'lastDigit' | 'differs';

const TEN = new Dec(10);

/** One unit of the last printed digit of `decimals` places, in `unit`, expressed in 元. */
export function stepInYuan(decimals: number, unit: MoneyUnit): Dec {
  return convertMoney(TEN.pow(-decimals), unit, 'yuan');
}

export function inYuan(m: Mention, unit: MoneyUnit): Dec {
  return convertMoney(m.value, unit, 'yuan');
}

/** Compare a stated figure with a computed one; `step` is the coarser printed precision. */
export function agreement(stated: Dec, computed: Dec, step: Dec): Agreement {
  const diff = stated.minus(computed).abs();
  if (diff.lte(step.dividedBy(2))) return 'equal';
  if (diff.lte(step)) return 'lastDigit';
  return 'differs';
}

/** The coarser of several printed precisions (the larger step). */
export function coarsest(steps: Dec[]): Dec {
  return steps.reduce((a, s) => (s.gt(a) ? s : a), ZERO);
}

/** An amount in 元 shown in `unit` at `decimals`: 4907500 -> "490.75万元". */
export function amountIn(yuan: Dec, unit: MoneyUnit, decimals: number): string {
  return `${fixedText(convertMoney(yuan, 'yuan', unit), decimals)}${MONEY_UNIT_TEXT[unit]}`;
}
