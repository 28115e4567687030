/** The rate rules of DESIGN.md. Each returns null where the base is missing or zero. */
import { Dec, roundTo } from '../decimal';

function ratio(numerator: Dec | null, base: Dec | null): Dec | null {
  if (numerator === null || base === null || base.isZero()) return null;
  return numerator.dividedBy(base);
}

/** 执行率 = 全年执行数 ÷ 全年预算数. */
export function executionRate(actual: Dec | null, budget: Dec | null): Dec | null {
  return ratio(actual, budget);
}

/** 控制率 = 实际在职人数 ÷ 编制数. */
export function controlRate(staff: Dec | null, establishment: Dec | null): Dec | null {
  return ratio(staff, establishment);
}

/** 追加率 = (全年预算数 − 年初预算数) ÷ 年初预算数. */
export function additionRate(budget: Dec | null, initial: Dec | null): Dec | null {
  if (budget === null) return null;
  return ratio(initial === null ? null : budget.minus(initial), initial);
}

/** 三公经费变动率 = (本年决算 − 上年决算) ÷ 上年决算. */
export function changeRate(current: Dec | null, prior: Dec | null): Dec | null {
  if (current === null) return null;
  return ratio(prior === null ? null : current.minus(prior), prior);
}

/** 预算调整率 = (决算数 − 预算数) ÷ 预算数. */
export function adjustmentRate(final: Dec | null, budget: Dec | null): Dec | null {
  return changeRate(final, budget);
}

/** A rate as the cell keeps it: rounded to the shown precision (2 -> 1.5450 for 154.50%). */
export function storedRate(rate: Dec, percentPlaces: number): Dec {
  return roundTo(rate, percentPlaces + 2);
}

export function rateFormat(percentPlaces: number): string {
  return percentPlaces > 0 ? `0.${'0'.repeat(percentPlaces)}%` : '0%';
}

/**
 * Does a printed rate agree with the computed one at the precision it was printed with?
 * `decimals` = decimals of the printed percent figure (155% -> 0).
 */
export function rateAgrees(printed: Dec, computed: Dec, decimals: number | null): boolean {
  const places = decimals ?? 2;
  const a = roundTo(printed.times(100), places);
  const b = roundTo(computed.times(100), places);
  return a.eq(b);
}

/** 预算执行率 score (附件3, 分值 10) = 分值 × 执行率, capped at 分值 unless told otherwise. */
export function executionScore(weight: Dec, rate: Dec, cap: boolean): Dec {
  const raw = weight.times(rate);
  return roundTo(cap && raw.gt(weight) ? weight : raw, 2);
}
