/** Puts values into a laid-out plan by field key (the demo workbook, tests). */
import type { CellValue } from '../core/grid';
import type { PlanCell, SheetPlan } from './plan';
import { paginate } from './paginate';
import { fitRowHeights } from './rowHeights';

/** A value, or a value printed with a number format of its own (e.g. the seed's `0%`). */
export type FieldValue = CellValue | { value: CellValue; numberFormat: string };

function isFormatted(v: FieldValue): v is { value: CellValue; numberFormat: string } {
  return typeof v === 'object' && v !== null;
}

/**
 * Returns a copy of the plan with each keyed field set (null empties it), formats layered on
 * top of the layout's, row heights grown to fit the new text and page breaks placed to keep
 * each 二级 on one page. An unknown key throws: a
 * misspelt key would otherwise drop a figure silently.
 */
export function fillFields(plan: SheetPlan, values: Record<string, FieldValue>): SheetPlan {
  const cells = new Map<string, PlanCell>(plan.cells.map((c) => [`${c.row}:${c.col}`, c]));
  const styles = [...plan.styles];
  for (const [key, fieldValue] of Object.entries(values)) {
    const at = plan.fields[key];
    if (!at) throw new Error(`fillFields: ${plan.sheetName} has no field ${key}`);
    const value = isFormatted(fieldValue) ? fieldValue.value : fieldValue;
    const cellKey = `${at.row}:${at.col}`;
    if (value === null) cells.delete(cellKey);
    else cells.set(cellKey, { row: at.row, col: at.col, value });
    if (isFormatted(fieldValue)) {
      const range = { top: at.row, left: at.col, bottom: at.row, right: at.col };
      styles.push({ range, style: { numberFormat: fieldValue.numberFormat } });
    }
  }
  const sorted = [...cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  // Filled text settles the row heights, so this is when page breaks can be placed.
  return paginate(fitRowHeights({ ...plan, cells: sorted, styles }));
}
