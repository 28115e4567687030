/** 总分 and 等级: the sum of the scores, rewritten; a printed one that differs is flagged first. */
import { Dec, ZERO, decString, sumPresent } from '../decimal';
import type { Cell, TotalRow } from '../model';
import { normalizeCellText } from '../numbers/parse';
import { grade } from '../rules/scoring';
import type { Grade } from '../rules/scoring';
import { FIELD_TEXT, FLAG_TEXT } from '../../strings/flags';
import type { FormContext } from './context';

export interface TotalResult {
  weightSum: Dec | null;
  scoreSum: Dec | null;
  reportedTotal: Dec | null;
  grade: Grade | null;
}

const HUNDRED_POINTS = new Dec(100);

/**
 * A cell of the form that could not be read (flagged NOT_A_NUMBER or UNIT_MISMATCH): the sum
 * of the others is not the form's total, so 总分 and 等级 are neither rewritten nor judged.
 */
function hasUnreadableInput(ctx: FormContext): boolean {
  return ctx.out.flags.some((f) => f.code === 'NOT_A_NUMBER' || f.code === 'UNIT_MISMATCH');
}

/**
 * Weights that do not add up (a WEIGHT_SUM on the form, a level's or the whole's): the scores
 * are not out of 100, so 总分 and 等级 are left as typed (the flags say why) until the weights
 * are put right.
 */
function hasWeightMismatch(ctx: FormContext): boolean {
  return ctx.out.flags.some((f) => f.code === 'WEIGHT_SUM');
}

export function checkTotals(
  ctx: FormContext,
  weights: (Dec | null)[],
  scores: (Dec | null)[],
  total: TotalRow | null,
  gradeCell: Cell | null,
  firstLabel: Cell | null,
  /** Scores the add-in filled in this evaluation (填入建议得分): not the accountant's mistake. */
  filled: Dec = ZERO,
): TotalResult {
  const weightSum = sumPresent(weights);
  const scoreSum = sumPresent(scores);

  // Read before the printed 总分, which is derived (a text there is rewritten, not an input).
  const unreadable = hasUnreadableInput(ctx);
  // 总分 and 等级 are left as typed while a level's weights or the whole's do not add up.
  const kept = !unreadable && (hasWeightMismatch(ctx) || offHundred(weightSum, total));
  const keptTotal = kept && total?.score !== null && total?.score !== undefined;

  // Without a 总分 the table may be cut short (a page of a longer form): the 100 is not checked.
  if (weightSum && offHundred(weightSum, total) && total) {
    const at = total.weight ?? total.labelCell ?? firstLabel;
    const message = FLAG_TEXT.weightSumTotal(decString(weightSum));
    if (at)
      ctx.flag('WEIGHT_SUM', at, keptTotal ? FLAG_TEXT.totalKept(message) : message, {
        expected: '100',
        actual: decString(weightSum),
      });
  }

  const reportedTotal = ctx.figure(total?.score ?? null, FIELD_TEXT.totalScore);
  if (
    !unreadable &&
    total?.score &&
    reportedTotal !== null &&
    scoreSum !== null &&
    !reportedTotal.eq(scoreSum.minus(filled))
  ) {
    const values = { expected: decString(scoreSum), actual: decString(reportedTotal) };
    const message = FLAG_TEXT.totalMismatch(values.actual, values.expected);
    if (total.score.formula)
      ctx.flag('FORMULA_KEPT', total.score, FLAG_TEXT.formulaKept('总分'), values);
    else
      ctx.flag(
        'TOTAL_MISMATCH',
        total.score,
        kept ? FLAG_TEXT.totalKept(message) : message,
        values,
      );
  }
  if (total?.score && !unreadable && !kept) ctx.derive(total.score, scoreSum);

  const computed = scoreSum === null || unreadable || kept ? null : grade(scoreSum, ctx.settings);
  if (gradeCell && !unreadable) {
    const printed = gradeCell.value === null ? '' : normalizeCellText(String(gradeCell.value));
    if (printed !== '' && computed !== null && printed.replace(/^“|”$/g, '') !== computed) {
      const message = FLAG_TEXT.gradeMismatch(printed, computed, decString(scoreSum ?? ZERO));
      ctx.flag('GRADE_MISMATCH', gradeCell, message, { expected: computed, actual: printed });
    }
    // A blank 等级 beside a 总分: 重新计算得分 fills it. While the weights do not add up there is
    // no grade to give, and the WEIGHT_SUM / TOTAL_MISMATCH flags say 等级 is left as typed.
    if (printed === '' && total?.score && computed !== null) {
      const message = FLAG_TEXT.gradeMissing(decString(scoreSum ?? ZERO), computed);
      ctx.flag('GRADE_MISSING', gradeCell, message, { expected: computed });
    }
    if (!kept) ctx.derive(gradeCell, computed);
  }
  // A cut-off table (no 总分, weights short of 100) has no grade of its own to report.
  const whole = total !== null || (weightSum !== null && weightSum.eq(HUNDRED_POINTS));
  return { weightSum, scoreSum, reportedTotal, grade: whole ? computed : null };
}

/** Weights that add up to other than 100 on a form with a 总分 (a whole form). */
function offHundred(weightSum: Dec | null, total: TotalRow | null): boolean {
  return weightSum !== null && !weightSum.eq(HUNDRED_POINTS) && total !== null;
}
