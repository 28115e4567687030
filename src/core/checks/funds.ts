/**
 * A funds block, whichever form holds it (附件3 项目资金, 附件2 整体支出规模 or 预算资金):
 * 年度资金总额 = Σ source parts = Σ structure parts, column by column; figures typed with their
 * label against their group; 执行率 against 全年预算数 (over budget, low execution); 追加率
 * against 年初预算数; the 执行率 score against 分值 × 执行率. Without a 年度资金总额 line (the
 * seed's 附件2) every line's rate is checked and source is held against structure.
 */
import { Dec, ZERO, amountText, decString, percentText, sumPresent } from '../decimal';
import { FUND_LINE_NAMES } from '../forms/funds';
import type { FundGroup } from '../forms/funds';
import type { Cell, FundLine, OverallForm, ProjectForm } from '../model';
import { MONEY_UNIT_TEXT } from '../numbers/units';
import { additionRate, executionRate } from '../rules/rates';
import type { LineSummary } from '../summary';
import { FIELD_TEXT, FLAG_TEXT } from '../../strings/flags';
import type { FormContext } from './context';
import { checkExecutionScore } from './executionScore';
import { flagExecution, lineSummary, optionalRate } from './lineRate';
import { checkRatePrecision, checkRateCell } from './rateCell';
import type { PrintedRate } from './rateCell';
import { checkExactSum } from './sums';

type Column = 'initial' | 'budget' | 'actual';
const COLUMNS: Column[] = ['initial', 'budget', 'actual'];
const COLUMN_TEXT: Record<Column, string> = {
  initial: FIELD_TEXT.initial,
  budget: FIELD_TEXT.yearBudget,
  actual: FIELD_TEXT.actual,
};

interface LineValues {
  initial: Dec | null;
  budget: Dec | null;
  actual: Dec | null;
  stated: Dec | null;
}

export interface FundsResult {
  lines: LineSummary[];
  /** The 执行率 of the block (年度资金总额's, else the sources'), for a 预算执行率 indicator row. */
  rate: Dec | null;
  executionWeight: Dec | null;
  executionScore: Dec | null;
  /** A 执行率 score the add-in filled in this evaluation (not the accountant's mistake). */
  filled: Dec | null;
}

const GROUP_OF = new Map(FUND_LINE_NAMES.map((d) => [d.key, d.group] as const));
const groupOf = (line: FundLine): FundGroup => GROUP_OF.get(line.key) ?? 'source';

function readValues(ctx: FormContext, funds: FundLine[]): Map<FundLine, LineValues> {
  const values = new Map<FundLine, LineValues>();
  for (const line of funds) {
    values.set(line, {
      initial: ctx.amount(line.initial, `${line.label}${FIELD_TEXT.initial}`),
      budget: ctx.amount(line.budget, `${line.label}${FIELD_TEXT.yearBudget}`),
      actual: ctx.amount(line.actual, `${line.label}${FIELD_TEXT.actual}`),
      stated: ctx.amount(line.stated, line.label),
    });
  }
  return values;
}

/** 年度资金总额 against its parts in each column; returns the total's effective values. */
function checkTotalColumns(
  ctx: FormContext,
  total: FundLine,
  parts: FundLine[],
  values: Map<FundLine, LineValues>,
): void {
  const own = values.get(total);
  if (!own) return;
  for (const group of ['source', 'structure'] as const) {
    const members = parts.filter((p) => groupOf(p) === group);
    if (!members.length) continue;
    for (const column of COLUMNS) {
      own[column] = checkExactSum(
        ctx,
        { label: total.label, cell: total[column], value: own[column] },
        members.map((p) => ({
          label: p.label,
          cell: p[column],
          value: values.get(p)?.[column] ?? null,
        })),
        COLUMN_TEXT[column],
      );
    }
  }
}

interface GroupFigure {
  value: Dec;
  cell: Cell;
  label: string;
}

/**
 * The figure a group of `label:figure` lines states: its own total line's (按收入性质分:1925.67),
 * checked against its parts, else the parts' sum.
 */
function groupFigure(
  ctx: FormContext,
  group: 'source' | 'structure',
  funds: FundLine[],
  values: Map<FundLine, LineValues>,
): GroupFigure | null {
  const totalKey = group === 'source' ? 'sourceTotal' : 'structureTotal';
  const head = funds.find((l) => l.key === totalKey);
  const parts = funds.filter((l) => groupOf(l) === group && l.stated);
  const sum = sumPresent(parts.map((p) => values.get(p)?.stated ?? null));
  const stated = head ? (values.get(head)?.stated ?? null) : null;
  if (head?.stated && stated !== null && sum !== null && !stated.eq(sum)) {
    const message = FLAG_TEXT.statedSumMismatch(head.label, amountText(stated), amountText(sum));
    ctx.flag('SUM_MISMATCH', head.stated, message, {
      expected: decString(sum),
      actual: decString(stated),
    });
  }
  // A stated total its own parts contradict is flagged once; the parts go on to the checks below.
  if (head?.stated && stated !== null && (sum === null || stated.eq(sum)))
    return { value: stated, cell: head.stated, label: head.label };
  const first = parts[0]?.stated;
  if (sum === null || !first) return null;
  return { value: sum, cell: first, label: FLAG_TEXT.groupSum(group === 'source') };
}

/** Groups stated without a column: each must be one of 年度资金总额's figures, and each other. */
function checkStatedGroups(
  ctx: FormContext,
  funds: FundLine[],
  values: Map<FundLine, LineValues>,
): void {
  const source = groupFigure(ctx, 'source', funds, values);
  const structure = groupFigure(ctx, 'structure', funds, values);
  const total = funds.find((l) => l.key === 'total');
  const own = total ? values.get(total) : undefined;
  const columns = own ? COLUMNS.filter((c) => own[c] !== null) : [];
  for (const g of [source, structure]) {
    if (!g || !own || !columns.length) continue;
    if (columns.some((c) => own[c]?.eq(g.value))) continue;
    const list = columns.map((c) => `${COLUMN_TEXT[c]} ${amountText(own[c] ?? ZERO)}`).join('、');
    const message = FLAG_TEXT.groupAgainstTotal(g.label, amountText(g.value), list);
    ctx.flag('SUM_MISMATCH', g.cell, message, { actual: decString(g.value) });
  }
  if (source && structure && !source.value.eq(structure.value)) {
    const message = FLAG_TEXT.sourceStructure(
      FIELD_TEXT.stated,
      amountText(source.value),
      amountText(structure.value),
      source.cell.address,
      structure.cell.address,
    );
    ctx.flag('SOURCE_STRUCTURE_MISMATCH', source.cell, message, {
      expected: decString(structure.value),
      actual: decString(source.value),
      related: { sheet: ctx.sheet, address: structure.cell.address },
    });
  }
}

/** Without a 年度资金总额: 财政拨款 + 其他资金 = 基本支出 + 项目支出, per column; names both sides. */
function checkSourceStructure(
  ctx: FormContext,
  funds: FundLine[],
  values: Map<FundLine, LineValues>,
): void {
  for (const column of ['budget', 'actual'] as const) {
    const side = (group: FundGroup) =>
      funds
        .filter((l) => groupOf(l) === group && values.get(l)?.[column] != null)
        .map((l) => ({ cell: l[column], value: values.get(l)?.[column] ?? ZERO }));
    const source = side('source');
    const structure = side('structure');
    if (!source.length || !structure.length) continue;
    const s = source.reduce((a, p) => a.plus(p.value), ZERO);
    const t = structure.reduce((a, p) => a.plus(p.value), ZERO);
    const at = source[0].cell;
    const second = structure[0].cell;
    if (s.eq(t) || !at || !second) continue;
    const cells = (list: { cell: Cell | null }[]) =>
      list.map((p) => p.cell?.address ?? '').join('+');
    const message = FLAG_TEXT.sourceStructure(
      COLUMN_TEXT[column],
      amountText(s),
      amountText(t),
      cells(source),
      cells(structure),
    );
    ctx.flag('SOURCE_STRUCTURE_MISMATCH', at, message, {
      expected: decString(t),
      actual: decString(s),
      related: { sheet: ctx.sheet, address: second.address },
    });
  }
}

function flagAddition(
  ctx: FormContext,
  form: OverallForm | ProjectForm,
  line: FundLine,
  v: LineValues,
): void {
  const addition = additionRate(v.budget, v.initial);
  if (addition === null || !addition.gt(0) || v.budget === null || v.initial === null) return;
  const shown = percentText(addition, ctx.settings.ratePrecision);
  const amount = amountText(v.budget.minus(v.initial));
  const message = FLAG_TEXT.budgetAddition(line.label, amount, MONEY_UNIT_TEXT[form.unit], shown);
  ctx.flag('BUDGET_ADDITION', line.budget ?? line.labelCell, message, { actual: shown });
}

export function checkFunds(ctx: FormContext, form: OverallForm | ProjectForm): FundsResult {
  const funds = form.funds;
  const values = readValues(ctx, funds);
  const total = funds.find((l) => l.key === 'total') ?? null;
  if (total)
    checkTotalColumns(
      ctx,
      total,
      funds.filter((l) => l !== total),
      values,
    );
  checkStatedGroups(ctx, funds, values);
  if (!total) checkSourceStructure(ctx, funds, values);

  const printed: { cell: Cell; rate: PrintedRate }[] = [];
  const out: FundsResult = {
    lines: [],
    rate: null,
    executionWeight: null,
    executionScore: null,
    filled: null,
  };
  for (const line of funds) {
    const v = values.get(line) ?? { initial: null, budget: null, actual: null, stated: null };
    const rate = executionRate(v.actual, v.budget);
    const summary = lineSummary(
      ctx,
      line.label,
      (line.rate ?? line.labelCell).address,
      v.budget,
      v.actual,
      rate,
    );
    if (line.initial) {
      summary.initialBudget = v.initial === null ? null : decString(v.initial);
      summary.additionRate = optionalRate(ctx, additionRate(v.budget, v.initial));
    }
    if (line.stated) summary.stated = v.stated === null ? null : decString(v.stated);
    out.lines.push(summary);
    // With a 年度资金总额, its line carries the block's rate; its parts' rate cells are the
    // accountant's business. Without one (the seed's 附件2), every line's rate is the add-in's.
    if (total && line !== total) continue;
    if (line.rate || !total) {
      const what = `${line.label}${FIELD_TEXT.executionRate}`;
      const altBase = total ? { rate: executionRate(v.actual, v.initial) } : undefined;
      const shown = checkRateCell(ctx, line.rate, rate, what, v.budget, altBase);
      if (shown && line.rate) printed.push({ cell: line.rate, rate: shown });
    }
    flagExecution(ctx, line.label, rate, line.rate ?? line.actual);
    if (line === total) {
      flagAddition(ctx, form, line, v);
      const execution = checkExecutionScore(ctx, line, rate);
      out.executionWeight = execution.weight;
      out.executionScore = execution.score;
      out.filled = execution.filled;
    }
  }
  checkRatePrecision(ctx, printed);
  out.rate = blockRate(funds, values, total);
  return out;
}

/** 年度资金总额's rate, else that of the sources together. */
function blockRate(
  funds: FundLine[],
  values: Map<FundLine, LineValues>,
  total: FundLine | null,
): Dec | null {
  const of = (lines: FundLine[], c: 'budget' | 'actual') =>
    sumPresent(lines.map((l) => values.get(l)?.[c] ?? null));
  const lines = total ? [total] : funds.filter((l) => groupOf(l) === 'source');
  return executionRate(of(lines, 'actual'), of(lines, 'budget'));
}
