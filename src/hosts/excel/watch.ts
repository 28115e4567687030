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
 *     (onNameChanged from 1.17; below, the next edit's read sees the new names).
 */
import type { Evaluation } from '../../core';
import type { ActionError } from '../../app/actions';
import { toActionError } from '../../app/actionError';
import type { ExcelContext, ExcelEventHandlerResult, ExcelWorksheetChangedArgs } from './api';
import { debounce, systemTimers, type Timers } from './debounce';
import { isCellEditMode } from './errors';
import type { ReadScope, SheetRef, WorkbookSession } from './session';
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
    onEvaluation: (evaluation: Evaluation) => void,
    onError: (error: ActionError) => void,
  ): Promise<() => void>;
}

interface Registration {
  result: ExcelEventHandlerResult;
  ctx: ExcelContext;
}

interface Watching {
  active: boolean;
  onEvaluation(evaluation: Evaluation): void;
  onError(error: ActionError): void;
  /** Sheet id -> its onChanged registration. */
  sheets: Map<string, Registration>;
  others: Registration[];
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
    let added = false;
    for (const { id } of sheets) {
      if (w.sheets.has(id)) continue;
      const result = ctx.workbook.worksheets.getItem(id).onChanged.add(onChanged(w));
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
        let evaluation: Evaluation;
        try {
          evaluation = await session.recalculate(taken.scope());
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

  function structureHandlers(ctx: ExcelContext, w: Watching): void {
    const sheets = ctx.workbook.worksheets;
    const local = (source: string) => w.active && source !== 'Remote';
    const added = sheets.onAdded.add(async (args) => {
      if (!local(args.source)) return;
      work.full = true;
      later.schedule();
    });
    const deleted = sheets.onDeleted.add(async (args) => {
      w.sheets.delete(args.worksheetId);
      // The cross-sheet checks change with a form sheet gone.
      if (!local(args.source) || !session.isForm(args.worksheetId)) return;
      work.structure = true;
      later.schedule();
    });
    w.others.push({ result: added, ctx }, { result: deleted, ctx });
    if (!session.features.renameEvents) return;
    const renamed = sheets.onNameChanged.add(async (args) => {
      if (!local(args.source) || !session.isForm(args.worksheetId)) return;
      // The flags name sheets: the sheet list is read again (no write unless a value changed).
      work.structure = true;
      later.schedule();
    });
    w.others.push({ result: renamed, ctx });
  }

  async function stop(w: Watching): Promise<void> {
    w.active = false;
    if (watching === w) {
      watching = null;
      session.onSheets = null;
      later.cancel();
      retry.cancel();
    }
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

  return {
    async watch(onEvaluation, onError) {
      if (watching) await stop(watching);
      const w: Watching = { active: true, onEvaluation, onError, sheets: new Map(), others: [] };
      watching = w;
      session.onSheets = register;
      try {
        // The sheets to watch: the pane's first check read them (else read them now).
        if (!session.filled) await session.check();
        await session.run(async (ctx) => {
          structureHandlers(ctx, w);
          await register(ctx, session.sheets());
          await ctx.sync();
        });
      } catch (error) {
        await stop(w);
        throw toActionError(error, 'recalculate');
      }
      return () => void stop(w);
    },
  };
}
