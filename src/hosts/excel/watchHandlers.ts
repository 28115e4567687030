/**
 * The event handlers a watch (watchEdits.ts, watchStale.ts) lays on the workbook: a sheet's
 * onChanged, the worksheet collection's onAdded, onDeleted and onNameChanged (from ExcelApi
 * 1.17), and their removal, each in the context that added it.
 */
import type { ExcelContext, ExcelEventHandlerResult, ExcelWorksheetChangedArgs } from './api';
import type { Debounced } from './debounce';
import type { WorkbookSession } from './session';
import type { SheetRef } from './sessionState';
import type { Work } from './watchWork';

export interface Registration {
  result: ExcelEventHandlerResult;
  ctx: ExcelContext;
}

/** Handlers laid on the workbook: a sheet's onChanged, the collection's events. */
export interface Listening {
  active: boolean;
  /** Sheet id -> its onChanged registration. */
  sheets: Map<string, Registration>;
  others: Registration[];
}

/** Adds `handler` to the sheets that have none; syncs them if there are any. */
export async function listenTo(
  ctx: ExcelContext,
  w: Listening,
  sheets: readonly SheetRef[],
  handler: (args: ExcelWorksheetChangedArgs) => Promise<void>,
): Promise<void> {
  let added = false;
  for (const { id } of sheets) {
    if (w.sheets.has(id)) continue;
    const result = ctx.workbook.worksheets.getItem(id).onChanged.add(handler);
    w.sheets.set(id, { result, ctx });
    added = true;
  }
  if (!added) return;
  try {
    await ctx.sync();
  } catch (error) {
    // Not registered after all: the next recalculation tries again.
    for (const { id } of sheets) if (w.sheets.get(id)?.ctx === ctx) w.sheets.delete(id);
    throw error;
  }
}

/**
 * Sheets added, deleted (a form) or renamed (a form): `into` gets the work, `then` runs (the
 * recalculation's debounce, or the stale report's); `onAdded` replaces the default for a new
 * sheet (the whole workbook read again).
 */
export function structureHandlers(
  session: WorkbookSession,
  ctx: ExcelContext,
  w: Listening,
  into: Work,
  then: Debounced,
  onAdded?: (worksheetId: string) => Promise<void>,
): void {
  const sheets = ctx.workbook.worksheets;
  const local = (source: string) => w.active && source !== 'Remote';
  const added = sheets.onAdded.add(async (args) => {
    if (!local(args.source)) return;
    if (onAdded) return onAdded(args.worksheetId);
    into.full = true;
    then.schedule();
  });
  const deleted = sheets.onDeleted.add(async (args) => {
    w.sheets.delete(args.worksheetId);
    // The cross-sheet checks change with a form sheet gone.
    if (!local(args.source) || !session.isForm(args.worksheetId)) return;
    into.structure = true;
    then.schedule();
  });
  w.others.push({ result: added, ctx }, { result: deleted, ctx });
  if (!session.features.renameEvents) return;
  const renamed = sheets.onNameChanged.add(async (args) => {
    if (!local(args.source) || !session.isForm(args.worksheetId)) return;
    // The flags name sheets: the sheet list is read again (no write unless a value changed).
    into.structure = true;
    then.schedule();
  });
  w.others.push({ result: renamed, ctx });
}

/** Removes a listener's handlers, each in the context that added it. */
export async function unlisten(w: Listening): Promise<void> {
  w.active = false;
  // A handler is removed in the context that added it (Office.js); the handlers also check
  // `active`, so a removal that fails leaves only a handler that does nothing.
  const byContext = new Map<ExcelContext, ExcelEventHandlerResult[]>();
  for (const r of [...w.sheets.values(), ...w.others]) {
    byContext.set(r.ctx, [...(byContext.get(r.ctx) ?? []), r.result]);
  }
  for (const [ctx, results] of byContext) {
    for (const result of results) result.remove();
    await ctx.sync().catch(() => undefined);
  }
}
