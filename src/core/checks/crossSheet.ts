/**
 * The attachments checked against each other, once every form has been checked on its own:
 * - 附件1 部门整体支出预算调整 预算数 / 决算数 = 附件2 资金来源合计 (财政拨款 + 其他资金)
 *   全年预算数 / 全年执行数;
 * - 附件1 项目支出 本年决算数 (or its parts' sum where it was left empty) = 附件2 项目支出
 *   全年执行数;
 * - Σ 附件3 年度资金总额 全年执行数 = 附件2 项目支出 全年执行数 (crossProjects.ts).
 * Amounts are compared in 元, allowing only for the rounding of figures printed in 万元.
 * A workbook with several 附件1 or 附件2 (several units or years) is not paired up: no check.
 */
import { decString } from '../decimal';
import { makeFlag } from '../flags';
import type { BaseForm, Cell, Form, OverallForm, ProjectForm } from '../model';
import { FIELD_TEXT, FLAG_TEXT } from '../../strings/flags';
import { agree, figureOf, parentOrParts, refText, sumFigures, yuanText } from './crossFigures';
import type { CrossFlag, Figure } from './crossFigures';
import { checkProjectsAgainstOverall } from './crossProjects';
import { FUND_LINE_NAMES } from '../forms/funds';
import type { FundLineKey } from '../forms/funds';

const SOURCE_KEYS = new Set(FUND_LINE_NAMES.filter((d) => d.group === 'source').map((d) => d.key));
const isSource = (key: FundLineKey) => SOURCE_KEYS.has(key);

interface OverallFigures {
  budget: Figure | null;
  actual: Figure | null;
  projectActual: Figure | null;
  projectActualCell: Cell | null;
}

function lineFigure(form: OverallForm, key: string, column: 'budget' | 'actual') {
  const line = form.funds.find((l) => l.key === key);
  return line ? figureOf(line[column], form.sheet, form.unit) : null;
}

/** The department's whole funds: 年度资金总额 where the form has one, else its sources' sum. */
function wholeFigure(form: OverallForm, column: 'budget' | 'actual') {
  const total = lineFigure(form, 'total', column);
  if (total) return total;
  const sources = form.funds.filter((l) => l.key !== 'total' && isSource(l.key));
  return sumFigures(sources.map((l) => lineFigure(form, l.key, column)));
}

function overallFigures(form: OverallForm): OverallFigures {
  const source = (column: 'budget' | 'actual') => wholeFigure(form, column);
  const project = form.funds.find((l) => l.key === 'project');
  return {
    budget: source('budget'),
    actual: source('actual'),
    projectActual: lineFigure(form, 'project', 'actual'),
    projectActualCell: project?.actual ?? null,
  };
}

function mismatch(form: Form, at: Cell, own: Figure, other: Figure, message: string): CrossFlag {
  const related = other.cells[0];
  const flag = makeFlag('CROSS_SHEET_MISMATCH', form.sheet, at.address, message, {
    expected: decString(other.yuan),
    actual: decString(own.yuan),
    related,
  });
  return { form, flag };
}

function baseAgainstOverall(base: BaseForm, o: OverallFigures): CrossFlag[] {
  const out: CrossFlag[] = [];
  const line = (key: string) => base.lines.find((l) => l.key === key);
  const adjustment = line('adjustment');
  const columns = [
    ['budget', o.budget, FIELD_TEXT.budget, FIELD_TEXT.yearBudget],
    ['final', o.actual, FIELD_TEXT.final, FIELD_TEXT.actual],
  ] as const;
  for (const [column, other, name, otherName] of columns) {
    const cell = adjustment?.[column] ?? null;
    const own = figureOf(cell, base.sheet, base.unit);
    if (!cell || !own || !other || agree(own, other)) continue;
    const message = FLAG_TEXT.crossAdjustment(
      name,
      yuanText(own),
      otherName,
      yuanText(other),
      refText(other),
    );
    out.push(mismatch(base, cell, own, other, message));
  }

  const project = line('project');
  const parts = base.lines
    .filter((l) => l.key === 'projBusiness' || l.key === 'projOps' || l.key === 'projOther')
    .map((l) => figureOf(l.final, base.sheet, base.unit));
  const parent = figureOf(project?.final ?? null, base.sheet, base.unit);
  const own = parentOrParts(parent, parts);
  const at = project?.final ?? project?.labelCell ?? null;
  if (own && at && o.projectActual && !agree(own, o.projectActual)) {
    const message = FLAG_TEXT.crossProject(
      yuanText(own),
      own !== parent,
      yuanText(o.projectActual),
      refText(o.projectActual),
    );
    out.push(mismatch(base, at, own, o.projectActual, message));
  }
  return out;
}

export function checkCrossSheet(forms: Form[]): CrossFlag[] {
  const overalls = forms.filter((f): f is OverallForm => f.kind === 'overall');
  if (overalls.length !== 1) return [];
  const overall = overalls[0];
  const figures = overallFigures(overall);
  const bases = forms.filter((f): f is BaseForm => f.kind === 'base');
  const out = bases.length === 1 ? baseAgainstOverall(bases[0], figures) : [];
  const projects = forms.filter((f): f is ProjectForm => f.kind === 'project');
  const projectActual = { figure: figures.projectActual, cell: figures.projectActualCell };
  out.push(...checkProjectsAgainstOverall(projects, overall, projectActual));
  return out;
}
