/** 附件2: execution rates, source = structure, the indicator tree, 总分 and 等级. */
import { Dec, amountText, decString } from '../decimal';
import type { Cell, OverallForm } from '../model';
import { executionRate } from '../rules/rates';
import type { FormSummary } from '../summary';
import { FIELD_TEXT, FLAG_TEXT } from '../../strings/flags';
import type { FormContext } from './context';
import { checkLevel1 } from './indicators';
import { flagExecution, lineSummary } from './lineRate';
import { checkRatePrecision, checkRateCell } from './rateCell';
import type { PrintedRate } from './rateCell';
import { toLevelSummary } from './levelSummary';
import { checkTotals } from './totals';

/** `E6`, `E8+E9`: the cells a side of the equation adds up. */
function cellsText(cells: (Cell | null)[]): string {
  return cells
    .filter((c): c is Cell => c !== null)
    .map((c) => c.address)
    .join('+');
}

/** 财政拨款 + 其他资金 = 基本支出 + 项目支出, for 全年预算数 and 全年执行数; names both sides. */
function checkSourceStructure(ctx: FormContext, form: OverallForm): void {
  const get = (key: string, column: 'budget' | 'actual') => {
    const line = form.scale.find((l) => l.key === key);
    const value = line ? ctx.amount(line[column], line.label) : null;
    return { cell: value === null ? null : (line?.[column] ?? null), value };
  };
  for (const column of ['budget', 'actual'] as const) {
    const [fiscal, other, basic, project] = ['fiscal', 'other', 'basic', 'project'].map((k) =>
      get(k, column),
    );
    const source = [fiscal, other].filter((p) => p.value !== null);
    const structure = [basic, project].filter((p) => p.value !== null);
    if (!source.length || !structure.length) continue;
    const s = source.reduce((a, p) => a.plus(p.value ?? 0), new Dec(0));
    const t = structure.reduce((a, p) => a.plus(p.value ?? 0), new Dec(0));
    if (s.eq(t)) continue;
    const name = column === 'budget' ? FIELD_TEXT.yearBudget : FIELD_TEXT.actual;
    const at = source[0].cell;
    const second = structure[0].cell;
    if (!at || !second) continue;
    const message = FLAG_TEXT.sourceStructure(
      name,
      amountText(s),
      amountText(t),
      cellsText(source.map((p) => p.cell)),
      cellsText(structure.map((p) => p.cell)),
    );
    ctx.flag('SOURCE_STRUCTURE_MISMATCH', at, message, {
      expected: decString(t),
      actual: decString(s),
      related: { sheet: form.sheet, address: second.address },
    });
  }
}

export function checkOverall(ctx: FormContext, form: OverallForm): Omit<FormSummary, 'counts'> {
  const printed: { cell: NonNullable<OverallForm['scale'][number]['rate']>; rate: PrintedRate }[] =
    [];
  const lines = form.scale.map((line) => {
    const budget = ctx.amount(line.budget, `${line.label}${FIELD_TEXT.yearBudget}`);
    const actual = ctx.amount(line.actual, `${line.label}${FIELD_TEXT.actual}`);
    const rate = executionRate(actual, budget);
    const shown = checkRateCell(ctx, line.rate, rate, `${line.label}${FIELD_TEXT.executionRate}`);
    if (shown && line.rate) printed.push({ cell: line.rate, rate: shown });
    flagExecution(ctx, line.label, rate, line.rate ?? line.actual);
    return lineSummary(
      ctx,
      line.label,
      (line.rate ?? line.labelCell).address,
      budget,
      actual,
      rate,
    );
  });
  checkRatePrecision(ctx, printed);
  checkSourceStructure(ctx, form);

  const levels = form.indicators.map((l1) => checkLevel1(ctx, l1));
  const totals = checkTotals(
    ctx,
    levels.map((l) => l.weight),
    levels.map((l) => l.score),
    form.total,
    form.grade,
    form.indicators[0]?.labelCell ?? null,
  );
  const str = (d: Dec | null) => (d === null ? null : decString(d));
  return {
    kind: 'overall',
    sheet: form.sheet,
    unitName: form.unitName,
    year: form.year,
    unit: form.unit,
    lines,
    levels: levels.map(toLevelSummary),
    weightSum: str(totals.weightSum),
    scoreSum: str(totals.scoreSum),
    reportedTotal: str(totals.reportedTotal),
    grade: totals.grade,
    missing: form.missing,
  };
}
