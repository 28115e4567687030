/**
 * A 得分 column that holds the weights: every score equal to its own weight, while the printed
 * 总分 says the scores were something else. Hand-made sheets get this when the weights are
 * copied across to start the scoring and the 总分 is then typed by hand.
 */
import { ZERO, compare, decFromDigits, decString } from '../decimal';
import type { Dec } from '../decimal';
import type { Cell, IndicatorForm, Level1, OverallForm, ProjectForm } from '../model';
import { FIELD_TEXT, FLAG_TEXT } from '../../strings/flags';
import type { FormContext } from './context';

interface Pair {
  weight: Dec;
  score: Dec;
  cell: Cell;
}

/** Fewer scores than this can all equal their weights by plain full marks. */
const MIN_PAIRS = 3;

/**
 * The (weight, score) pairs of the indicator rows, or null at the first score that differs from
 * its weight: most forms stop there, after a row or two.
 */
function levelPairs(ctx: FormContext, levels: Level1[]): Pair[] | null {
  const pairs: Pair[] = [];
  for (const l1 of levels) {
    for (const l2 of l1.children) {
      let rowPairs = 0;
      let scoreSum: Dec | null = null;
      let scoreCell: Cell | null = null;
      for (const row of l2.rows) {
        if (!row.score) continue;
        const score = ctx.figure(row.score, `${l2.name}${FIELD_TEXT.score}`);
        if (score === null) continue;
        scoreSum = (scoreSum ?? ZERO).plus(score);
        scoreCell ??= row.score;
        const weight =
          row.labelWeight !== null
            ? decFromDigits(row.labelWeight)
            : row.weight
              ? ctx.figure(row.weight, `${l2.name}${FIELD_TEXT.weight}`)
              : null;
        if (weight === null) continue;
        if (compare(score, weight) !== 0) return null;
        pairs.push({ weight, score, cell: row.score });
        rowPairs++;
      }
      // 分值 on each row where the form has them (附件3), else the weight in the 二级 label.
      if (rowPairs || l2.labelWeight === null || scoreSum === null || !scoreCell) continue;
      const weight = decFromDigits(l2.labelWeight);
      if (compare(scoreSum, weight) !== 0) return null;
      pairs.push({ weight, score: scoreSum, cell: scoreCell });
    }
  }
  return pairs;
}

function executionPair(ctx: FormContext, form: OverallForm | ProjectForm): Pair[] {
  const line = form.funds.find((l) => l.key === 'total');
  if (!line?.weight || !line.score) return [];
  const weight = ctx.figure(line.weight, FIELD_TEXT.weight);
  const score = ctx.figure(line.score, FIELD_TEXT.executionScore);
  return weight !== null && score !== null ? [{ weight, score, cell: line.score }] : [];
}

export function checkScoresAreWeights(
  ctx: FormContext,
  form: OverallForm | ProjectForm | IndicatorForm,
): void {
  const execution = form.kind === 'indicator' ? [] : executionPair(ctx, form);
  if (execution.some((p) => !p.score.eq(p.weight))) return;
  const levels = levelPairs(ctx, form.indicators);
  if (levels === null) return;
  const pairs = [...execution, ...levels];
  if (pairs.length < MIN_PAIRS) return;
  const totalCell = form.total?.score ?? null;
  const printed = totalCell ? ctx.figure(totalCell, FIELD_TEXT.totalScore) : null;
  const sum = pairs.reduce((a, p) => a.plus(p.score), ZERO);
  if (!totalCell || printed === null || printed.eq(sum)) return;
  const ref = FLAG_TEXT.cellRef(form.sheet, totalCell.address);
  const message = FLAG_TEXT.scoresAreWeights(pairs.length, decString(sum), decString(printed), ref);
  ctx.flag('SCORES_ARE_WEIGHTS', pairs[0].cell, message, {
    expected: decString(printed),
    actual: decString(sum),
    related: { sheet: form.sheet, address: totalCell.address },
  });
}
