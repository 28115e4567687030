/**
 * 编辑时自动重算: which change events call for a recalculation, and when. The recalculation
 * itself is the session's (session.ts); this file only filters and debounces:
 *
 *   - change handlers on every sheet, but only a form sheet's edits cost a round trip (a
 *     ledger's typing costs nothing; a block pasted over a sheet's top-left corner costs one
 *     probe, so a form pasted into a blank sheet is watched from then on);
 *   - never the add-in's own writes (triggerSource on ExcelApi 1.14, the session's own-write
 *     guard below it);
 *   - never a co-author's change (source Remote): a form sheet a co-author changed is only read
 *     again with the next local recalculation;
 *   - a burst of edits is one recalculation, after a quiet time (debounce);
 *   - a recalculation that failed keeps its work: one that met the user's cell edit (where the
 *     office.js in use cannot make the batch wait) is retried when the edit ends — the next change
 *     event, or a retry timer for an edit left with Esc — and any other is retried with the next
 *     edit;
 *   - sheets added, deleted or renamed are followed through the worksheet collection's events
 *     (onNameChanged from 1.17; below, the next edit's read sees the new names);
 *   - an edit's recalculation rewrites only the derived cells the edit changed (policy
 *     `caused`, writePolicy.ts), never the other forms' typed values.
 *
 * While 编辑时自动重算 is off, watchStale listens instead: a local change to a form sheet is
 * reported (debounced) and nothing is read or written. When the watch starts again after having
 * been stopped, it reads the workbook once without writing (changes made meanwhile are not the
 * next edit's) and hands that evaluation to the pane first.
 */
import type { ActionError, HostEvaluation } from '../../app/actions';
import { toActionError } from '../../app/actionError';
import type { ExcelContext, ExcelEventHandlerResult, ExcelWorksheetChangedArgs } from './api';
import { debounce, systemTimers, type Debounced, type Timers } from './debounce';
import { isCellEditMode } from './errors';
import type { WorkbookSession } from './session';
import type { ReadScope, SheetRef } from './sessionState';
import { isPasteOverProbe } from './sheetProbe';

export interface WatchOptions {
  /** Quiet time after the last edit before recalculating (ms). */
  debounceMs?: number;
  timers?: Timers;
}

export const DEFAULT_DEBOUNCE_MS = 300;
/** How soon a recalculation that met a cell edit is tried again, if no event comes first. */
export const CELL_EDIT_RETRY_MS = 2000;

export interface Watcher {
  watch(
    onEvaluation: (evaluation: HostEvaluation) => void,
    onError: (error: ActionError) => void,
  ): Promise<() => void>;
  /** While 编辑时自动重算 is off: `onStale` after a burst of changes to the forms. */
  watchStale(onStale: () => void): Promise<() => void>;
}

interface Registration {
  result: ExcelEventHandlerResult;
  ctx: ExcelContext;
}

/** Handlers laid on the workbook: a sheet's onChanged, the collection's events. */
interface Listening {
  active: boolean;
  /** Sheet id -> its onChanged registration. */
  sheets: Map<string, Registration>;
  others: Registration[];
}

interface Watching extends Listening {
  onEvaluation(evaluation: HostEvaluation): void;
  onError(error: ActionError): void;
}

/** What is waiting to be recalculated. */
class Work {
  /** The whole workbook (a sheet was added). */
  full = false;
  /** Sheets deleted or renamed: the sheet list is read again. */
  structure = false;
  readonly reread = new Set<string>();
  readonly pasted = new Set<string>();

  get due(): boolean {
    return this.full || this.structure || this.reread.size > 0 || this.pasted.size > 0;
  }

  /** Takes everything, leaving this empty. */
  take(): Work {
    const taken = new Work();
    taken.merge(this);
    this.full = false;
    this.structure = false;
    this.reread.clear();
    this.pasted.clear();
    return taken;
  }

  merge(other: Work): void {
    this.full ||= other.full;
    this.structure ||= other.structure;
    for (const id of other.reread) this.reread.add(id);
    for (const id of other.pasted) this.pasted.add(id);
  }

  scope(): ReadScope {
    return this.full
      ? { kind: 'full' }
      : { kind: 'edit', reread: this.reread, pasted: this.pasted };
  }
}

export function createWatcher(session: WorkbookSession, options: WatchOptions = {}): Watcher {
  const timers = options.timers ?? systemTimers;
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

  async function listenTo(
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

  const later = debounce(() => void flush(), options.debounceMs ?? DEFAULT_DEBOUNCE_MS, timers);
  const retry = debounce(() => void flush(), CELL_EDIT_RETRY_MS, timers);

  /**
   * Sheets added, deleted (a form) or renamed (a form): `into` gets the work, `then` runs (the
   * recalculation's debounce, or the stale report's); `onAdded` replaces the default for a new
   * sheet (the whole workbook read again).
   */
  function structureHandlers(
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
  async function unlisten(w: Listening): Promise<void> {
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

  // --- While 编辑时自动重算 is off ---------------------------------------------------------

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
    options.debounceMs ?? DEFAULT_DEBOUNCE_MS,
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

  return {
    async watch(onEvaluation, onError) {
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
          structureHandlers(ctx, w, work, later);
          await register(ctx, session.sheets());
          await ctx.sync();
        });
      } catch (error) {
        await stop(w);
        throw toActionError(error, 'recalculate');
      }
      return () => void stop(w);
    },

    async watchStale(onStale) {
      if (staleListening) await stopStale(staleListening);
      const w = { active: true, onStale, sheets: new Map<string, Registration>(), others: [] };
      staleListening = w;
      try {
        // Handlers only: one round trip that reads nothing.
        await session.run(async (ctx) => {
          structureHandlers(ctx, w, staleWork, staleReport, onStaleAdded(w));
          await listenTo(ctx, w, session.sheets(), onStaleChange(w));
          await ctx.sync();
        });
      } catch (error) {
        await stopStale(w);
        throw toActionError(error, 'recalculate');
      }
      return () => void stopStale(w);
    },
  };
}
