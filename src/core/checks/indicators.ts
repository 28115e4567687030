/**
 * The indicator tree of 附件2 / 附件3: weights add up level by level, scores stay within their
 * weight, a row that lost points or missed its target has a 偏差原因, and quantitative rows get a
 * suggested score. The accountant's scores stand; differences are flags.
 */
import { Dec, ZERO, compare, decString, sumPresent } from '../decimal';
import type { Cell, IndicatorRow, Level1, Level2 } from '../model';
import { comparable, parseQuantity } from '../rules/quantity';
import type { Direction } from '../rules/quantity';
import { band, quantitativeScore } from '../rules/scoring';
import type { Band } from '../rules/scoring';
import { FIELD_TEXT, FLAG_TEXT } from '../../strings/flags';
import type { FormContext } from './context';

export interface LevelResult {
  label: string;
  address: string;
  /** The weight the form declares for this level (label or 权重 column). */
  declaredWeight: Dec | null;
  /** The weight that counts: the sum of its children where they are all known. */
  weight: Dec | null;
  score: Dec | null;
  band?: Band | null;
  suggested?: Dec | null;
  children?: LevelResult[];
}

/** Anything but whitespace (U+3000 and NBSP included: JS \s covers them). */
function hasText(cell: Cell | null): boolean {
  if (!cell || cell.value === null) return false;
  return typeof cell.value !== 'string' || /[^\s\u200b\ufeff]/.test(cell.value);
}

function text(cell: Cell | null): string {
  return cell && cell.value !== null ? String(cell.value) : '';
}

function rowDirection(level2: Level2, declared: Direction | null, costReverse: boolean): Direction {
  if (declared) return declared;
  return costReverse && /成本/.test(level2.name) ? 'reverse' : 'positive';
}

/** A quantitative row: suggested score and whether it met its target; null if qualitative. */
function quantitative(ctx: FormContext, level2: Level2, row: IndicatorRow, weight: Dec | null) {
  const target = parseQuantity(text(row.target));
  if (!target) return null;
  const result = parseQuantity(text(row.result));
  if (!result) return null;
  const value = comparable(target, result);
  if (value === null) return null;
  const direction = rowDirection(level2, target.direction, ctx.settings.costIndicatorsReverse);
  return quantitativeScore(weight ?? ZERO, target.value, value, direction, ctx.settings);
}

/** Plain loops, not map/filter/forEach: this runs for every 二级 of every form. */
function checkLevel2(ctx: FormContext, l2: Level2): LevelResult {
  const rows = l2.rows;
  const weightWhat = `${l2.name}${FIELD_TEXT.weight}`;
  const rowWeights: (Dec | null)[] = [];
  for (const r of rows) rowWeights.push(ctx.figure(r.weight, weightWhat));
  const rowWeightSum = sumPresent(rowWeights);
  const labelWeight = l2.labelWeight === null ? null : new Dec(l2.labelWeight);
  if (labelWeight && rowWeightSum && compare(labelWeight, rowWeightSum) !== 0) {
    const message = FLAG_TEXT.weightSumLevel(
      l2.label,
      decString(labelWeight),
      decString(rowWeightSum),
    );
    ctx.flag('WEIGHT_SUM', l2.labelCell, message, {
      expected: decString(labelWeight),
      actual: decString(rowWeightSum),
    });
  }
  const weight = labelWeight ?? rowWeightSum;
  const scoreWhat = `${l2.name}${FIELD_TEXT.score}`;
  const scores: (Dec | null)[] = [];
  for (const r of rows) scores.push(ctx.figure(r.score, scoreWhat));
  const score = sumPresent(scores);
  const firstRow = rows.length ? rows[0] : undefined;
  let typedScore: Cell | null = null;
  let reasonGiven = false;
  // Rows with a target or a result: how many, and the last (the only one when there is one).
  let contentCount = 0;
  let contentRow: IndicatorRow | null = null;
  for (const r of rows) {
    if (typedScore === null && hasText(r.score)) typedScore = r.score;
    if (!reasonGiven && hasText(r.reason)) reasonGiven = true;
    if (hasText(r.target) || hasText(r.result)) {
      contentCount++;
      contentRow = r;
    }
  }
  const scoreCell = typedScore ?? firstRow?.score ?? null;
  const reasonCell = firstRow?.reason ?? scoreCell ?? l2.labelCell;
  let suggested: Dec | null = null;
  let missedTarget = false;

  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const rowWeight = rowWeights[i] ?? (contentCount === 1 && contentRow === row ? weight : null);
    const outcome = quantitative(ctx, l2, row, rowWeight);
    if (!outcome) continue;
    if (!outcome.metTarget) missedTarget = true;
    const rowScore = scores[i] ?? (contentCount === 1 ? score : null);
    if (rowWeight === null) continue;
    suggested = outcome.suggested;
    if (rowScore !== null && compare(rowScore, outcome.suggested) !== 0) {
      const at = row.score && hasText(row.score) ? row.score : (scoreCell ?? l2.labelCell);
      ctx.flag(
        'SCORE_SUGGESTION',
        at,
        FLAG_TEXT.scoreSuggestion(l2.name, decString(rowScore), decString(outcome.suggested)),
        {
          expected: decString(outcome.suggested),
          actual: decString(rowScore),
        },
      );
    }
  }

  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const s = scores[i];
    const w = rowWeights[i];
    if (s !== null && w !== null && compare(s, w) > 0 && row.score)
      ctx.flag(
        'SCORE_OVER_WEIGHT',
        row.score,
        FLAG_TEXT.scoreOverWeight(l2.name, decString(s), decString(w)),
        {
          expected: `≤ ${decString(w)}`,
          actual: decString(s),
        },
      );
    if (s !== null && s.isNegative() && !s.isZero() && row.score)
      ctx.flag('SCORE_NEGATIVE', row.score, FLAG_TEXT.scoreNegative(l2.name, decString(s)), {
        actual: decString(s),
      });
  }

  if (weight === null) ctx.flag('WEIGHT_MISSING', l2.labelCell, FLAG_TEXT.weightMissing(l2.label));
  if (score === null && weight !== null && compare(weight, ZERO) > 0 && scoreCell)
    ctx.flag('SCORE_MISSING', scoreCell, FLAG_TEXT.scoreMissing(l2.name));
  if (
    score !== null &&
    weight !== null &&
    compare(score, weight) > 0 &&
    rowWeightSum === null &&
    scoreCell
  )
    ctx.flag(
      'SCORE_OVER_WEIGHT',
      scoreCell,
      FLAG_TEXT.scoreOverWeight(l2.name, decString(score), decString(weight)),
      {
        expected: `≤ ${decString(weight)}`,
        actual: decString(score),
      },
    );
  if (!reasonGiven && score !== null && weight !== null && compare(score, weight) < 0) {
    const message = FLAG_TEXT.reasonLostPoints(l2.name, decString(score), decString(weight));
    ctx.flag('REASON_MISSING', reasonCell, message, {
      actual: decString(score),
      expected: decString(weight),
    });
  } else if (!reasonGiven && missedTarget) {
    ctx.flag('REASON_MISSING', reasonCell, FLAG_TEXT.reasonMissedTarget(l2.name));
  }
  return {
    label: l2.label,
    address: l2.labelCell.address,
    declaredWeight: labelWeight,
    weight,
    score,
    band: score !== null && weight !== null ? band(score, weight, ctx.settings) : null,
    suggested,
  };
}

export function checkLevel1(ctx: FormContext, l1: Level1): LevelResult {
  const children = l1.children.map((l2) => checkLevel2(ctx, l2));
  const fromColumn = ctx.figure(l1.weightCell, `${l1.name}${FIELD_TEXT.weight}`);
  const declared = fromColumn ?? (l1.labelWeight === null ? null : new Dec(l1.labelWeight));
  const allKnown = children.length > 0 && children.every((c) => c.weight !== null);
  const childSum = allKnown ? sumPresent(children.map((c) => c.weight)) : null;
  if (declared && childSum && compare(declared, childSum) !== 0) {
    const at = l1.weightCell && fromColumn ? l1.weightCell : l1.labelCell;
    ctx.flag(
      'WEIGHT_SUM',
      at,
      FLAG_TEXT.weightSumLevel(l1.name, decString(declared), decString(childSum)),
      {
        expected: decString(childSum),
        actual: decString(declared),
      },
    );
  }
  return {
    label: l1.label,
    address: l1.labelCell.address,
    declaredWeight: declared,
    weight: childSum ?? declared,
    score: sumPresent(children.map((c) => c.score)),
    children,
  };
}
