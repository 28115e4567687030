/**
 * The memory RequestContext: statements queue up and run in order at sync(); a sync with nothing
 * queued is no round trip (as in Office.js); a failing statement rejects the sync with an
 * OfficeExtension-shaped error, the statements before it staying applied.
 */
import type { MergeRange } from '../../core/grid';
import type { ExcelContext } from '../excel/api';
import type { BookState, RunRecord } from './bookState';
import { apiNotFound, MemoryOfficeError } from './errors';
import type { SheetState } from './sheetState';
import { MemoryWorkbookProxy } from './worksheetProxy';

export interface Statement {
  /** `Type.member`, as OfficeExtension's debugInfo.errorLocation names it. */
  location: string;
  run(): void;
  requires?: string;
  writes?: boolean;
}

export class MemoryContext implements ExcelContext {
  readonly workbook: MemoryWorkbookProxy;
  /** Syncs completed in this context (proxies made before one can report isNullObject). */
  epoch = 0;
  private queue: Statement[] = [];
  private changed: { sheet: SheetState; box: MergeRange }[] = [];
  private undoCounted = false;

  constructor(
    readonly book: BookState,
    private readonly runRecord: RunRecord,
  ) {
    this.workbook = new MemoryWorkbookProxy(this);
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(statement: Statement): void {
    this.queue.push(statement);
  }

  /** Called by value writes: onChanged fires for them after the sync. */
  noteValueChange(sheet: SheetState, box: MergeRange): void {
    this.changed.push({ sheet, box });
  }

  private countUndo(): void {
    // mergeUndoGroup is honoured from ExcelApi 1.20; older hosts ignore the option.
    const merged = this.runRecord.mergeUndoGroup && this.book.supports('1.20');
    if (merged && this.undoCounted) return;
    this.book.undoSteps += 1;
    this.undoCounted = true;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const statements = this.queue;
    this.queue = [];
    if (statements.length > 0) {
      this.book.syncCount += 1;
      this.runRecord.syncs += 1;
      this.book.statementCount += statements.length;
    }
    let wrote = false;
    try {
      for (const statement of statements) {
        if (statement.requires && !this.book.supports(statement.requires)) {
          throw apiNotFound(statement.location, statement.requires);
        }
        try {
          statement.run();
        } catch (error) {
          if (error instanceof MemoryOfficeError)
            throw error.at(statement.location, statement.location);
          throw error;
        }
        wrote ||= statement.writes === true;
      }
    } finally {
      this.epoch += 1;
      if (wrote) this.countUndo();
      const changed = this.changed;
      this.changed = [];
      for (const { sheet, box } of changed)
        void this.book.fireChanged(sheet, box, 'ThisLocalAddin');
    }
    // A round trip is asynchronous even in memory: callers must await it.
    await Promise.resolve();
    return passThroughValue as T;
  }
}
