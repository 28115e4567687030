/**
 * The indicator tree of 附件2 / 附件3 / the 评分表: weights add up level by level, scores stay
 * within their weight, a row that lost points or missed its target has a 偏差原因, and rows get a
 * suggested score where their figures allow one. Where the rows carry their own weights (分值,
 * 参考分值, 指标权重) these are checked row by row; where only the 二级 label does (the seed), by
 * 二级.
 */
import { ZERO, compare, decConst, decFromDigits, decString, sumPresent } from '../decimal';
import type { Dec } from '../decimal';
import type { Cell, IndicatorRow, Level1, Level2 } from '../model';
import { band } from '../rules/scoring';
import type { Band } from '../rules/scoring';
import { FIELD_TEXT, FLAG_TEXT } from '../../strings/flags';
import type { FormContext } from './context';
import type { RowQuantity } from './indicatorRow';
import {
  beyondTolerance,
  checkCoefficient,
  checkExecutionRow,
  flagSuggestion,
  hasReason,
  hasText,
  isExecutionRow,
  notApplicable,
  quantitative,
  rowName,
} from './indicatorRow';

/** A 三级 row's figures, for the pane and --json: target, result, deviation, suggestion. */
export interface IndicatorResult {
  label: string;
  address: string;
  target: string | null;
  result: string | null;
  direction: 'positive' | 'reverse' | null;
  /** Target and result in one unit, where both are quantities (the deviation's inputs). */
  quantity: Pick<RowQuantity, 'target' | 'result'> | null;
  suggested: Dec | null;
  weight: Dec | null;
  score: Dec | null;
}

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
  indicators?: IndicatorResult[];
}

function flagOverWeight(ctx: FormContext, name: string, at: Cell, score: Dec, weight: Dec): void {
  ctx.flag(
    'SCORE_OVER_WEIGHT',
    at,
    FLAG_TEXT.scoreOverWeight(name, decString(score), decString(weight)),
    {
      expected: `≤ ${decString(weight)}`,
      actual: decString(score),
    },
  );
}

/** Per row, where the row has its own weight: score range, suggestion, 系数, 偏差原因. */
function checkRow(
  ctx: FormContext,
  l2: Level2,
  row: IndicatorRow,
  weight: Dec | null,
  score: Dec | null,
  blockRate: Dec | null,
  ownWeight: boolean,
  reasonCell: Cell | null,
): { suggested: Dec | null; missedTarget: boolean; indicator: IndicatorResult | null } {
  const name = rowName(l2, row);
  const indicator: IndicatorResult | null = ctx.detail
    ? {
        label: name,
        address: (row.score ?? row.target ?? row.result ?? l2.labelCell).address,
        target: cellText(row.target),
        result: cellText(row.result),
        direction: null,
        quantity: null,
        suggested: null,
        weight,
        score,
      }
    : null;
  if (score !== null && weight !== null && ownWeight && compare(score, weight) > 0 && row.score)
    flagOverWeight(ctx, name, row.score, score, weight);
  if (score !== null && score.isNegative() && !score.isZero() && row.score)
    ctx.flag('SCORE_NEGATIVE', row.score, FLAG_TEXT.scoreNegative(name, decString(score)), {
      actual: decString(score),
    });
  if (ownWeight) checkCoefficient(ctx, name, row, weight, score);
  let suggested: Dec | null = null;
  let missedTarget = false;
  let lossExplained = false;
  if (weight !== null && isExecutionRow(l2, row)) {
    lossExplained = checkExecutionRow(ctx, row, weight, score, blockRate);
  } else {
    const outcome = quantitative(ctx, l2, row, weight);
    if (outcome) {
      if (indicator) {
        indicator.direction = outcome.direction;
        indicator.quantity = outcome;
      }
      // A shortfall within the setting's tolerance needs no reason (by default any does).
      missedTarget = beyondTolerance(outcome, decConst(ctx.settings.reasonShortfall));
      if (weight !== null) {
        suggested = outcome.suggested;
        if (indicator) indicator.suggested = suggested;
        const at = row.score && hasText(row.score) ? row.score : null;
        if (score !== null && at) flagSuggestion(ctx, name, row, at, score, outcome);
      }
    }
  }
  // Only where the table has a reason column: a form without one has nowhere to put it.
  const at = reasonCell;
  if (ownWeight && at && !hasReason(at) && score !== null && weight !== null) {
    if (compare(score, weight) < 0 && !lossExplained)
      ctx.flag(
        'REASON_MISSING',
        at,
        FLAG_TEXT.reasonLostPoints(name, decString(score), decString(weight)),
        {
          actual: decString(score),
          expected: decString(weight),
        },
      );
    else if (missedTarget) ctx.flag('REASON_MISSING', at, FLAG_TEXT.reasonMissedTarget(name));
  }
  return { suggested, missedTarget, indicator };
}

function cellText(cell: Cell | null): string | null {
  if (!cell || cell.value === null) return null;
  const text = String(cell.value).trim();
  return text === '' ? null : text;
}

/** Plain loops, not map/filter/forEach: this runs for every 二级 of every form. */
function checkLevel2(ctx: FormContext, l2: Level2, blockRate: Dec | null): LevelResult {
  const rows = l2.rows;
  const weightWhat = `${l2.name}${FIELD_TEXT.weight}`;
  const rowWeights: (Dec | null)[] = [];
  for (const r of rows)
    rowWeights.push(
      r.labelWeight === null ? ctx.figure(r.weight, weightWhat) : decFromDigits(r.labelWeight),
    );
  const rowWeightSum = sumPresent(rowWeights);
  const labelWeight = l2.labelWeight === null ? null : decFromDigits(l2.labelWeight);
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
  const perRow = rowWeightSum !== null;
  let typedScore: Cell | null = null;
  let reasonGiven = false;
  let marked = rows.length > 0;
  // Rows with a target or a result: how many, and the last (the only one when there is one).
  let contentCount = 0;
  let contentRow: IndicatorRow | null = null;
  for (const r of rows) {
    if (typedScore === null && hasText(r.score)) typedScore = r.score;
    if (!reasonGiven && hasReason(r.reason)) reasonGiven = true;
    if (!notApplicable(r.weight) && !notApplicable(r.score)) marked = false;
    if (hasText(r.target) || hasText(r.result)) {
      contentCount++;
      contentRow = r;
    }
  }
  const firstRow = rows.length ? rows[0] : undefined;
  const scoreCell = typedScore ?? firstRow?.score ?? null;
  const reasonCell = firstRow?.reason ?? scoreCell ?? l2.labelCell;
  let suggested: Dec | null = null;
  let missedTarget = false;
  const indicators: IndicatorResult[] = [];
  // A reason merged down several rows belongs to each of them.
  let reasonAbove: Cell | null = null;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const own = rowWeights[i];
    if (row.reason) reasonAbove = row.reason;
    // The 二级's weight stands for the row's where the 二级 holds one row with figures.
    const rowWeight = own ?? (contentCount === 1 && contentRow === row ? weight : null);
    const rowScore = scores[i] ?? (contentCount === 1 && !perRow ? score : null);
    const outcome = checkRow(
      ctx,
      l2,
      row,
      rowWeight,
      rowScore,
      blockRate,
      own !== null,
      reasonAbove,
    );
    if (outcome.missedTarget) missedTarget = true;
    if (outcome.suggested !== null) suggested = outcome.suggested;
    if (outcome.indicator) indicators.push(outcome.indicator);
  }
  // `/` in every row's weight and score: the 二级 does not apply to this unit. No row at all (only
  // the template's empty slots): not filled in yet, nothing to weigh.
  if (!rows.length) marked = true;
  if (weight === null && !marked)
    ctx.flag('WEIGHT_MISSING', l2.labelCell, FLAG_TEXT.weightMissing(l2.label));
  // A score typed but unreadable is its NOT_A_NUMBER already, not also a missing score.
  if (score === null && typedScore === null && weight !== null && compare(weight, ZERO) > 0)
    if (scoreCell && !marked) ctx.flag('SCORE_MISSING', scoreCell, FLAG_TEXT.scoreMissing(l2.name));
  if (!perRow && score !== null && weight !== null && compare(score, weight) > 0 && scoreCell)
    flagOverWeight(ctx, l2.name, scoreCell, score, weight);
  if (!perRow && !reasonGiven && score !== null && weight !== null && compare(score, weight) < 0) {
    const message = FLAG_TEXT.reasonLostPoints(l2.name, decString(score), decString(weight));
    ctx.flag('REASON_MISSING', reasonCell, message, {
      actual: decString(score),
      expected: decString(weight),
    });
  } else if (!perRow && !reasonGiven && missedTarget) {
    ctx.flag('REASON_MISSING', reasonCell, FLAG_TEXT.reasonMissedTarget(l2.name));
  }
  return {
    label: l2.label,
    address: l2.labelCell.address,
    declaredWeight: labelWeight,
    weight,
    score,
    // A band is a division: only for the level tree, built when read.
    band:
      ctx.detail && score !== null && weight !== null ? band(score, weight, ctx.settings) : null,
    suggested,
    indicators,
  };
}

export function checkLevel1(
  ctx: FormContext,
  l1: Level1,
  blockRate: Dec | null = null,
): LevelResult {
  const children = l1.children.map((l2) => checkLevel2(ctx, l2, blockRate));
  const fromColumn = ctx.figure(l1.weightCell, `${l1.name}${FIELD_TEXT.weight}`);
  const declared = fromColumn ?? (l1.labelWeight === null ? null : decFromDigits(l1.labelWeight));
  const allKnown = children.length > 0 && children.every((c) => c.weight !== null);
  const childSum = allKnown ? sumPresent(children.map((c) => c.weight)) : null;
  // A one-group table (no 二级 column) declares its weight once, on the 一级.
  const single = l1.children.length === 1 && l1.children[0].labelCell === l1.labelCell;
  if (declared && childSum && compare(declared, childSum) !== 0) {
    const at = l1.weightCell && fromColumn ? l1.weightCell : l1.labelCell;
    ctx.flag(
      'WEIGHT_SUM',
      at,
      FLAG_TEXT.weightSumLevel(
        single ? l1.label : l1.name,
        decString(declared),
        decString(childSum),
      ),
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
