/**
 * The cells a workbook highlights when over 100%, so a printed or shared workbook shows them
 * without the add-in: every 执行率 of 附件2 (整体支出规模) and 附件3 (项目资金), and 附件1's
 * 控制率 (over establishment).
 */
import type { Cell, CellValue, Form } from '../core';

export interface RateCell {
  sheet: string;
  row: number;
  col: number;
  address: string;
  /** As read, before the recalculation's writes. */
  value: CellValue;
}

/** Light red fill, dark red text: Excel's own "Light Red Fill with Dark Red Text" preset. */
export const OVER_FILL = '#FFC7CE';
export const OVER_FONT = '#9C0006';

export function rateCells(forms: readonly Form[]): RateCell[] {
  const cells: RateCell[] = [];
  const add = (sheet: string, cell: Cell | null) => {
    if (cell)
      cells.push({ sheet, row: cell.row, col: cell.col, address: cell.address, value: cell.value });
  };
  for (const form of forms) {
    if (form.kind === 'base') add(form.sheet, form.controlRate);
    else if (form.kind !== 'indicator') for (const line of form.funds) add(form.sheet, line.rate);
  }
  return cells;
}
