/**
 * Over-100% rate cells in .xlsx files (`selfeval template`, `demo`, `check --fix`): a
 * conditional format (cell value > 1 -> light red fill, dark red text), so the file shows the
 * over-budget lines in Excel or on paper without the add-in. Never added twice to one cell.
 */
import type ExcelJS from 'exceljs';
import type { CellHighlight } from '../../core';
import { OVER_FILL, OVER_FONT } from '../../layout/rateCells';

const argb = (hex: string): string => `FF${hex.replace('#', '')}`;

function hasRule(sheet: ExcelJS.Worksheet, ref: string): boolean {
  // ExcelJS keeps the sheet's rules in the public model; there is no typed accessor for them.
  const model: unknown = sheet.model;
  const list =
    typeof model === 'object' && model !== null && 'conditionalFormattings' in model
      ? model.conditionalFormattings
      : [];
  return (
    Array.isArray(list) &&
    list.some((cf: unknown) => {
      return typeof cf === 'object' && cf !== null && 'ref' in cf && cf.ref === ref;
    })
  );
}

/** The evaluation's highlights (`formats`) as conditional formats; returns how many were added. */
export function addRateHighlights(
  workbook: ExcelJS.Workbook,
  formats: readonly CellHighlight[],
): number {
  let added = 0;
  for (const cell of formats) {
    const sheet = workbook.getWorksheet(cell.sheet);
    if (!sheet || hasRule(sheet, cell.address)) continue;
    sheet.addConditionalFormatting({
      ref: cell.address,
      rules: [
        {
          type: 'cellIs',
          operator: 'greaterThan',
          formulae: [1],
          priority: 1,
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(OVER_FILL) } },
            font: { color: { argb: argb(OVER_FONT) } },
          },
        },
      ],
    });
    added += 1;
  }
  return added;
}
