/**
 * 部门整体支出绩效评价指标（评分）表: one indicator table (一级 / 二级 / 三级指标, 分值, 评分标准,
 * 自评得分, 扣分原因), with or without a title; the total in a 总分 row or in the header.
 */
import { FORM_DEFAULT_UNIT } from '../forms/kinds';
import type { IndicatorForm } from '../model';
import { titleOf } from './common';
import { findLabel, labelledText } from './find';
import { readHeaderTotal } from './headerTotal';
import { readIndicatorSection } from './indicators';
import { normHeader } from './labelText';
import type { FormRegion } from './regions';
import type { SheetView } from './sheetView';

export function recognizeIndicatorForm(view: SheetView, region: FormRegion): IndicatorForm {
  const title = titleOf(view, region);
  const form: IndicatorForm = {
    kind: 'indicator',
    sheet: view.grid.name,
    top: region.top,
    bottom: region.bottom,
    unit: FORM_DEFAULT_UNIT.indicator,
    year: title.year,
    titleCell: title.cell,
    missing: [],
    unitName: null,
    indicators: [],
    total: null,
    grade: null,
  };
  const unitAt = findLabel(view, region, (t) =>
    /^(填报|评价)?单位(名称)?$|^部门/.test(normHeader(t.replace(/[:：].*$/, ''))),
  );
  if (unitAt) form.unitName = labelledText(view, unitAt, /^[^:：]*/) || null;
  const table = readIndicatorSection(view, region, form, '自评得分');
  if (table && !form.total) form.total = readHeaderTotal(view, region, table.headerRow);
  return form;
}
