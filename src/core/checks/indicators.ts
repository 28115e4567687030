/**
 * The indicator tree of 附件2 / 附件3: weights add up level by level, scores stay within their
 * weight, a row that lost points or missed its target has a 偏差原因, and quantitative rows get a
 * suggested score. The accountant's scores stand; differences are flags.
 */
import { Dec, ZERO, decString } from '../decimal';
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

function sum(values: (Dec | null)[]): Dec | null {
  const present = values.filter((v): v is Dec => v !== null);
  return present.length ? present.reduce((a, b) => a.plus(b), ZERO) : null;
}

function rowDirection(level2: Level2, declared: Direction | null, costReverse: boolean): Direction {
  if (declared) return declared;
  return costReverse && /成本/.test(level2.name) ? 'reverse' : 'positive';
}

/** A quantitative row: suggested score and whether it met its target; null if qualitative. */
function quantitative(ctx: FormContext, level2: Level2, row: IndicatorRow, weight: Dec | null) {
  const target = parseQuantity(text(row.target));
  const result = parseQuantity(text(row.result));
  if (!target || !result) return null;
  const value = comparable(target, result);
  if (value === null) return null;
  const direction = rowDirection(level2, target.direction, ctx.settings.costIndicatorsReverse);
  return quantitativeScore(weight ?? ZERO, target.value, value, direction, ctx.settings);
}

function checkLevel2(ctx: FormContext, l2: Level2): LevelResult {
  const rowWeights = l2.rows.map((r) => ctx.figure(r.weight, `${l2.name}${FIELD_TEXT.weight}`));
  const rowWeightSum = sum(rowWeights);
  const labelWeight = l2.labelWeight === null ? null : new Dec(l2.labelWeight);
  if (labelWeight && rowWeightSum && !labelWeight.eq(rowWeightSum)) {
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
  const scores = l2.rows.map((r) => ctx.figure(r.score, `${l2.name}${FIELD_TEXT.score}`));
  const score = sum(scores);
  const firstRow = l2.rows[0];
  const scoreCell = l2.rows.find((r) => hasText(r.score))?.score ?? firstRow?.score ?? null;
  const reasonGiven = l2.rows.some((r) => hasText(r.reason));
  const reasonCell = firstRow?.reason ?? scoreCell ?? l2.labelCell;
  const contentRows = l2.rows.filter((r) => hasText(r.target) || hasText(r.result));
  let suggested: Dec | null = null;
  let missedTarget = false;

  l2.rows.forEach((row, i) => {
    const rowWeight =
      rowWeights[i] ?? (contentRows.length === 1 && contentRows[0] === row ? weight : null);
    const outcome = quantitative(ctx, l2, row, rowWeight);
    if (!outcome) return;
    if (!outcome.metTarget) missedTarget = true;
    const rowScore = scores[i] ?? (contentRows.length === 1 ? score : null);
    if (rowWeight === null) return;
    suggested = outcome.suggested;
    if (rowScore !== null && !rowScore.eq(outcome.suggested)) {
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
  });

  l2.rows.forEach((row, i) => {
    const s = scores[i];
    const w = rowWeights[i];
    if (s !== null && w !== null && s.gt(w) && row.score)
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
  });

  if (weight === null) ctx.flag('WEIGHT_MISSING', l2.labelCell, FLAG_TEXT.weightMissing(l2.label));
  if (score === null && weight !== null && weight.gt(0) && scoreCell)
    ctx.flag('SCORE_MISSING', scoreCell, FLAG_TEXT.scoreMissing(l2.name));
  if (score !== null && weight !== null && score.gt(weight) && rowWeightSum === null && scoreCell)
    ctx.flag(
      'SCORE_OVER_WEIGHT',
      scoreCell,
      FLAG_TEXT.scoreOverWeight(l2.name, decString(score), decString(weight)),
      {
        expected: `≤ ${decString(weight)}`,
        actual: decString(score),
      },
    );
  if (!reasonGiven && score !== null && weight !== null && score.lt(weight)) {
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
  const childSum = allKnown ? sum(children.map((c) => c.weight)) : null;
  if (declared && childSum && !declared.eq(childSum)) {
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
    score: sum(children.map((c) => c.score)),
    children,
  };
}

export { sum as sumPresent };
