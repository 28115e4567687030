/**
 * What tests and the bench measure on a memory workbook: round trips and their sizes,
 * statements, cells written, undo steps, range loads, runs and the errors change handlers threw.
 */
import type { BookState, LoadRecord, RunRecord } from './bookState';

export abstract class MemoryBookMeasures {
  protected constructor(protected readonly state: BookState) {}

  /** Round trips: syncs that carried at least one statement. */
  get syncCount(): number {
    return this.state.syncCount;
  }
  get statementCount(): number {
    return this.state.statementCount;
  }
  /** Cells given a value (or formula) through range.values / range.formulas. */
  get cellsWritten(): number {
    return this.state.cellsWritten;
  }
  /**
   * Undo steps the add-in's changes made, where Excel can undo them (ExcelUndoApiAll): one per
   * writing sync, or one per run in an undo group (mergeUndoGroup on 1.20, passed by office.js).
   */
  get undoSteps(): number {
    return this.state.undoSteps;
  }
  /** Times the add-in's changes cleared the user's undo history. */
  get undoCleared(): number {
    return this.state.undoCleared;
  }
  /** Each round trip's request size in bytes, estimated as office.js serialises it. */
  get requestSizes(): readonly number[] {
    return this.state.requestSizes;
  }
  /** Each round trip's response size in bytes (loaded values as JSON). */
  get responseSizes(): readonly number[] {
    return this.state.responseSizes;
  }
  get largestRequest(): number {
    return Math.max(0, ...this.state.requestSizes);
  }
  get largestResponse(): number {
    return Math.max(0, ...this.state.responseSizes);
  }
  /** Every range load, in order: which cells of which sheet were read. */
  get loads(): readonly LoadRecord[] {
    return this.state.loads;
  }
  get runs(): readonly RunRecord[] {
    return this.state.runs;
  }
  /** Errors thrown by change handlers (Excel swallows them; tests should not). */
  get eventErrors(): readonly unknown[] {
    return this.state.eventErrors;
  }

  resetCounters(): void {
    const s = this.state;
    s.syncCount = 0;
    s.statementCount = 0;
    s.cellsWritten = 0;
    s.undoSteps = 0;
    s.undoCleared = 0;
    s.requestSizes.length = 0;
    s.responseSizes.length = 0;
    s.loads.length = 0;
    s.runs.length = 0;
  }
}
