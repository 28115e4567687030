/**
 * 编辑时自动重算 off (watch.ts): a local change to a form sheet, or a block pasted over a sheet's
 * top-left corner, is reported (debounced) as the pane's figures being stale; nothing is read or
 * written.
 */
import { toActionError } from '../../app/actionError';
import type { ExcelWorksheetChangedArgs } from './api';
import { debounce, type Timers } from './debounce';
import type { WorkbookSession } from './session';
import { isPasteOverProbe } from './sheetProbe';
import {
  listenTo,
  structureHandlers,
  unlisten,
  type Listening,
  type Registration,
} from './watchHandlers';
import { Work } from './watchWork';

/** The watch's `watchStale`: starts listening; resolves to the function that stops. */
export function createStaleWatch(session: WorkbookSession, debounceMs: number, timers: Timers) {
  /** A stale listener: what it has seen change (for nothing but the report) and its report. */
  let staleListening: (Listening & { onStale(): void }) | null = null;
  const staleWork = new Work();
  /** The session's reads at the last change seen: a full read since has seen them all. */
  let readsAtChange = 0;
  const staleReport = debounce(
    () => {
      const due = staleWork.due;
      staleWork.take();
      if (staleListening?.active && due && session.reads <= readsAtChange) staleListening.onStale();
    },
    debounceMs,
    timers,
  );

  const onStaleChange =
    (w: Listening) =>
    async (args: ExcelWorksheetChangedArgs): Promise<void> => {
      if (!w.active || args.triggerSource === 'ThisLocalAddin' || args.source === 'Remote') return;
      if (session.isOwnChange(args.worksheetId, args.address)) return;
      if (session.isForm(args.worksheetId)) staleWork.reread.add(args.worksheetId);
      else if (isPasteOverProbe(args.address) && !session.isSettingsSheet(args.worksheetId))
        staleWork.pasted.add(args.worksheetId);
      else return;
      readsAtChange = session.reads;
      staleReport.schedule();
    };

  /**
   * A sheet added while off (a new sheet is blank, and the add-in's own layout is shown by the
   * pane's check): nothing to report, but a form pasted into it later is.
   */
  const onStaleAdded =
    (w: Listening) =>
    async (worksheetId: string): Promise<void> => {
      await session
        .run(async (ctx) => {
          await listenTo(ctx, w, [{ id: worksheetId, name: '' }], onStaleChange(w));
        })
        .catch(() => undefined); // gone again, or Excel busy: that sheet goes unreported
    };

  async function stopStale(w: Listening): Promise<void> {
    if (staleListening === w) {
      staleListening = null;
      staleReport.cancel();
      staleWork.take();
    }
    await unlisten(w);
  }

  return async function watchStale(onStale: () => void): Promise<() => void> {
    if (staleListening) await stopStale(staleListening);
    const w = { active: true, onStale, sheets: new Map<string, Registration>(), others: [] };
    staleListening = w;
    try {
      // Handlers only: one round trip that reads nothing.
      await session.run(async (ctx) => {
        structureHandlers(session, ctx, w, staleWork, staleReport, onStaleAdded(w));
        await listenTo(ctx, w, session.sheets(), onStaleChange(w));
        await ctx.sync();
      });
    } catch (error) {
      await stopStale(w);
      throw toActionError(error, 'recalculate');
    }
    return () => void stopStale(w);
  };
}
