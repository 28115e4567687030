/** 附件1: 控制率, the lines that add up, 三公经费变动率 and 预算调整率. */
import { Dec } from '../decimal';
import { BASE_LINES } from '../forms/base';
import type { BaseLineKey } from '../forms/base';
import type { BaseForm, BaseLine } from '../model';
import { adjustmentRate, changeRate, controlRate, executionRate } from '../rules/rates';
import type { FormSummary } from '../summary';
import { FIELD_TEXT, FLAG_TEXT } from '../../strings/flags';
import type { FormContext } from './context';
import { flagExecution, lineSummary, optionalRate } from './lineRate';
import { checkRateCell } from './rateCell';
import { checkExactSum, checkPartsWithin } from './sums';
import type { SumLine } from './sums';
import { percentText } from '../decimal';

type Column = 'prior' | 'budget' | 'final';
const COLUMNS: Column[] = ['prior', 'budget', 'final'];
const COLUMN_TEXT: Record<Column, string> = {
  prior: FIELD_TEXT.prior,
  budget: FIELD_TEXT.budget,
  final: FIELD_TEXT.final,
};

function checkControlRate(ctx: FormContext, form: BaseForm): Dec | null {
  const establishment = ctx.figure(form.establishment, FIELD_TEXT.establishment);
  const staff = ctx.figure(form.staffActual, FIELD_TEXT.staffActual);
  const rate = controlRate(staff, establishment);
  checkRateCell(ctx, form.controlRate, rate, FIELD_TEXT.controlRate, establishment);
  if (rate && rate.gt(1) && form.controlRate) {
    const shown = percentText(rate, ctx.settings.ratePrecision);
    ctx.flag('OVER_ESTABLISHMENT', form.controlRate, FLAG_TEXT.overEstablishment(shown), {
      actual: shown,
    });
  }
  return rate;
}

/** Each line's value per column, with parents that are empty taking their parts' sum. */
function checkSums(ctx: FormContext, form: BaseForm): Map<BaseLine, Record<Column, Dec | null>> {
  const values = new Map<BaseLine, Record<Column, Dec | null>>();
  for (const line of form.lines) {
    const v = {} as Record<Column, Dec | null>;
    for (const c of COLUMNS) v[c] = ctx.amount(line[c], `${line.label.trim()}${COLUMN_TEXT[c]}`);
    values.set(line, v);
  }
  const linesOf = (key: BaseLineKey) => form.lines.filter((l) => l.key === key);
  const asSum = (line: BaseLine, c: Column): SumLine => ({
    label: line.label.trim(),
    cell: line[c],
    value: values.get(line)?.[c] ?? null,
  });
  // Children before parents: 公务用车 before 三公经费.
  const defs = [...BASE_LINES].reverse();
  for (const def of defs) {
    const parent = linesOf(def.key)[0];
    if (!parent) continue;
    const partKeys = def.sumOf ?? def.partsOf;
    if (!partKeys) continue;
    const parts = partKeys.flatMap(linesOf);
    for (const c of COLUMNS) {
      const partSums = parts.map((p) => asSum(p, c));
      if (def.sumOf) {
        const effective = checkExactSum(ctx, asSum(parent, c), partSums, COLUMN_TEXT[c]);
        const own = values.get(parent);
        if (own) own[c] = effective;
      } else checkPartsWithin(ctx, asSum(parent, c), partSums, COLUMN_TEXT[c]);
    }
  }
  return values;
}

/**
 * 决算数 above 预算数 on an amount line is over budget, like any 执行率 over 100% (the seed's
 * 业务工作专项 4,907,638.34 against 2,620,800.00). Only a line's own figures: a parent left empty
 * takes its parts' sum, whose over-run its parts already show. 三公经费 has its own check (with
 * low execution), and the 预算调整 line is the 预算调整率 itself.
 */
function flagLinesOverBudget(ctx: FormContext, form: BaseForm): void {
  for (const line of form.lines) {
    if (line.key === 'sanGong' || line.key === 'adjustment') continue;
    const budget = ctx.amount(line.budget, `${line.label.trim()}${FIELD_TEXT.budget}`);
    const final = ctx.amount(line.final, `${line.label.trim()}${FIELD_TEXT.final}`);
    const rate = executionRate(final, budget);
    if (rate === null || !rate.gt(1) || !line.final) continue;
    const shown = percentText(rate, ctx.settings.ratePrecision);
    ctx.flag('OVER_BUDGET', line.final, FLAG_TEXT.finalOverBudget(line.label.trim(), shown), {
      expected: '≤ 100%',
      actual: shown,
    });
  }
}

export function checkBase(ctx: FormContext, form: BaseForm): Omit<FormSummary, 'counts'> {
  const control = checkControlRate(ctx, form);
  const values = checkSums(ctx, form);
  const get = (key: BaseLineKey) => {
    const line = form.lines.find((l) => l.key === key);
    return line ? values.get(line) : undefined;
  };
  const sanGong = get('sanGong');
  const sanGongLine = form.lines.find((l) => l.key === 'sanGong');
  if (sanGong && sanGongLine) {
    flagExecution(
      ctx,
      sanGongLine.label,
      executionRate(sanGong.final, sanGong.budget),
      sanGongLine.final,
    );
  }
  const adjustment = get('adjustment');
  flagLinesOverBudget(ctx, form);
  const lines = form.lines.map((line) => {
    const v = values.get(line) ?? { prior: null, budget: null, final: null };
    const rate = executionRate(v.final, v.budget);
    const s = lineSummary(ctx, line.label.trim(), line.labelCell.address, v.budget, v.final, rate);
    s.prior = v.prior === null ? null : v.prior.toString();
    return s;
  });
  return {
    kind: 'base',
    sheet: form.sheet,
    unitName: form.unitName,
    year: form.year,
    unit: form.unit,
    lines,
    controlRate: optionalRate(ctx, control),
    sanGongChangeRate: optionalRate(
      ctx,
      changeRate(sanGong?.final ?? null, sanGong?.prior ?? null),
    ),
    budgetAdjustmentRate: optionalRate(
      ctx,
      adjustmentRate(adjustment?.final ?? null, adjustment?.budget ?? null),
    ),
    missing: form.missing,
  };
}
