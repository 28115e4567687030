/**
 * 设置打印格式 (ExcelApi 1.9) for every form sheet, hand-made ones too: A4, 附件1 portrait,
 * 附件2/3 landscape, one page wide, title rows repeated, page footer, print area = the form.
 *
 * Round trips: the form read (1 when its memo is current) with the column widths of the known
 * form sheets riding on it, then 1 for the page setup. Only sheets new since the last read, or a
 * form wider than the widths loaded, cost one more.
 */
import { evaluate, type Settings } from '../../core';
import { fitScale } from '../../layout/printScale';
import { printTargets } from '../../layout/printTargets';
import { columnsA1 } from './addresses';
import type { ExcelContext, ExcelRangeFormat } from './api';
import type { Features } from './capabilities';
import { queuePageLayout } from './printSetup';
import { readForms, type SheetMemo } from './readForms';

/** Columns A:Z: every official attachment fits, so one load per known sheet suffices. */
const WIDTH_COLUMNS = 26;

type WidthLoads = Map<string, ExcelRangeFormat[]>;

function queueWidths(ctx: ExcelContext, loads: WidthLoads, sheet: string, count: number): void {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  const formats = Array.from({ length: count }, (_, col) =>
    ws.getRange(columnsA1(col, col)).format.load('columnWidth'),
  );
  loads.set(sheet.toLowerCase(), formats);
}

/** The loaded widths of columns 0..right, or null when they were not (all) loaded. */
function widthsOf(loads: WidthLoads, sheet: string, right: number): number[] | null {
  const formats = loads.get(sheet.toLowerCase());
  if (!formats || formats.length <= right) return null;
  try {
    return formats.slice(0, right + 1).map((f) => f.columnWidth);
  } catch {
    // A batch that failed (a renamed sheet: readForms starts over) left them unloaded.
    return null;
  }
}

export interface PrintResult {
  sheets: string[];
  memo: SheetMemo;
}

export async function setupPrintForms(
  ctx: ExcelContext,
  features: Features,
  memo: SheetMemo | null,
  settings: Partial<Settings>,
): Promise<PrintResult> {
  const loads: WidthLoads = new Map();
  for (const sheet of memo?.forms ?? []) queueWidths(ctx, loads, sheet, WIDTH_COLUMNS);
  const read = await readForms(ctx, features, memo);
  const targets = printTargets(evaluate(read.grids, settings).forms, read.grids);
  const missing = targets.filter((t) => !widthsOf(loads, t.sheet, t.setup.printArea.right));
  for (const t of missing) {
    queueWidths(ctx, loads, t.sheet, Math.max(WIDTH_COLUMNS, t.setup.printArea.right + 1));
  }
  if (missing.length > 0) await ctx.sync();
  for (const { sheet, setup } of targets) {
    const widths = widthsOf(loads, sheet, setup.printArea.right) ?? [];
    const ws = ctx.workbook.worksheets.getItem(sheet);
    queuePageLayout(ws, setup, fitScale(widths, setup));
  }
  if (targets.length > 0) await ctx.sync();
  return { sheets: targets.map((t) => t.sheet), memo: read.memo };
}
