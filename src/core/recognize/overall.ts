/**
 * 附件2 部门整体支出绩效自评表, found by its labels: the seed's layout (整体支出规模 by source and
 * structure) or the project-table layout of the newer Hunan and the Anhui templates (预算资金 /
 * 年度预算申请 with 年初预算数 … 得分, 按收入性质分, 按支出性质分); both read as one funds block.
 */
import { FORM_DEFAULT_UNIT } from '../forms/kinds';
import type { OverallForm } from '../model';
import { regionUnit, titleOf } from './common';
import { findLabel, labelledText } from './find';
import { readFundsBlock } from './funds';
import { readHeaderTotal } from './headerTotal';
import { readIndicatorSection } from './indicators';
import { normHeader } from './labelText';
import type { FormRegion } from './regions';
import type { SheetView } from './sheetView';

/** `部门（单位）名称`, `部门（单位）`, `部门`, `单位名称`; never `单位：元`. */
const UNIT_NAME = /^(部门\(单位\)|部门|单位)名称$|^部门(\(单位\))?$/;

/**
 * `部门（单位）名称：XX` in one cell, or XX in the next non-empty cell to its right; where a
 * template names none, its 主管部门 (the department the whole-department table is about).
 */
function readUnitName(view: SheetView, region: FormRegion): string | null {
  for (const pattern of [UNIT_NAME, /^主管部门$/]) {
    const at = findLabel(view, region, (t) => pattern.test(normHeader(t.replace(/[:：].*$/, ''))));
    const name = at ? labelledText(view, at, /^[^:：]*/) : null;
    if (name) return name;
  }
  return null;
}

export function recognizeOverall(view: SheetView, region: FormRegion): OverallForm {
  const title = titleOf(view, region);
  const form: OverallForm = {
    kind: 'overall',
    sheet: view.grid.name,
    top: region.top,
    bottom: region.bottom,
    unit: FORM_DEFAULT_UNIT.overall,
    year: title.year,
    titleCell: title.cell,
    missing: [],
    unitName: readUnitName(view, region),
    funds: [],
    indicators: [],
    total: null,
    grade: null,
  };
  if (form.unitName === null) form.missing.push('部门（单位）名称');

  const funds = readFundsBlock(view, region);
  form.unit = regionUnit(view, region) ?? funds?.unit ?? FORM_DEFAULT_UNIT.overall;
  if (!funds) form.missing.push('整体支出规模');
  else {
    form.funds = funds.lines;
    const has = (key: string) => funds.lines.some((l) => l.key === key);
    if (!has('total')) {
      if (!has('fiscal')) form.missing.push('财政拨款');
      if (!has('basic')) form.missing.push('基本支出');
      if (!has('project')) form.missing.push('项目支出');
    }
    if (funds.cols.rate === undefined) form.missing.push('执行率');
  }

  const table = readIndicatorSection(view, region, form, '自评得分', funds?.lastRow ?? region.top);
  if (!form.total) form.total = readHeaderTotal(view, region, funds?.headerRow ?? region.bottom);
  if (table && !form.total) form.missing.push('总分');
  return form;
}
