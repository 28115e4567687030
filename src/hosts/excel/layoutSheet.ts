/**
 * Queues one SheetPlan as a new worksheet: values as one 2-D array, number formats as another,
 * merges, grouped style runs, column widths, row heights; validation and print setup where the
 * host supports them (printSetup.ts). Nothing here syncs.
 */
import type { CellValue } from '../../core/grid';
import type { HAlign, SheetPlan, VAlign } from '../../layout/plan';
import { columnsA1, rangeA1, rowsA1 } from './addresses';
import type { BorderSide, ExcelContext, ExcelRange, ExcelWorksheet } from './api';
import type { Features } from './capabilities';
import { queuePlanHighlights } from './highlight';
import { queuePageSetup, queueValidations } from './printSetup';
import { numberFormatGrid, styleRuns, type StyleRun } from './styleRuns';

/**
 * Excel's width in characters -> points. Excel turns a width of w characters into
 * trunc(((256·w + trunc(128/7)) / 256) · 7) pixels for the default 7-pixel digit (Calibri 11),
 * and a pixel is 0.75 pt. This is the conversion the xlsx host's widths get when Excel opens the
 * file, so a form laid out by either host has the same columns.
 */
export function widthToPoints(chars: number): number {
  const pixels = Math.trunc(((256 * chars + Math.trunc(128 / 7)) / 256) * 7);
  return pixels * 0.75;
}

const H_ALIGN: Record<HAlign, 'Left' | 'Center' | 'Right'> = {
  left: 'Left',
  center: 'Center',
  right: 'Right',
};
const V_ALIGN: Record<VAlign, 'Top' | 'Center' | 'Bottom'> = {
  top: 'Top',
  middle: 'Center',
  bottom: 'Bottom',
};

const EDGES: BorderSide[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];

function plannedExtent(plan: SheetPlan): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const c of plan.cells) {
    rows = Math.max(rows, c.row + 1);
    cols = Math.max(cols, c.col + 1);
  }
  for (const { range } of plan.styles) {
    rows = Math.max(rows, range.bottom + 1);
    cols = Math.max(cols, range.right + 1);
  }
  return { rows, cols };
}

function applyRun(range: ExcelRange, run: StyleRun, features: Features): void {
  const { format } = range;
  const { value } = run;
  switch (run.property) {
    case 'fontName':
      format.font.name = String(value);
      return;
    case 'fontSize':
      format.font.size = Number(value);
      return;
    case 'bold':
      format.font.bold = value === true;
      return;
    case 'hAlign':
      format.horizontalAlignment = H_ALIGN[value as HAlign];
      return;
    case 'vAlign':
      format.verticalAlignment = V_ALIGN[value as VAlign];
      return;
    case 'wrap':
      format.wrapText = value === true;
      return;
    case 'indent':
      // indentLevel is ExcelApi 1.9; below it sub-lines print flush left.
      if (features.pageSetup) format.indentLevel = Number(value);
      return;
    case 'fill':
      format.fill.color = String(value);
      return;
    case 'border': {
      const sides = [...EDGES];
      // Inside edges exist only in a range more than one cell across or down.
      if (run.range.right > run.range.left) sides.push('InsideVertical');
      if (run.range.bottom > run.range.top) sides.push('InsideHorizontal');
      for (const side of sides) {
        const border = format.borders.getItem(side);
        // Colour left automatic (black): one statement fewer per edge, same print.
        border.style = 'Continuous';
        border.weight = 'Thin';
      }
      return;
    }
  }
}

function queueSizes(sheet: ExcelWorksheet, plan: SheetPlan): void {
  plan.columnWidths.forEach((chars, col) => {
    sheet.getRange(columnsA1(col, col)).format.columnWidth = widthToPoints(chars);
  });
  // Consecutive rows of one height share a range: one assignment instead of several.
  const rows = Object.entries(plan.rowHeights)
    .map(([row, height]) => [Number(row), height] as const)
    .sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (
      j + 1 < rows.length &&
      rows[j + 1][0] === rows[j][0] + 1 &&
      rows[j + 1][1] === rows[i][1]
    )
      j += 1;
    sheet.getRange(rowsA1(rows[i][0], rows[j][0])).format.rowHeight = rows[i][1];
    i = j + 1;
  }
}

function queueCells(sheet: ExcelWorksheet, plan: SheetPlan, rows: number, cols: number): void {
  if (rows === 0 || cols === 0) return;
  const all = { top: 0, left: 0, bottom: rows - 1, right: cols - 1 };
  // null leaves a cell alone: the new sheet's other cells stay empty.
  const values: (CellValue | null)[][] = Array.from({ length: rows }, () =>
    Array<CellValue>(cols).fill(null),
  );
  for (const cell of plan.cells) values[cell.row][cell.col] = cell.value;
  sheet.getRange(rangeA1(all)).values = values;
  sheet.getRange(rangeA1(all)).numberFormat = numberFormatGrid(plan.styles, rows, cols);
}

/** Queues the plan into a new sheet called `name`; returns the sheet's proxy. */
export function queuePlan(
  ctx: ExcelContext,
  plan: SheetPlan,
  name: string,
  features: Features,
): ExcelWorksheet {
  const sheet = ctx.workbook.worksheets.add(name);
  const { rows, cols } = plannedExtent(plan);
  queueSizes(sheet, plan);
  queueCells(sheet, plan, rows, cols);
  for (const m of plan.merges) sheet.getRange(rangeA1(m)).merge(false);
  // One proxy per distinct rectangle, shared by every property laid on it.
  const ranges = new Map<string, ExcelRange>();
  for (const run of styleRuns(plan.styles)) {
    const address = rangeA1(run.range);
    let range = ranges.get(address);
    if (!range) {
      range = sheet.getRange(address);
      ranges.set(address, range);
    }
    applyRun(range, run, features);
  }
  if (features.dataValidation) queueValidations(sheet, plan.validations);
  if (features.pageSetup) queuePageSetup(sheet, plan);
  if (features.conditionalFormats) queuePlanHighlights(sheet, plan);
  return sheet;
}
