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

  // Without a 总分 the table may be cut short (a page of a longer form): the 100 is not checked.
  if (weightSum && !weightSum.eq(HUNDRED_POINTS) && total) {
    const at = total.weight ?? total.labelCell ?? firstLabel;
    if (at)
      ctx.flag('WEIGHT_SUM', at, FLAG_TEXT.weightSumTotal(decString(weightSum)), {
        expected: '100',
        actual: decString(weightSum),
      });
  }

  // Read before the printed 总分, which is derived (a text there is rewritten, not an input).
  const unreadable = hasUnreadableInput(ctx);
  const reportedTotal = ctx.figure(total?.score ?? null, FIELD_TEXT.totalScore);
  if (
    !unreadable &&
    total?.score &&
    reportedTotal !== null &&
    scoreSum !== null &&
    !reportedTotal.eq(scoreSum.minus(filled))
  ) {
    const values = { expected: decString(scoreSum), actual: decString(reportedTotal) };
    if (total.score.formula)
      ctx.flag('FORMULA_KEPT', total.score, FLAG_TEXT.formulaKept('总分'), values);
    else
      ctx.flag(
        'TOTAL_MISMATCH',
        total.score,
        FLAG_TEXT.totalMismatch(values.actual, values.expected),
        values,
      );
  }
  if (total?.score && !unreadable) ctx.derive(total.score, scoreSum);

  const computed = scoreSum === null || unreadable ? null : grade(scoreSum, ctx.settings);
  if (gradeCell && !unreadable) {
    const printed = gradeCell.value === null ? '' : normalizeCellText(String(gradeCell.value));
    if (printed !== '' && computed !== null && printed.replace(/^“|”$/g, '') !== computed) {
      const message = FLAG_TEXT.gradeMismatch(printed, computed, decString(scoreSum ?? ZERO));
      ctx.flag('GRADE_MISMATCH', gradeCell, message, { expected: computed, actual: printed });
    }
    ctx.derive(gradeCell, computed);
  }
  // A cut-off table (no 总分, weights short of 100) has no grade of its own to report.
  const whole = total !== null || (weightSum !== null && weightSum.eq(HUNDRED_POINTS));
  return { weightSum, scoreSum, reportedTotal, grade: whole ? computed : null };
}
