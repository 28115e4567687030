/** 附件3 项目支出绩效自评表, found by its labels. */
import { FORM_DEFAULT_UNIT } from '../forms/kinds';
import type { ProjectForm } from '../model';
import { regionUnit, titleOf } from './common';
import { cellRightOf, findHeader, valueRightOf } from './find';
import { readFundsBlock } from './funds';
import { readHeaderTotal } from './headerTotal';
import { readIndicatorSection } from './indicators';
import type { FormRegion } from './regions';
import { isEmptyValue } from './sheetView';
import type { SheetView } from './sheetView';

export function recognizeProject(view: SheetView, region: FormRegion): ProjectForm {
  const title = titleOf(view, region);
  const form: ProjectForm = {
    kind: 'project',
    sheet: view.grid.name,
    top: region.top,
    bottom: region.bottom,
    unit: FORM_DEFAULT_UNIT.project,
    year: title.year,
    titleCell: title.cell,
    missing: [],
    name: null,
    nameCell: null,
    funds: [],
    indicators: [],
    total: null,
    grade: null,
  };
  const nameAt = findHeader(view, region, (h) => /^项目(支出)?名称$/.test(h));
  if (nameAt) {
    // The cell beside the label, unless a hand-made sheet left a spacer column between them.
    const beside = cellRightOf(view, nameAt);
    form.nameCell = isEmptyValue(beside) ? (valueRightOf(view, nameAt) ?? beside) : beside;
    form.name = form.nameCell ? view.text(form.nameCell.row, form.nameCell.col) || null : null;
  } else form.missing.push('项目支出名称');
  for (const label of ['主管部门', '实施单位']) {
    if (!findHeader(view, region, (h) => h === label)) form.missing.push(label);
  }

  const funds = readFundsBlock(view, region);
  form.unit = regionUnit(view, region) ?? funds?.unit ?? FORM_DEFAULT_UNIT.project;
  if (!funds) form.missing.push('项目资金');
  else {
    form.funds = funds.lines;
    if (!funds.lines.some((l) => l.key === 'total')) form.missing.push('年度资金总额');
    if (funds.cols.rate === undefined) form.missing.push('执行率');
  }

  const table = readIndicatorSection(view, region, form, '得分', funds?.lastRow ?? region.top);
  if (!form.total) form.total = readHeaderTotal(view, region, funds?.headerRow ?? region.bottom);
  if (table && !form.total) form.missing.push('总分');
  return form;
}
