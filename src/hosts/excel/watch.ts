/**
 * 编辑时自动重算: change handlers on every sheet, but only a form sheet's edits cost a round trip
 * (a ledger's typing costs nothing; a block pasted over a sheet's top-left corner costs one probe,
 * so a form pasted into a blank sheet is watched from then on), a debounce so a burst of edits is
 * one recalculation, the edit recalculation of watchRecalc.ts,
 * and never a recalculation for the add-in's own writes (triggerSource on ExcelApi 1.14, the
 * OwnWrites guard below it). Sheets added, deleted or renamed are followed through the worksheet
 * collection's events (onNameChanged from 1.17; below, the edit read sees the new names).
 */
import type { Evaluation, Settings } from '../../core';
import type { CellWrite } from '../../core/writes';
import type { ActionError } from '../../app/actions';
import type {
  ExcelContext,
  ExcelEventHandlerResult,
  ExcelHostApi,
  ExcelWorksheetChangedArgs,
  HostRunOptions,
} from './api';
import type { Features } from './capabilities';
import { debounce, systemTimers, type Timers } from './debounce';
import { toActionError } from '../../app/actionError';
import { GridCache } from './gridCache';
import { OwnWrites } from './ownWrites';
import { isPasteOverProbe } from './sheetProbe';
import type { ReadResult } from './readForms';
import { editRecalc, fullRecalc, type RecalcDeps } from './watchRecalc';

export interface WatchOptions {
  /** Quiet time after the last edit before recalculating (ms). */
  debounceMs?: number;
  timers?: Timers;
}

export const DEFAULT_DEBOUNCE_MS = 300;

export interface WatchDeps {
  api: ExcelHostApi;
  features(): Features;
  settings(): Partial<Settings>;
  writing(): HostRunOptions;
  readAll(ctx: ExcelContext): Promise<ReadResult>;
  /** Queued with the writes of each recalculation, as 重新计算得分 does (rate highlights). */
  withWrites?(ctx: ExcelContext, evaluation: Evaluation): void;
}

export interface Watcher {
  watch(
    onEvaluation: (evaluation: Evaluation) => void,
    onError: (error: ActionError) => void,
  ): Promise<() => void>;
  /** After the actions' own full read (check, 重新计算得分): keep it; watch new form sheets. */
  afterRead(ctx: ExcelContext, read: ReadResult): Promise<void>;
  /** Before the actions' write sync: these changes are the add-in's, not the accountant's. */
  noteWrites(writes: readonly CellWrite[]): void;
}

interface Registration {
  result: ExcelEventHandlerResult;
  ctx: ExcelContext;
}

interface Session {
  active: boolean;
  onEvaluation(evaluation: Evaluation): void;
  onError(error: ActionError): void;
  /** Sheet id -> its onChanged registration. */
  sheets: Map<string, Registration>;
  others: Registration[];
}

export function createWatcher(deps: WatchDeps, options: WatchOptions = {}): Watcher {
  const timers = options.timers ?? systemTimers;
  const cache = new GridCache();
  const own = new OwnWrites(timers);
  // From ExcelApi 1.14 the event says who changed the cell; below, remember our own writes.
  const guarded = (): boolean => !deps.api.isSetSupported('1.14');
  let session: Session | null = null;
  let full = false;
  const dirty = new Set<string>();
  /** Non-form sheets with a block pasted over their probe window: maybe a form now. */
  const pasted = new Set<string>();
  let running = false;

  const onChanged = (s: Session) => async (args: ExcelWorksheetChangedArgs) => {
    if (!s.active || args.triggerSource === 'ThisLocalAddin') return;
    if (guarded() && own.consume(args.worksheetId, args.address)) return;
    if (cache.isForm(args.worksheetId)) dirty.add(args.worksheetId);
    // Typing in a ledger (or a sheet that is no form any more): no round trip for it.
    else if (isPasteOverProbe(args.address)) pasted.add(args.worksheetId);
    else return;
    later.schedule();
  };

  function register(ctx: ExcelContext): void {
    const s = session;
    if (!s?.active) return;
    for (const id of cache.knownIds()) {
      if (s.sheets.has(id)) continue;
      const result = ctx.workbook.worksheets.getItem(id).onChanged.add(onChanged(s));
      s.sheets.set(id, { result, ctx });
    }
  }

  const recalcDeps: RecalcDeps = {
    cache,
    features: deps.features,
    settings: deps.settings,
    readAll: deps.readAll,
    withWrites: deps.withWrites,
    register,
    noteWrites,
  };

  function noteWrites(writes: readonly CellWrite[]): void {
    if (guarded()) own.arm(writes, (sheet) => cache.idOfName(sheet));
    cache.apply(writes);
  }

  async function flush(): Promise<void> {
    if (running) return; // the loop below picks the new work up
    running = true;
    try {
      while (session?.active && (full || dirty.size > 0 || pasted.size > 0)) {
        const s = session;
        const wholeBook = full || !cache.filled;
        const edited = new Set(dirty);
        const probed = new Set(pasted);
        full = false;
        dirty.clear();
        pasted.clear();
        const evaluation = await deps.api.run(
          (ctx) =>
            wholeBook ? fullRecalc(ctx, recalcDeps) : editRecalc(ctx, recalcDeps, edited, probed),
          deps.writing(),
        );
        if (s.active) s.onEvaluation(evaluation);
      }
    } catch (error) {
      cache.clear(); // whatever was half written, the next recalculation reads the whole book
      session?.onError(toActionError(error, 'recalculate'));
    } finally {
      running = false;
    }
  }

  const later = debounce(() => void flush(), options.debounceMs ?? DEFAULT_DEBOUNCE_MS, timers);

  function structureHandlers(ctx: ExcelContext, s: Session): void {
    const sheets = ctx.workbook.worksheets;
    const again = (): void => {
      full = true;
      later.schedule();
    };
    const added = sheets.onAdded.add(async () => {
      if (s.active) again();
    });
    const deleted = sheets.onDeleted.add(async (args) => {
      if (!s.active) return;
      const wasForm = cache.isForm(args.worksheetId);
      cache.forget(args.worksheetId);
      s.sheets.delete(args.worksheetId);
      if (wasForm) again(); // the cross-sheet checks change with it
    });
    s.others.push({ result: added, ctx }, { result: deleted, ctx });
    if (!deps.api.isSetSupported('1.17')) return;
    const renamed = sheets.onNameChanged.add(async (args) => {
      if (!s.active || !cache.isForm(args.worksheetId)) return;
      cache.rename(args.worksheetId, args.nameAfter);
      // The flags name sheets: a rename re-reads the form (no write unless a value changed).
      dirty.add(args.worksheetId);
      later.schedule();
    });
    s.others.push({ result: renamed, ctx });
  }

  async function stop(s: Session): Promise<void> {
    s.active = false;
    if (session === s) {
      session = null;
      later.cancel();
    }
    // A handler is removed in the context that added it (Office.js); the handlers also check
    // `active`, so a removal that fails leaves only a handler that does nothing.
    const byContext = new Map<ExcelContext, ExcelEventHandlerResult[]>();
    for (const r of [...s.sheets.values(), ...s.others]) {
      byContext.set(r.ctx, [...(byContext.get(r.ctx) ?? []), r.result]);
    }
    for (const [ctx, results] of byContext) {
      for (const result of results) result.remove();
      await ctx.sync().catch(() => undefined);
    }
  }

  return {
    async watch(onEvaluation, onError) {
      if (session) await stop(session);
      const s: Session = { active: true, onEvaluation, onError, sheets: new Map(), others: [] };
      session = s;
      try {
        await deps.api.run(async (ctx) => {
          structureHandlers(ctx, s);
          const read = await deps.readAll(ctx);
          cache.reset(read.grids, read.memo.names, read.ids);
          register(ctx);
          await ctx.sync();
        });
      } catch (error) {
        s.active = false;
        session = null;
        throw toActionError(error, 'recalculate');
      }
      return () => void stop(s);
    },
    async afterRead(ctx, read) {
      cache.reset(read.grids, read.memo.names, read.ids);
      if (!session?.active) return;
      const before = session.sheets.size;
      register(ctx);
      if (session.sheets.size > before) await ctx.sync();
    },
    noteWrites,
  };
}
