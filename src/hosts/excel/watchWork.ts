/**
 * What a watch (watchEdits.ts, watchStale.ts) has seen change and not yet handed on: the sheets
 * to read again, the sheets to probe for a pasted form, or the whole workbook.
 */
import type { ReadScope } from './sessionState';

/** What is waiting to be recalculated. */
export class Work {
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
