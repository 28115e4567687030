/**
 * The memory RequestContext: statements queue up and run in order at sync(); a sync with nothing
 * queued is no round trip (as in Office.js); a failing statement rejects the sync with an
 * OfficeExtension-shaped error, the statements before it staying applied. What real Excel refuses,
 * it refuses too:
 *   - a request (or a response) over 5 MB, as office.js would serialise it (requestSize.ts);
 *   - any batch while the user edits a cell (InvalidOperationInCellEditMode), unless the run asked
 *     for delayForCellEdit and the office.js in use passes it on: then the batch waits;
 *   - a change to a protected sheet's cells (AccessDenied);
 *   - inside an undo group (mergeUndoGroup honoured, ExcelApi 1.20), a change undo does not
 *     support (UndoNotSupported); outside one, such a change clears the user's undo history, as
 *     every add-in change does where Excel has no undo support for add-ins.
 */
import type { MergeRange } from '../../core/grid';
import type { ExcelContext } from '../excel/api';
import type { BookState, RunRecord } from './bookState';
import { apiNotFound, MemoryOfficeError } from './errors';
import {
  jsonBytes,
  ObjectPath,
  REQUEST_LIMIT_BYTES,
  requestBytes,
  type PathType,
  type RequestAction,
} from './requestSize';
import type { SheetState } from './sheetState';
import { MemoryWorkbookProxy } from './worksheetProxy';

export interface Statement {
  /** `Type.member`, as OfficeExtension's debugInfo.errorLocation names it. */
  location: string;
  run(): void;
  /**
   * What office.js would send for it: absent, a small fixed-size action (an event
   * registration); null, nothing beyond the object paths (a method returning one).
   */
  action?: RequestAction | null;
  requires?: string;
  writes?: boolean;
  /** Not undoable in Excel: refused inside an undo group. */
  notUndoable?: boolean;
  /** The sheet whose cells a write changes (refused when protected). */
  sheet?: () => SheetState;
}

/** What a statement without an action of its own counts for (an event registration). */
const SMALL_ACTION_BYTES = 120;
/** A load's response besides its values: ids and property names. */
const RESPONSE_ACTION_BYTES = 40;

export class MemoryContext implements ExcelContext {
  readonly workbook: MemoryWorkbookProxy;
  /** Syncs completed in this context (proxies made before one can report isNullObject). */
  epoch = 0;
  private queue: Statement[] = [];
  private changed: { sheet: SheetState; box: MergeRange }[] = [];
  private undoCounted = false;
  private lastId = 0;
  private responseBytes = 0;
  /** The workbook root object path (office.js's global object). */
  readonly root: ObjectPath;

  constructor(
    readonly book: BookState,
    private readonly runRecord: RunRecord,
  ) {
    this.root = this.objectPath(null, 1, '');
    this.workbook = new MemoryWorkbookProxy(this);
  }

  get pending(): number {
    return this.queue.length;
  }

  /** office.js numbers object paths and actions from one counter per context. */
  nextId = (): number => (this.lastId += 1);

  objectPath(
    parent: ObjectPath | null,
    type: PathType,
    name: string,
    args?: readonly unknown[],
  ): ObjectPath {
    return new ObjectPath(this.nextId(), parent, type, name, args);
  }

  enqueue(statement: Statement): void {
    this.queue.push(statement);
  }

  /** Called by value writes: onChanged fires for them after the sync. */
  noteValueChange(sheet: SheetState, box: MergeRange): void {
    this.changed.push({ sheet, box });
  }

  /** Called by loads: what comes back from Excel for them. */
  noteResponse(value: unknown): void {
    this.responseBytes += RESPONSE_ACTION_BYTES + jsonBytes(value);
  }

  /** One undo step per run in an undo group (ExcelApi 1.20 and an office.js that passes it). */
  private get grouped(): boolean {
    return (
      this.runRecord.mergeUndoGroup &&
      this.book.officeJs.mergeUndoGroup &&
      this.book.supports('1.20')
    );
  }

  private countUndo(): void {
    if (!this.book.host.undoApi) {
      this.book.undoCleared += 1;
      return;
    }
    if (this.grouped && this.undoCounted) return;
    this.book.undoSteps += 1;
    this.undoCounted = true;
  }

  /** Waits out the user's cell edit, or fails as Excel does without delayForCellEdit. */
  private async cellEdit(): Promise<void> {
    if (!this.book.cellEditing) return;
    if (this.runRecord.delayForCellEdit && this.book.officeJs.delayForCellEdit) {
      await this.book.cellEditEnded();
      return;
    }
    throw new MemoryOfficeError(
      'InvalidOperationInCellEditMode',
      'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
    );
  }

  /** Refuses a request office.js would send over the limit; records its size. */
  private measure(statements: readonly Statement[]): void {
    const actions = statements.flatMap((s) => (s.action ? [s.action] : []));
    const small = statements.filter((s) => s.action === undefined).length * SMALL_ACTION_BYTES;
    const bytes = requestBytes(actions, this.nextId) + small;
    this.book.requestSizes.push(bytes);
    if (bytes > REQUEST_LIMIT_BYTES) {
      throw new MemoryOfficeError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size has exceeded the limit (${bytes} bytes).`,
      );
    }
  }

  private runOne(statement: Statement): boolean {
    if (statement.requires && !this.book.supports(statement.requires)) {
      throw apiNotFound(statement.location, statement.requires);
    }
    if (statement.writes && statement.sheet?.().protected) {
      throw new MemoryOfficeError(
        'AccessDenied',
        'The cell or chart you are trying to change is on a protected sheet.',
        statement.location,
      );
    }
    if (statement.notUndoable && this.book.host.undoApi) {
      if (this.grouped)
        throw new MemoryOfficeError(
          'UndoNotSupported',
          'The operation is not supported in an undo group.',
          statement.location,
        );
      this.book.undoCleared += 1;
    }
    statement.run();
    return statement.writes === true;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const statements = this.queue;
    this.queue = [];
    if (statements.length > 0) {
      this.book.syncCount += 1;
      this.runRecord.syncs += 1;
      this.book.statementCount += statements.length;
      await this.cellEdit();
      this.measure(statements);
    }
    let wrote = false;
    this.responseBytes = 0;
    try {
      for (const statement of statements) {
        try {
          wrote = this.runOne(statement) || wrote;
        } catch (error) {
          if (error instanceof MemoryOfficeError)
            throw error.at(statement.location, statement.location);
          throw error;
        }
      }
    } finally {
      this.epoch += 1;
      if (wrote) this.countUndo();
      const changed = this.changed;
      this.changed = [];
      for (const { sheet, box } of changed)
        void this.book.fireChanged(sheet, box, 'ThisLocalAddin');
    }
    if (statements.length > 0) this.book.responseSizes.push(this.responseBytes);
    if (this.responseBytes > REQUEST_LIMIT_BYTES) {
      throw new MemoryOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size has exceeded the limit (${this.responseBytes} bytes).`,
      );
    }
    // A round trip is asynchronous even in memory: callers must await it.
    await Promise.resolve();
    return passThroughValue as T;
  }
}
