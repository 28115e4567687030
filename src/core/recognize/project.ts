/** 附件3 项目支出绩效自评表, found by its labels. */
import { FORM_DEFAULT_UNIT } from '../forms/kinds';
import { FUND_LINES } from '../forms/project';
import type { ProjectForm } from '../model';
import { regionUnit, titleOf } from './common';
import { cellAt, cellRightOf, findHeaderRow, findLabel, headerColumns, valueRightOf } from './find';
import { readIndicatorSection } from './indicators';
import { readLineRows } from './lines';
import type { FormRegion } from './regions';
import { isEmptyValue } from './sheetView';
import type { SheetView } from './sheetView';

const FUND_HEADERS = {
  initial: /年初预算/,
  budget: /全年预算/,
  actual: /全年执行|执行数/,
  weight: /^分值/,
  rate: /执行率/,
  score: /得分/,
};

export function recognizeProject(view: SheetView, region: FormRegion): ProjectForm {
  const title = titleOf(view, region);
  const form: ProjectForm = {
    kind: 'project',
    sheet: view.grid.name,
    top: region.top,
    bottom: region.bottom,
    unit: regionUnit(view, region) ?? FORM_DEFAULT_UNIT.project,
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
  const nameAt = findLabel(view, region, (t) => /^项目(支出)?名称[:：]?$/.test(t));
  if (nameAt) {
    // The cell beside the label, unless a hand-made sheet left a spacer column between them.
    const beside = cellRightOf(view, nameAt);
    form.nameCell = isEmptyValue(beside) ? (valueRightOf(view, nameAt) ?? beside) : beside;
    form.name = form.nameCell ? view.text(form.nameCell.row, form.nameCell.col) || null : null;
  } else form.missing.push('项目支出名称');
  for (const label of ['主管部门', '实施单位']) {
    if (!findLabel(view, region, (t) => t.replace(/[:：]$/, '') === label))
      form.missing.push(label);
  }

  const fundRow = findHeaderRow(view, region, [/全年预算/, /全年执行|执行数/]);
  if (fundRow === null) form.missing.push('项目资金');
  else {
    const cols = headerColumns(view, fundRow, FUND_HEADERS);
    const first = Math.min(cols.initial ?? Infinity, cols.budget ?? Infinity);
    const rows = readLineRows(view, fundRow, first, FUND_LINES, region.bottom, (t) =>
      /年度总体目标|绩效指标|一级指标/.test(t),
    );
    for (const line of rows) {
      form.funds.push({
        key: line.key,
        label: line.label,
        labelCell: view.cell(line.row, line.labelCol),
        initial: cellAt(view, line.row, cols.initial),
        budget: cellAt(view, line.row, cols.budget),
        actual: cellAt(view, line.row, cols.actual),
        weight: cellAt(view, line.row, cols.weight),
        rate: cellAt(view, line.row, cols.rate),
        score: cellAt(view, line.row, cols.score),
      });
    }
    if (!rows.some((l) => l.key === 'total')) form.missing.push('年度资金总额');
    if (cols.rate === undefined) form.missing.push('执行率');
  }

  readIndicatorSection(view, region, form, '得分', fundRow ?? region.top);
  return form;
}
