/**
 * 附件3 预算执行率得分 against 分值 × 执行率: more than the row's own rate gives is a
 * contradiction (RATE_MISMATCH, an error); less may be the accountant's deduction (the seed's 8
 * for an 87% mid-year addition) and is a suggestion only.
 */
import { Dec, decString, percentText } from '../decimal';
import type { FundLine } from '../model';
import { executionScore } from '../rules/rates';
import { FIELD_TEXT, FLAG_TEXT } from '../../strings/flags';
import type { FormContext } from './context';

export interface ExecutionScore {
  weight: Dec | null;
  /** The score that counts toward 总分 (the accountant's, or the one filled in). */
  score: Dec | null;
  /** Set when 填入建议得分 filled an empty cell in this evaluation. */
  filled: Dec | null;
}

export function checkExecutionScore(
  ctx: FormContext,
  line: FundLine,
  rate: Dec | null,
): ExecutionScore {
  const weight = ctx.figure(line.weight, FIELD_TEXT.weight);
  const score = ctx.figure(line.score, FIELD_TEXT.executionScore);
  const out: ExecutionScore = { weight, score, filled: null };
  if (!weight || !rate || !line.score) return out;
  const suggested = executionScore(weight, rate, ctx.settings.capExecutionScore);
  // Formatted only for a message: most scores agree.
  const shownRate = () => percentText(rate, ctx.settings.ratePrecision);
  if (score !== null && score.gt(suggested)) {
    const message = FLAG_TEXT.executionScoreOverRate(
      decString(score),
      decString(suggested),
      shownRate(),
    );
    ctx.flag('RATE_MISMATCH', line.score, message, {
      expected: `≤ ${decString(suggested)}`,
      actual: decString(score),
    });
  } else if (score !== null && score.lt(suggested)) {
    const message = FLAG_TEXT.executionScoreSuggestion(
      decString(score),
      decString(suggested),
      shownRate(),
    );
    ctx.flag('SCORE_SUGGESTION', line.score, message, {
      expected: decString(suggested),
      actual: decString(score),
    });
  } else if (
    score === null &&
    ctx.settings.fillSuggestedScores &&
    ctx.fillEmpty(line.score, suggested)
  ) {
    out.score = suggested;
    out.filled = suggested;
  }
  return out;
}
