/**
 * Below ExcelApi 1.14 a change event does not say who made the change, so the add-in remembers
 * the cells it has just written and swallows the events that name only those cells; otherwise
 * every recalculation would raise another one. Entries expire, so a user's later edit of a derived
 * cell is not mistaken for the add-in's.
 */
import type { CellWrite } from '../../core/writes';
import { parseRangeRef } from './addresses';
import { systemTimers, type Timers } from './debounce';

/** Long enough for Excel to deliver the events of a write, short enough to forget it soon. */
const EXPIRY_MS = 5_000;
/** An event over more cells than this is a user's paste or fill, never one of our writes. */
const MOST_CELLS = 10_000;

export class OwnWrites {
  /** `sheetId!row,col` -> when it was written. */
  private readonly cells = new Map<string, number>();

  constructor(private readonly timers: Timers = systemTimers) {}

  /**
   * Before the write sync (its events may come before the sync resolves): these cells are about
   * to change at the add-in's hand. Returns what was armed, for disarm() if the sync fails.
   */
  arm(writes: readonly CellWrite[], idOf: (sheet: string) => string | undefined): string[] {
    const now = this.timers.now();
    const keys: string[] = [];
    for (const w of writes) {
      const id = idOf(w.sheet);
      if (id === undefined) continue;
      const key = `${id}!${w.row},${w.col}`;
      this.cells.set(key, now);
      keys.push(key);
    }
    return keys;
  }

  /** The write sync failed: those cells did not change, a later edit of them is the user's. */
  disarm(keys: readonly string[]): void {
    for (const key of keys) this.cells.delete(key);
  }

  /** True when every cell the event names was written by the add-in within the expiry time. */
  consume(worksheetId: string, address: string): boolean {
    this.expire();
    const box = parseRangeRef(address);
    if (!box) return false;
    const count = (box.bottom - box.top + 1) * (box.right - box.left + 1);
    if (count > MOST_CELLS || this.cells.size === 0) return false;
    const keys: string[] = [];
    for (let r = box.top; r <= box.bottom; r += 1) {
      for (let c = box.left; c <= box.right; c += 1) keys.push(`${worksheetId}!${r},${c}`);
    }
    if (!keys.every((k) => this.cells.has(k))) return false;
    for (const k of keys) this.cells.delete(k);
    return true;
  }

  private expire(): void {
    const oldest = this.timers.now() - EXPIRY_MS;
    for (const [k, at] of this.cells) if (at < oldest) this.cells.delete(k);
  }
}
