/**
 * The pane's state and the one way it calls the workbook, with no UI framework in it: the React
 * pane (usePane) and the legacy pane for Internet Explorer 11 (src/legacy) render the same
 * snapshots. Every action goes through `run`, which shows progress, turns a rejection into an
 * ActionError for the message bar, and refuses a second action while one is running (Office.js
 * batches must not interleave). 编辑时自动重算's watch starts once the first check is shown and
 * the workbook's own choice is known, and stops when the switch is turned off or the pane goes;
 * while the switch is off, the host's watchStale says when the evaluation shown may be out of
 * date (结果可能已过期), until the next evaluation arrives.
 */
import type { ActionError, HostEvaluation, LayoutRequest, WorkbookActions } from '../actions';
import { toActionError } from '../actionError';
import type { UnitYear } from './forms';
import type { PaneOperation } from '../../strings/pane';
import { AUTO_RECALC_TEXT, PANE_TEXT } from '../../strings/pane';

/** Operations that hold the workbook and show progress (selecting a cell does neither). */
export type BusyOperation = Exclude<PaneOperation, 'select'>;

export interface PaneError {
  operation: PaneOperation;
  error: ActionError;
}

export interface AutoRecalcSnapshot {
  /** The switch is shown (ExcelApi 1.7 and a host that can watch). */
  available: boolean;
  on: boolean;
  /** Excel keeps its undo history across the add-in's writes (what the host says is true). */
  undoKept: boolean;
}

export interface PaneSnapshot {
  /** The latest evaluation, with the cells its action rewrote (`applied`), if any. */
  evaluation: HostEvaluation | null;
  /** Whether the evaluation shown comes from a check only (nothing rewritten yet). */
  checkedOnly: boolean;
  /**
   * A form sheet changed since the evaluation shown, and nothing recalculated it (编辑时自动重算
   * off): 结果可能已过期. Cleared by the next evaluation.
   */
  stale: boolean;
  busy: BusyOperation | null;
  error: PaneError | null;
  /** What the last layout did (sheet names), until dismissed. */
  notice: string | null;
  /** Unit and year confirmed in a dialog, reused by the next layout. */
  unitYear: UnitYear | null;
  autoRecalc: AutoRecalcSnapshot;
}

export interface PaneStore {
  getSnapshot(): PaneSnapshot;
  /** Called after every change of the snapshot (a new object each time). */
  subscribe(listener: () => void): () => void;
  /** The pane is shown: the first check (once), the stored switch, the watch. Idempotent. */
  start(): void;
  /** The pane goes away: stop watching (start() again resumes). */
  dispose(): void;
  recalculate(): void;
  insertForms(request: LayoutRequest): void;
  addProject(name: string, unitYear: UnitYear): void;
  selectCell(sheet: string, address: string): void;
  setAutoRecalc(on: boolean): void;
  dismissError(): void;
  dismissNotice(): void;
}

interface Watching {
  stop: (() => void) | null;
  live: boolean;
}

export function createPaneStore(actions: WorkbookActions): PaneStore {
  const capabilities = actions.capabilities();
  const canWatch = capabilities.autoRecalc && actions.watch !== undefined;
  let snapshot: PaneSnapshot = {
    evaluation: null,
    checkedOnly: true,
    stale: false,
    busy: null,
    error: null,
    notice: null,
    unitYear: null,
    autoRecalc: { available: canWatch, on: true, undoKept: capabilities.undoKept },
  };
  const listeners = new Set<() => void>();
  let running = false;
  let shown = false;
  let checkStarted = false;
  // Not watching before the workbook's own choice is known (no start-then-stop).
  let choiceKnown = !canWatch || !actions.readSettings;
  let choiceAsked = false;
  /** The running watch's stop function, or a pending start (stopped when it arrives). */
  let watching: Watching | null = null;
  /** The same for watchStale, while the switch is off. */
  let watchingStale: Watching | null = null;

  function set(patch: Partial<PaneSnapshot>): void {
    snapshot = { ...snapshot, ...patch };
    for (const listener of [...listeners]) listener();
    syncWatch();
  }

  const showEvaluation = (evaluation: HostEvaluation, byCheck: boolean): void =>
    set({ evaluation, checkedOnly: byCheck, stale: false });
  // An action's own writes are not a change that makes its result stale.
  const markStale = (): void => {
    if (!running && snapshot.evaluation !== null && !snapshot.stale) set({ stale: true });
  };
  const fail = (operation: PaneOperation, error: ActionError): void =>
    set({ error: { operation, error } });

  async function run(operation: BusyOperation, work: () => Promise<void>): Promise<void> {
    if (running) return;
    running = true;
    set({ busy: operation, error: null });
    try {
      await work();
    } catch (e) {
      fail(operation, toActionError(e));
    } finally {
      running = false;
      set({ busy: null });
    }
  }

  function askChoice(): void {
    if (choiceAsked || choiceKnown || !actions.readSettings) return;
    choiceAsked = true;
    actions
      .readSettings()
      .then(
        (stored) => {
          if (
            typeof stored.autoRecalc === 'boolean' &&
            stored.autoRecalc !== snapshot.autoRecalc.on
          )
            snapshot = {
              ...snapshot,
              autoRecalc: { ...snapshot.autoRecalc, on: stored.autoRecalc },
            };
        },
        () => undefined, // unreadable settings: keep the default, the check reports the workbook
      )
      .finally(() => {
        choiceKnown = true;
        set({});
      });
  }

  /** Starts a watch (`begin`) and keeps its stop function, or stops it as soon as it arrives. */
  function startWatching(begin: (w: Watching) => Promise<() => void>): Watching {
    const w: Watching = { stop: null, live: true };
    begin(w).then(
      (stop) => {
        if (w.live) w.stop = stop;
        else stop();
      },
      (error: unknown) => w.live && fail('recalculate', toActionError(error)),
    );
    return w;
  }

  function stopWatching(w: Watching): void {
    w.live = false;
    w.stop?.();
  }

  /** Start or stop the watches so that each runs exactly when everything asks for it. */
  function syncWatch(): void {
    const ready = shown && choiceKnown && snapshot.evaluation !== null;
    const recalculating = canWatch && snapshot.autoRecalc.on;
    const wanted = ready && recalculating;
    const watch = actions.watch;
    if (wanted && !watching && watch) {
      watching = startWatching((w) =>
        watch(
          (evaluation) => w.live && showEvaluation(evaluation, false),
          (error) => w.live && fail('recalculate', error),
        ),
      );
    } else if (!wanted && watching) {
      stopWatching(watching);
      watching = null;
    }
    const watchStale = actions.watchStale;
    const wantedStale = ready && !recalculating && watchStale !== undefined;
    if (wantedStale && !watchingStale && watchStale) {
      watchingStale = startWatching((w) => watchStale(() => w.live && markStale()));
    } else if (!wantedStale && watchingStale) {
      stopWatching(watchingStale);
      watchingStale = null;
    }
  }

  function afterLayout(notice: string): Promise<void> {
    set({ notice });
    return actions.check().then((evaluation) => showEvaluation(evaluation, true));
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      shown = true;
      askChoice();
      if (!checkStarted) {
        // First opening: check and list only; derived cells are rewritten on 重新计算得分 alone.
        checkStarted = true;
        void run('check', async () => showEvaluation(await actions.check(), true));
      }
      syncWatch();
    },
    dispose() {
      shown = false;
      syncWatch();
    },
    recalculate: () =>
      void run('recalculate', async () => showEvaluation(await actions.recalculate(), false)),
    insertForms: (request) =>
      void run('insert', async () => {
        set({ unitYear: { unit: request.unit, year: request.year } });
        const sheets = await actions.insertForms(request);
        await afterLayout(PANE_TEXT.inserted(sheets.join('、')));
      }),
    addProject: (name, unitYear) =>
      void run('addProject', async () => {
        set({ unitYear });
        const sheet = await actions.addProject(name, unitYear.unit, unitYear.year);
        await afterLayout(PANE_TEXT.inserted(sheet));
      }),
    // Selecting a cell is quick: no spinner, but not while another action holds the workbook.
    selectCell(sheet, address) {
      if (running) return;
      actions.selectCell(sheet, address).catch((e: unknown) => fail('select', toActionError(e)));
    },
    setAutoRecalc(on) {
      set({ autoRecalc: { ...snapshot.autoRecalc, on } });
      actions
        .saveSettings?.({ autoRecalc: on })
        .catch(() => fail('recalculate', { message: AUTO_RECALC_TEXT.saveFailed }));
    },
    dismissError: () => set({ error: null }),
    dismissNotice: () => set({ notice: null }),
  };
}
