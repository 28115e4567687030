/** One amount line's execution: rate, over-budget and low-execution flags, its summary. */
import { ONE, compare, decConst, decString, percentText } from '../decimal';
import type { Dec } from '../decimal';
import type { Cell } from '../model';
import { storedRate } from '../rules/rates';
import type { LineSummary } from '../summary';
import { FLAG_TEXT } from '../../strings/flags';
import type { FormContext } from './context';

export function flagExecution(
  ctx: FormContext,
  label: string,
  rate: Dec | null,
  at: Cell | null,
): void {
  if (rate === null || !at) return;
  // Formatted only for a message: most lines are within the thresholds.
  const shown = () => percentText(rate, ctx.settings.ratePrecision);
  if (rate.gt(decConst(ctx.settings.reasonAboveRate)))
    ctx.flag('OVER_BUDGET', at, FLAG_TEXT.overBudget(label, shown()), {
      expected: '≤ 100%',
      actual: shown(),
    });
  else if (rate.lt(decConst(ctx.settings.reasonBelowRate)))
    ctx.flag('LOW_EXECUTION', at, FLAG_TEXT.lowExecution(label, shown()), { actual: shown() });
}

export function lineSummary(
  ctx: FormContext,
  label: string,
  address: string,
  budget: Dec | null,
  actual: Dec | null,
  rate: Dec | null,
): LineSummary {
  const stored = rate === null ? null : storedRate(rate, ctx.settings.ratePrecision);
  return {
    label,
    address,
    budget: budget === null ? null : decString(budget),
    actual: actual === null ? null : decString(actual),
    rate: stored === null ? null : decString(stored),
    deviation: stored === null ? null : decString(stored.minus(1)),
    overBudget: rate !== null && compare(rate, ONE) > 0,
  };
}

export function optionalRate(ctx: FormContext, rate: Dec | null): string | null {
  return rate === null ? null : decString(storedRate(rate, ctx.settings.ratePrecision));
}
