/** 附件2 部门整体支出绩效自评表, found by its labels. */
import { FORM_DEFAULT_UNIT } from '../forms/kinds';
import { SCALE_LINES } from '../forms/overall';
import type { OverallForm } from '../model';
import { regionUnit, titleOf } from './common';
import { cellAt, cellRightOf, findHeaderRow, findLabel, headerColumns, valueRightOf } from './find';
import { readIndicatorSection } from './indicators';
import { readLineRows } from './lines';
import type { FormRegion } from './regions';
import { isEmptyValue } from './sheetView';
import type { SheetView } from './sheetView';

const SCALE_HEADERS = {
  budget: /全年预算数|预算数/,
  actual: /全年执行数|执行数|决算数/,
  rate: /执行率/,
};

export function recognizeOverall(view: SheetView, region: FormRegion): OverallForm {
  const title = titleOf(view, region);
  const form: OverallForm = {
    kind: 'overall',
    sheet: view.grid.name,
    top: region.top,
    bottom: region.bottom,
    unit: regionUnit(view, region) ?? FORM_DEFAULT_UNIT.overall,
    year: title.year,
    titleCell: title.cell,
    missing: [],
    unitName: null,
    scale: [],
    indicators: [],
    total: null,
    grade: null,
  };
  const nameAt = findLabel(view, region, (t) => /^(部门\(单位\)|单位)名称[:：]?$/.test(t));
  if (nameAt) {
    // The cell beside the label, unless a hand-made sheet left a spacer column between them.
    const beside = cellRightOf(view, nameAt);
    const cell = isEmptyValue(beside) ? (valueRightOf(view, nameAt) ?? beside) : beside;
    form.unitName = cell ? view.text(cell.row, cell.col) || null : null;
  } else form.missing.push('部门（单位）名称');

  const scaleRow = findHeaderRow(view, region, [/全年预算数/, /全年执行数/]);
  if (scaleRow === null) form.missing.push('整体支出规模');
  else {
    const cols = headerColumns(view, scaleRow, SCALE_HEADERS);
    const first = Math.min(cols.budget ?? Infinity, cols.actual ?? Infinity);
    const rows = readLineRows(view, scaleRow, first, SCALE_LINES, region.bottom, (t) =>
      /年度总体目标|分解目标|一级指标/.test(t),
    );
    for (const line of rows) {
      form.scale.push({
        key: line.key,
        label: line.label,
        labelCell: view.cell(line.row, line.labelCol),
        budget: cellAt(view, line.row, cols.budget),
        actual: cellAt(view, line.row, cols.actual),
        rate: cellAt(view, line.row, cols.rate),
      });
    }
    for (const def of SCALE_LINES) {
      if (def.key !== 'other' && !rows.some((l) => l.key === def.key))
        form.missing.push(def.label.replace(/^.*）/, ''));
    }
    if (cols.rate === undefined) form.missing.push('执行率');
  }

  readIndicatorSection(view, region, form, '自评得分');
  return form;
}
