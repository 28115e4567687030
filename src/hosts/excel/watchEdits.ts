/**
 * 编辑时自动重算 on (watch.ts): a local edit of a form sheet, or a block pasted over a sheet's
 * top-left corner, is recalculated by the session after a quiet time, with policy `caused`. A
 * recalculation that met the user's cell edit runs again when the edit ends; any other failure is
 * reported and its work runs again with the next edit.
 */
import type { ActionError, HostEvaluation } from '../../app/actions';
import { toActionError } from '../../app/actionError';
import type { ExcelContext, ExcelWorksheetChangedArgs } from './api';
import { debounce, type Timers } from './debounce';
import { isCellEditMode } from './errors';
import type { WorkbookSession } from './session';
import type { SheetRef } from './sessionState';
import { isPasteOverProbe } from './sheetProbe';
import { listenTo, structureHandlers, unlisten, type Listening } from './watchHandlers';
import { Work } from './watchWork';

/** How soon a recalculation that met a cell edit is tried again, if no event comes first. */
export const CELL_EDIT_RETRY_MS = 2000;

interface Watching extends Listening {
  onEvaluation(evaluation: HostEvaluation): void;
  onError(error: ActionError): void;
}

/** The watch's `watch`: starts recalculating on edits; resolves to the function that stops. */
export function createEditWatch(session: WorkbookSession, debounceMs: number, timers: Timers) {
  let watching: Watching | null = null;
  const work = new Work();
  /** A recalculation met a cell edit: the next event (the edit's end) retries it. */
  let waitingForEdit = false;
  /** The watch was stopped: changes since may not have been seen. */
  let unseen = false;
  let running = false;

  const onChanged = (w: Watching) => async (args: ExcelWorksheetChangedArgs) => {
    if (!w.active || args.triggerSource === 'ThisLocalAddin') return;
    if (session.isOwnChange(args.worksheetId, args.address)) return;
    const form = session.isForm(args.worksheetId);
    if (args.source === 'Remote') {
      // A co-author's change: not the user's edit. Read again with the next recalculation.
      if (form) work.reread.add(args.worksheetId);
      return;
    }
    if (form) work.reread.add(args.worksheetId);
    else if (isPasteOverProbe(args.address)) work.pasted.add(args.worksheetId);
    // Typing in a ledger costs nothing, unless a recalculation waits for a cell edit to end.
    else if (!waitingForEdit) return;
    later.schedule();
  };

  /** Adds change handlers to the sheets that have none; syncs them if there are any. */
  async function register(ctx: ExcelContext, sheets: readonly SheetRef[]): Promise<void> {
    const w = watching;
    if (!w?.active) return;
    await listenTo(ctx, w, sheets, onChanged(w));
  }

  async function flush(): Promise<void> {
    if (running) return; // the loop below picks the new work up
    running = true;
    try {
      while (watching?.active && work.due) {
        const w = watching;
        const taken = work.take();
        let evaluation: HostEvaluation;
        try {
          evaluation = await session.recalculate(taken.scope(), 'caused');
        } catch (error) {
          // Nothing was remembered of it: the same work runs again.
          work.merge(taken);
          if (isCellEditMode(error)) {
            waitingForEdit = true;
            retry.schedule();
          } else w.onError(toActionError(error, 'recalculate'));
          return;
        }
        waitingForEdit = false;
        retry.cancel();
        if (w.active) w.onEvaluation(evaluation);
      }
    } finally {
      running = false;
    }
  }

  const later = debounce(() => void flush(), debounceMs, timers);
  const retry = debounce(() => void flush(), CELL_EDIT_RETRY_MS, timers);

  async function stop(w: Watching): Promise<void> {
    if (watching === w) {
      watching = null;
      session.onSheets = null;
      later.cancel();
      retry.cancel();
      // What changes from now on is not seen: the next watch reads the workbook first.
      unseen = true;
    }
    await unlisten(w);
  }

  return async function watch(
    onEvaluation: (evaluation: HostEvaluation) => void,
    onError: (error: ActionError) => void,
  ): Promise<() => void> {
    if (watching) await stop(watching);
    const w: Watching = { active: true, onEvaluation, onError, sheets: new Map(), others: [] };
    watching = w;
    session.onSheets = register;
    try {
      // The sheets to watch: the pane's first check read them (else read them now). After a
      // time unwatched, the workbook is read again (writing nothing) and shown first.
      if (!session.filled) await session.check();
      else if (unseen) {
        const evaluation = await session.check();
        unseen = false;
        work.take(); // that read saw it all
        if (w.active) w.onEvaluation(evaluation);
      }
      await session.run(async (ctx) => {
        structureHandlers(session, ctx, w, work, later);
        await register(ctx, session.sheets());
        await ctx.sync();
      });
    } catch (error) {
      await stop(w);
      throw toActionError(error, 'recalculate');
    }
    return () => void stop(w);
  };
}
