/**
 * 设置打印格式 (ExcelApi 1.9) for every form sheet, hand-made ones too: A4, 附件1 portrait,
 * 附件2/3 landscape, one page wide, title rows repeated, page footer, print area = the form.
 *
 * Round trips: the form read (1 when its memo is current) with the column widths of the known
 * form sheets riding on it (one getColumnProperties per sheet, not a load per column), then the
 * page setup, in as few requests under the budget as it fits (one up to hundreds of sheets).
 * Only sheets new since the last read, or a form wider than the widths asked, cost one more.
 */
import { evaluate, type Settings } from '../../core';
import { fitScale } from '../../layout/printScale';
import { printTargets } from '../../layout/printTargets';
import { columnsA1 } from './addresses';
import type { ExcelColumnWidths, ExcelContext } from './api';
import type { Features } from './capabilities';
import { pageLayoutBytes, queuePageLayout } from './printSetup';
import { readForms, type SheetMemo } from './readForms';
import { queueWithinBudget } from './requestSize';

/** Columns A:Z: every official attachment fits, so one request per known sheet suffices. */
const WIDTH_COLUMNS = 26;

type WidthLoads = Map<string, { count: number; result: ExcelColumnWidths }>;

function queueWidths(ctx: ExcelContext, loads: WidthLoads, sheet: string, count: number): void {
  const row = ctx.workbook.worksheets.getItem(sheet).getRange(`${columnsA1(0, count - 1)}`);
  const result = row.getColumnProperties({ format: { columnWidth: true } });
  loads.set(sheet.toLowerCase(), { count, result });
}

/** The loaded widths of columns 0..right, or null when they were not (all) loaded. */
function widthsOf(loads: WidthLoads, sheet: string, right: number): number[] | null {
  const load = loads.get(sheet.toLowerCase());
  if (!load || load.count <= right) return null;
  try {
    return load.result.value.slice(0, right + 1).map((c) => c.format?.columnWidth ?? 0);
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
  const parts = targets.map(({ sheet, setup }) => ({
    bytes: pageLayoutBytes(setup),
    queue: () => {
      const widths = widthsOf(loads, sheet, setup.printArea.right) ?? [];
      const ws = ctx.workbook.worksheets.getItem(sheet);
      queuePageLayout(ws, setup, fitScale(widths, setup));
    },
  }));
  await queueWithinBudget(ctx, parts);
  if (targets.length > 0) await ctx.sync();
  return { sheets: targets.map((t) => t.sheet), memo: read.memo };
}
