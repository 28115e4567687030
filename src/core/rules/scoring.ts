/** Suggested scores, qualitative bands and the grade. */
import { Dec, ONE, ZERO, compare, decConst, roundTo } from '../decimal';
import type { Settings } from '../settings';
import type { Direction } from './quantity';

export interface QuantOutcome {
  suggested: Dec;
  metTarget: boolean;
  /** The share of the weight the result earns, unrounded (the 得分系数 the figures give). */
  share: Dec;
}

/**
 * positive: result ≥ target → full weight, else weight × result ÷ target.
 * reverse: result ≤ target → full, else weight × (1 − (result − target) ÷ target), 0 at twice the
 * target or beyond ('ratio': weight × target ÷ result). Rounded to 2 decimals.
 */
export function quantitativeScore(
  weight: Dec,
  target: Dec,
  result: Dec,
  direction: Direction,
  settings: Pick<Settings, 'reverseFormula'>,
): QuantOutcome {
  const outcome = (share: Dec, metTarget: boolean): QuantOutcome => ({
    // Full marks, the common case: the weight itself, no product to form.
    suggested: roundTo(share === ONE ? weight : weight.times(share), 2),
    metTarget,
    share,
  });
  if (direction === 'positive') {
    if (compare(result, target) >= 0) return outcome(ONE, true);
    if (target.isZero()) return outcome(ZERO, false);
    return outcome(Dec.max(result, ZERO).dividedBy(target), false);
  }
  if (compare(result, target) <= 0) return outcome(ONE, true);
  if (target.lte(ZERO)) return outcome(ZERO, false);
  if (settings.reverseFormula === 'ratio') return outcome(target.dividedBy(result), false);
  return outcome(Dec.max(ONE.minus(result.minus(target).dividedBy(target)), ZERO), false);
}

export type Band = 'achieved' | 'partial' | 'missed';

/** 达成 80%–100% of the weight, 部分达成 60%–80%, 未达成 below 60%. */
export function band(
  score: Dec,
  weight: Dec,
  settings: Pick<Settings, 'bandAchieved' | 'bandPartial'>,
): Band | null {
  if (compare(weight, ZERO) <= 0) return null;
  // Full marks, the common case: the share is exactly 1, no division needed.
  const share = compare(score, weight) === 0 ? ONE : score.dividedBy(weight);
  if (compare(share, decConst(settings.bandAchieved)) >= 0) return 'achieved';
  if (compare(share, decConst(settings.bandPartial)) >= 0) return 'partial';
  return 'missed';
}

export type Grade = '优' | '良' | '中' | '差';

/** 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below 60 (lower bounds inclusive). */
export function grade(
  total: Dec,
  settings: Pick<Settings, 'gradeExcellent' | 'gradeGood' | 'gradePass'>,
): Grade {
  if (total.gte(decConst(settings.gradeExcellent))) return '优';
  if (total.gte(decConst(settings.gradeGood))) return '良';
  if (total.gte(decConst(settings.gradePass))) return '中';
  return '差';
}
