/** What every form has: a title (with its year) and a money unit. */
import type { MoneyUnit } from '../forms/kinds';
import type { Cell } from '../model';
import { moneyUnitFromText } from '../numbers/units';
import { findLabel, yearIn } from './find';
import type { FormRegion } from './regions';
import type { SheetView } from './sheetView';

export function titleOf(
  view: SheetView,
  region: FormRegion,
): { cell: Cell | null; year: number | null } {
  if (region.titleRow === null || region.titleCol === null) return { cell: null, year: null };
  const cell = view.cell(region.titleRow, region.titleCol);
  return { cell, year: yearIn(view.text(cell.row, cell.col)) };
}

/** `单位：万元`, `金额单位：元`, `（元）` near the top of the form, or in a 项目资金（万元） label. */
export function regionUnit(view: SheetView, region: FormRegion): MoneyUnit | null {
  const at = findLabel(
    view,
    region,
    (t) =>
      /单位[:：]?(人民币)?(亿元|万元|元)/.test(t) ||
      /^\((亿元|万元|元)\)$/.test(t) ||
      /项目资金\((亿元|万元|元)\)/.test(t),
  );
  return at ? moneyUnitFromText(view.text(at.row, at.col).replace(/^.*单位/, '')) : null;
}
