/**
 * Σ 附件3 年度资金总额 全年执行数 against 附件2 项目支出 全年执行数. 附件3 is printed in 万元 to
 * 0.01, so each 附件3 may be 50元 off the 元 it stands for: the sum is allowed Σ 50元 (plus any
 * rounding on the 附件2 side). The seed's body text shows why the allowance must grow with the
 * count: its eight projects print 490.75万元 against 4,907,638.34元, 138.34元 apart, under 8 × 50元.
 *
 * Over the allowance: the projects spent more than the department says it spent on projects,
 * whatever the coverage: CROSS_SHEET_MISMATCH (error). Under it: units often attach a 附件3 for
 * some projects only, which the workbook cannot tell from a wrong figure: CROSS_SHEET_SHORTFALL
 * (warning) with the gap, for the reviewer to judge.
 */
import { amountText, decString } from '../decimal';
import { makeFlag } from '../flags';
import type { Cell, OverallForm, ProjectForm } from '../model';
import { MONEY_UNIT_TEXT, convertMoney } from '../numbers/units';
import { FLAG_TEXT } from '../../strings/flags';
import { agree, figureOf, parentOrParts, refText, sumFigures, yuanText } from './crossFigures';
import type { CrossFlag, Figure } from './crossFigures';

function actualOf(form: ProjectForm): Figure | null {
  const total = form.funds.find((l) => l.key === 'total');
  const parts = form.funds
    .filter((l) => l.key !== 'total')
    .map((l) => figureOf(l.actual, form.sheet, form.unit));
  return parentOrParts(figureOf(total?.actual ?? null, form.sheet, form.unit), parts);
}

/** `490.76万元（4,907,600.00元）` when every 附件3 is in the same unit other than 元. */
function sumText(sum: Figure, projects: ProjectForm[]): string {
  const unit = projects[0].unit;
  if (unit === 'yuan' || projects.some((p) => p.unit !== unit)) return yuanText(sum);
  const own = decString(convertMoney(sum.yuan, 'yuan', unit));
  return FLAG_TEXT.amountWithYuan(own, MONEY_UNIT_TEXT[unit], amountText(sum.yuan));
}

/** `projectActual`: 附件2 项目支出 全年执行数, its figure and its cell. */
export function checkProjectsAgainstOverall(
  projects: ProjectForm[],
  overall: OverallForm,
  projectActual: { figure: Figure | null; cell: Cell | null },
): CrossFlag[] {
  const target = projectActual.figure;
  const at = projectActual.cell;
  if (!projects.length || !target || !at) return [];
  const actuals = projects.map(actualOf).filter((f): f is Figure => f !== null);
  const sum = sumFigures(actuals);
  if (!sum || agree(sum, target)) return [];
  const diff = sum.yuan.minus(target.yuan);
  const values = {
    expected: decString(target.yuan),
    actual: decString(sum.yuan),
    related: sum.cells[0],
  };
  const shownSum = sumText(sum, projects);
  const gap = FLAG_TEXT.amountIn(amountText(diff.abs()), '元');
  const message = diff.isPositive()
    ? FLAG_TEXT.crossProjectsOver(
        shownSum,
        actuals.length,
        refText(sum),
        yuanText(target),
        refText(target),
        gap,
        FLAG_TEXT.amountIn(amountText(sum.tolerance.plus(target.tolerance)), '元'),
      )
    : FLAG_TEXT.crossProjectsShort(
        shownSum,
        actuals.length,
        refText(sum),
        yuanText(target),
        refText(target),
        gap,
      );
  const code = diff.isPositive() ? 'CROSS_SHEET_MISMATCH' : 'CROSS_SHEET_SHORTFALL';
  return [{ form: overall, flag: makeFlag(code, overall.sheet, at.address, message, values) }];
}
