/**
 * One 三级 indicator row: its score within its weight, its suggested score (quantitative target
 * and result, or a 预算执行率 row scored from the funds block), its 得分系数 and its 偏差原因.
 * The accountant's score stands; a different suggestion is a flag, never a write.
 */
import { Dec, ZERO, compare, decConst, decString, percentText, roundTo } from '../decimal';
import type { Cell, IndicatorRow, Level2 } from '../model';
import { normalizeCellText, parseCell } from '../numbers/parse';
import { comparable, parseQuantity } from '../rules/quantity';
import { executionScore, rateAgrees } from '../rules/rates';
import { quantitativeScore } from '../rules/scoring';
import type { QuantOutcome } from '../rules/scoring';
import type { Direction } from '../rules/quantity';
import { FLAG_TEXT } from '../../strings/flags';
import type { FormContext } from './context';

/** Anything but whitespace (U+3000 and NBSP included: JS \s covers them). */
export function hasText(cell: Cell | null): boolean {
  if (!cell || cell.value === null) return false;
  return typeof cell.value !== 'string' || /[^\s\u200b\ufeff]/.test(cell.value);
}

/**
 * A reason cell that holds the template's instructions (`1.预算执行率=…，未达到90%的需说明原因`)
 * rather than a reason.
 */
export function hasReason(cell: Cell | null): boolean {
  if (!hasText(cell) || !cell) return false;
  const text = String(cell.value);
  return !(/^\s*1[.、．]/.test(text) && /需说明|应说明|需要说明|单独说明/.test(text));
}

/** `/`, `—`, `无`: a cell marked not applicable, as against one left blank. Only text can be. */
export function notApplicable(cell: Cell | null): boolean {
  if (!cell || typeof cell.value !== 'string' || !hasText(cell)) return false;
  return parseCell(cell.value, cell.format).kind === 'empty';
}

function text(cell: Cell | null): string {
  return cell && cell.value !== null ? String(cell.value) : '';
}

/** The row's name for messages: its 三级 label, else its 二级's. */
export function rowName(l2: Level2, row: IndicatorRow): string {
  // level3 is already normalized text (the reader's view.text).
  const own = row.level3.replace(/^(指标|内容)\d+:/, '');
  return own.length > 0 && own.length <= 24 ? own : l2.name;
}

function rowDirection(level2: Level2, declared: Direction | null, costReverse: boolean): Direction {
  if (declared) return declared;
  return costReverse && level2.name.includes('成本') ? 'reverse' : 'positive';
}

/** A quantitative row's figures: its target and result in one unit, and its direction. */
export interface RowQuantity extends QuantOutcome {
  target: Dec;
  result: Dec;
  direction: Direction;
}

/**
 * (result − target) ÷ target, signed; null for a target of 0. Computed where it is shown, not
 * per row per evaluation: an exact division is the dearest step of a row's check.
 */
export function deviation(q: Pick<RowQuantity, 'target' | 'result'>): Dec | null {
  return q.target.isZero() ? null : q.result.minus(q.target).dividedBy(q.target);
}

/**
 * Whether the result fell short (positive) or the cost overran (reverse) by more than
 * `tolerance` (a fraction of the target); a target of 0 missed is beyond any tolerance.
 * `gap > tolerance × |target|` is the same test as the divided shortfall, without the division.
 */
export function beyondTolerance(q: RowQuantity, tolerance: Dec): boolean {
  if (q.metTarget) return false;
  if (q.target.isZero()) return true;
  const gap = q.direction === 'positive' ? q.target.minus(q.result) : q.result.minus(q.target);
  const signedGap = q.target.isNegative() ? gap.negated() : gap;
  const allowed = tolerance.isZero() ? ZERO : tolerance.times(q.target.abs());
  return compare(signedGap, allowed) > 0;
}

/** A quantitative row: suggested score, figures, whether it met its target; null if not. */
export function quantitative(
  ctx: FormContext,
  level2: Level2,
  row: IndicatorRow,
  weight: Dec | null,
): RowQuantity | null {
  const target = parseQuantity(text(row.target));
  if (!target) return null;
  const result = parseQuantity(text(row.result), false);
  if (!result) return null;
  const value = comparable(target, result);
  if (value === null) return null;
  const direction = rowDirection(level2, target.direction, ctx.settings.costIndicatorsReverse);
  const outcome = quantitativeScore(weight ?? ZERO, target.value, value, direction, ctx.settings);
  // Fields listed, not spread: V8 copies a spread with extra fields ~40 times slower, per row.
  const { suggested, metTarget, share } = outcome;
  return { suggested, metTarget, share, target: target.value, result: value, direction };
}

/** `预算执行率`, `资金执行率`: a row scored as 分值 × 执行率 (the Ningxia and Sichuan tables). */
const EXECUTION_ROW = /^(预算|资金|项目资金)?执行率$/;

export function isExecutionRow(l2: Level2, row: IndicatorRow): boolean {
  const raw = row.level3 || l2.name;
  // Most rows are not: a substring test before the normalizing.
  if (!raw.includes('执行率')) return false;
  return EXECUTION_ROW.test(normalizeCellText(raw).replace(/\s/g, ''));
}

/**
 * A 预算执行率 row: 分值 × the block's 执行率 (or the row's own result where the form has no
 * amounts), capped as the funds block's score is. More than that is a contradiction. Returns
 * whether the points the row lost are the rate's own (a rate within the 偏差原因 thresholds, a
 * score at what it gives): those need no reason.
 */
export function checkExecutionRow(
  ctx: FormContext,
  row: IndicatorRow,
  weight: Dec,
  score: Dec | null,
  blockRate: Dec | null,
): boolean {
  const own = parseCell(row.result?.value ?? null, row.result?.format ?? null);
  const rate = blockRate ?? (own.kind === 'number' && own.unit === 'percent' ? own.value : null);
  if (rate === null || score === null || !row.score) return false;
  const suggested = executionScore(weight, rate, ctx.settings.capExecutionScore);
  const shownRate = percentText(rate, ctx.settings.ratePrecision);
  const values = { expected: decString(suggested), actual: decString(score) };
  if (score.gt(suggested))
    ctx.flag(
      'RATE_MISMATCH',
      row.score,
      FLAG_TEXT.executionScoreOverRate(decString(score), decString(suggested), shownRate),
      { ...values, expected: `≤ ${decString(suggested)}` },
    );
  else if (score.lt(suggested))
    ctx.flag(
      'SCORE_SUGGESTION',
      row.score,
      FLAG_TEXT.executionScoreSuggestion(decString(score), decString(suggested), shownRate),
      values,
    );
  const withinThresholds =
    !rate.lt(decConst(ctx.settings.reasonBelowRate)) &&
    !rate.gt(decConst(ctx.settings.reasonAboveRate));
  return withinThresholds && !score.lt(suggested);
}

/** 得分系数 = 得分 ÷ 权重, at the precision it was printed with. */
export function checkCoefficient(
  ctx: FormContext,
  name: string,
  row: IndicatorRow,
  weight: Dec | null,
  score: Dec | null,
): void {
  const cell = row.coefficient;
  if (!cell || weight === null || score === null || weight.isZero()) return;
  const parsed = parseCell(cell.value, cell.format);
  if (parsed.kind !== 'number') return;
  // `100` in a 得分系数(%) column is 100%; a plain `1` or `0.8` is a fraction.
  const fraction =
    parsed.unit === 'percent' || !parsed.value.gt(1) ? parsed.value : parsed.value.dividedBy(100);
  const share = score.dividedBy(weight);
  if (rateAgrees(fraction, share, parsed.unit === 'percent' ? parsed.decimals : null)) return;
  // The exact share printed beside its score rounded to the 分 (95.45% and 9.55 of 10).
  if (roundTo(fraction.times(weight), 2).eq(roundTo(score, 2))) return;
  const shown = percentText(share, ctx.settings.ratePrecision);
  ctx.flag(
    'COEFFICIENT_MISMATCH',
    cell,
    FLAG_TEXT.coefficientMismatch(name, text(cell), decString(score), decString(weight), shown),
    { expected: shown, actual: text(cell) },
  );
}

/** The suggestion of a quantitative row, with its 得分系数 where the form prints one. */
export function flagSuggestion(
  ctx: FormContext,
  name: string,
  row: IndicatorRow,
  at: Cell,
  score: Dec,
  outcome: QuantOutcome,
): void {
  const suggested = outcome.suggested;
  if (compare(score, suggested) === 0) return;
  const values = { expected: decString(suggested), actual: decString(score) };
  const coefficient = row.coefficient && hasText(row.coefficient) ? text(row.coefficient) : null;
  const message = coefficient
    ? FLAG_TEXT.scoreSuggestionCoefficient(
        name,
        decString(score),
        coefficient,
        decString(suggested),
        percentText(outcome.share, ctx.settings.ratePrecision),
        text(row.target),
        text(row.result),
      )
    : FLAG_TEXT.scoreSuggestion(name, decString(score), decString(suggested));
  ctx.flag('SCORE_SUGGESTION', at, message, values);
}
