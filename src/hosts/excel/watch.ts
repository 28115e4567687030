/**
 * 编辑时自动重算: which change events call for a recalculation, and when. The recalculation
 * itself is the session's (session.ts); the watch only filters and debounces:
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
 *
 * The watch while on is watchEdits.ts, while off watchStale.ts; both lay their handlers with
 * watchHandlers.ts and keep what they have seen change in a Work (watchWork.ts).
 */
import type { ActionError, HostEvaluation } from '../../app/actions';
import { systemTimers, type Timers } from './debounce';
import type { WorkbookSession } from './session';
import { createEditWatch } from './watchEdits';
import { createStaleWatch } from './watchStale';

export interface WatchOptions {
  /** Quiet time after the last edit before recalculating (ms). */
  debounceMs?: number;
  timers?: Timers;
}

export const DEFAULT_DEBOUNCE_MS = 300;

export interface Watcher {
  watch(
    onEvaluation: (evaluation: HostEvaluation) => void,
    onError: (error: ActionError) => void,
  ): Promise<() => void>;
  /** While 编辑时自动重算 is off: `onStale` after a burst of changes to the forms. */
  watchStale(onStale: () => void): Promise<() => void>;
}

export function createWatcher(session: WorkbookSession, options: WatchOptions = {}): Watcher {
  const timers = options.timers ?? systemTimers;
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  return {
    watch: createEditWatch(session, debounceMs, timers),
    watchStale: createStaleWatch(session, debounceMs, timers),
  };
}
