/**
 * A trailing debounce with an injectable clock: a burst of calls closer together than `ms` ends
 * in one call, `ms` after the last. Tests pass jest's fake timers (or their own clock) so the
 * recalculation that follows a burst of edits can be stepped without waiting.
 */

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Milliseconds, for the own-write guard's expiry. */
  now(): number;
}

export const systemTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

export interface Debounced {
  /** (Re)start the wait; `fire` runs `ms` after the last call. */
  schedule(): void;
  /** Forget a pending call. */
  cancel(): void;
  readonly pending: boolean;
}

export function debounce(fire: () => void, ms: number, timers: Timers = systemTimers): Debounced {
  let handle: unknown = null;
  return {
    schedule() {
      if (handle !== null) timers.clearTimeout(handle);
      handle = timers.setTimeout(() => {
        handle = null;
        fire();
      }, ms);
    },
    cancel() {
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
    },
    get pending() {
      return handle !== null;
    },
  };
}
