/**
 * Queues one SheetPlan as a new worksheet: values as one 2-D array, number formats as another,
 * grouped style runs; merges, column widths and row heights from ExcelApi 1.2; validation, print
 * setup and highlights where the host supports them (printSetup.ts, highlight.ts). Nothing here
 * syncs. planRequestBytes tells what it adds to a request, statement by statement.
 */
import type { CellValue } from '../../core/grid';
import type { HAlign, SheetPlan, VAlign } from '../../layout/plan';
import { columnsA1, rangeA1, rowsA1 } from './addresses';
import type { BorderSide, ExcelContext, ExcelRange, ExcelWorksheet } from './api';
import type { Features } from './capabilities';
import { planHighlightBytes, queuePlanHighlights } from './highlight';
import { pageSetupBytes, queuePageSetup, queueValidations, validationBytes } from './printSetup';
import { actionBytes, jsonBytes, pathBytes, PATH_BYTES, ACTION_BYTES } from './requestSize';
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

export function plannedExtent(plan: SheetPlan): { rows: number; cols: number } {
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

/** The plan's cells as one values array (null leaves a cell alone: the others stay empty). */
function valueGrid(plan: SheetPlan, rows: number, cols: number): (CellValue | null)[][] {
  const values: (CellValue | null)[][] = Array.from({ length: rows }, () =>
    Array<CellValue>(cols).fill(null),
  );
  for (const cell of plan.cells) values[cell.row][cell.col] = cell.value;
  return values;
}

function queueCells(sheet: ExcelWorksheet, plan: SheetPlan, rows: number, cols: number): void {
  if (rows === 0 || cols === 0) return;
  const all = rangeA1({ top: 0, left: 0, bottom: rows - 1, right: cols - 1 });
  sheet.getRange(all).values = valueGrid(plan, rows, cols);
  sheet.getRange(all).numberFormat = numberFormatGrid(plan.styles, rows, cols);
}

/** Consecutive rows of one height: one assignment each. */
function rowHeightRuns(plan: SheetPlan): number {
  const rows = Object.entries(plan.rowHeights)
    .map(([row, height]) => [Number(row), height] as const)
    .sort((a, b) => a[0] - b[0]);
  return rows.filter((r, i) => i === 0 || r[0] !== rows[i - 1][0] + 1 || r[1] !== rows[i - 1][1])
    .length;
}

/** Statements of one style run on a range (its own path and action; borders: one per side). */
function runBytes(run: StyleRun): number {
  if (run.property !== 'border') return PATH_BYTES + actionBytes(run.value);
  const sides =
    4 + (run.range.right > run.range.left ? 1 : 0) + (run.range.bottom > run.range.top ? 1 : 0);
  return PATH_BYTES + sides * (pathBytes('InsideHorizontal') + 2 * actionBytes('Continuous'));
}

/** What queuePlan adds to a request, statement by statement (requestSize.ts). */
export function planRequestBytes(plan: SheetPlan, features: Features): number {
  const { rows, cols } = plannedExtent(plan);
  let bytes = pathBytes(plan.sheetName) + ACTION_BYTES; // the new sheet, shown first
  if (rows > 0 && cols > 0) {
    const all = rangeA1({ top: 0, left: 0, bottom: rows - 1, right: cols - 1 });
    bytes += 2 * pathBytes(all) + ACTION_BYTES + jsonBytes(valueGrid(plan, rows, cols));
    bytes += ACTION_BYTES + jsonBytes(numberFormatGrid(plan.styles, rows, cols));
  }
  if (features.cellLayout) {
    const sizes = plan.columnWidths.length + rowHeightRuns(plan);
    bytes += sizes * (2 * pathBytes('A:ZZ') + actionBytes(999.75));
    bytes += plan.merges.length * (pathBytes('AA100:AB200') + actionBytes(false));
  }
  const runs = styleRuns(plan.styles);
  const ranges = new Set(runs.map((run) => rangeA1(run.range)));
  bytes += ranges.size * 2 * pathBytes('AA100:AB200');
  for (const run of runs) bytes += runBytes(run);
  if (features.dataValidation) bytes += validationBytes(plan.validations);
  if (features.pageSetup) bytes += pageSetupBytes(plan);
  if (features.conditionalFormats) bytes += planHighlightBytes(plan);
  return bytes;
}

export interface QueuedSheet {
  sheet: ExcelWorksheet;
  /** The highlight memo keys of its rate cells (ruled where conditional formats exist). */
  highlighted: string[];
}

/** Queues the plan into a new sheet called `name`. */
export function queuePlan(
  ctx: ExcelContext,
  plan: SheetPlan,
  name: string,
  features: Features,
): QueuedSheet {
  const sheet = ctx.workbook.worksheets.add(name);
  const { rows, cols } = plannedExtent(plan);
  // Sizes and merges are ExcelApi 1.2: on 1.1 the form keeps Excel's default widths, unmerged.
  if (features.cellLayout) queueSizes(sheet, plan);
  queueCells(sheet, plan, rows, cols);
  if (features.cellLayout) for (const m of plan.merges) sheet.getRange(rangeA1(m)).merge(false);
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
  const highlighted = features.conditionalFormats ? queuePlanHighlights(sheet, plan, name) : [];
  return { sheet, highlighted };
}
