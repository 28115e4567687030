/** 附件3: fund lines (执行率 against 全年预算数, 追加率 against 年初预算数), the indicator tree. */
import { Dec, amountText, decString, percentText } from '../decimal';
import type { FundLine, ProjectForm } from '../model';
import { MONEY_UNIT_TEXT } from '../numbers/units';
import { additionRate, executionRate } from '../rules/rates';
import type { FormSummary, LevelSummary } from '../summary';
import { FIELD_TEXT, FLAG_TEXT } from '../../strings/flags';
import type { FormContext } from './context';
import { checkLevel1 } from './indicators';
import { toLevelSummary } from './levelSummary';
import { flagExecution, lineSummary, optionalRate } from './lineRate';
import { checkRateCell } from './rateCell';
import { checkExactSum } from './sums';
import { checkTotals } from './totals';
import { checkExecutionScore } from './executionScore';

type Column = 'initial' | 'budget' | 'actual';
const COLUMN_TEXT: Record<Column, string> = {
  initial: FIELD_TEXT.initial,
  budget: FIELD_TEXT.yearBudget,
  actual: FIELD_TEXT.actual,
};

function readFunds(ctx: FormContext, funds: FundLine[]) {
  const values = new Map<FundLine, Record<Column, Dec | null>>();
  for (const line of funds) {
    values.set(line, {
      initial: ctx.amount(line.initial, `${line.label}${FIELD_TEXT.initial}`),
      budget: ctx.amount(line.budget, `${line.label}${FIELD_TEXT.yearBudget}`),
      actual: ctx.amount(line.actual, `${line.label}${FIELD_TEXT.actual}`),
    });
  }
  const total = funds.find((l) => l.key === 'total');
  if (total) {
    const parts = funds.filter((l) => l !== total);
    const own = values.get(total);
    for (const column of ['initial', 'budget', 'actual'] as const) {
      if (!own) break;
      own[column] = checkExactSum(
        ctx,
        { label: total.label, cell: total[column], value: own[column] },
        parts.map((p) => ({
          label: p.label,
          cell: p[column],
          value: values.get(p)?.[column] ?? null,
        })),
        COLUMN_TEXT[column],
      );
    }
  }
  return values;
}

export function checkProject(ctx: FormContext, form: ProjectForm): Omit<FormSummary, 'counts'> {
  const values = readFunds(ctx, form.funds);
  let executionWeight: Dec | null = null;
  let executionScoreValue: Dec | null = null;
  let filledScore: Dec | null = null;
  const lines = form.funds.map((line) => {
    const v = values.get(line) ?? { initial: null, budget: null, actual: null };
    const rate = executionRate(v.actual, v.budget);
    const addition = additionRate(v.budget, v.initial);
    const summary = lineSummary(
      ctx,
      line.label,
      (line.rate ?? line.labelCell).address,
      v.budget,
      v.actual,
      rate,
    );
    summary.initialBudget = v.initial === null ? null : decString(v.initial);
    summary.additionRate = optionalRate(ctx, addition);
    if (line.key !== 'total') return summary;

    const initialRate = executionRate(v.actual, v.initial);
    checkRateCell(ctx, line.rate, rate, `${line.label}${FIELD_TEXT.executionRate}`, {
      rate: initialRate,
    });
    flagExecution(ctx, line.label, rate, line.rate ?? line.actual);
    if (addition !== null && addition.gt(0) && v.budget !== null && v.initial !== null) {
      const shown = percentText(addition, ctx.settings.ratePrecision);
      const amount = amountText(v.budget.minus(v.initial));
      const message = FLAG_TEXT.budgetAddition(
        line.label,
        amount,
        MONEY_UNIT_TEXT[form.unit],
        shown,
      );
      ctx.flag('BUDGET_ADDITION', line.budget ?? line.labelCell, message, { actual: shown });
    }
    const execution = checkExecutionScore(ctx, line, rate);
    executionWeight = execution.weight;
    executionScoreValue = execution.score;
    filledScore = execution.filled;
    return summary;
  });

  const levels = form.indicators.map((l1) => checkLevel1(ctx, l1));
  const totals = checkTotals(
    ctx,
    [executionWeight, ...levels.map((l) => l.weight)],
    [executionScoreValue, ...levels.map((l) => l.score)],
    form.total,
    form.grade,
    form.indicators[0]?.labelCell ?? null,
    filledScore ?? undefined,
  );
  const str = (d: Dec | null) => (d === null ? null : decString(d));
  const total = form.funds.find((l) => l.key === 'total');
  const executionLevel: LevelSummary[] = total
    ? [
        {
          label: FIELD_TEXT.executionScore,
          address: (total.score ?? total.labelCell).address,
          declaredWeight: str(executionWeight),
          weight: str(executionWeight),
          score: str(executionScoreValue),
        },
      ]
    : [];
  return {
    kind: 'project',
    sheet: form.sheet,
    name: form.name,
    year: form.year,
    unit: form.unit,
    lines,
    levels: [...executionLevel, ...levels.map(toLevelSummary)],
    weightSum: str(totals.weightSum),
    scoreSum: str(totals.scoreSum),
    reportedTotal: str(totals.reportedTotal),
    grade: totals.grade,
    missing: form.missing,
  };
}
