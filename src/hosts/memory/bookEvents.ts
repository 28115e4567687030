/**
 * The worksheet collection's events in the memory workbook (onAdded, onDeleted: ExcelApi 1.7;
 * onNameChanged: 1.17), raised by the user's sheet operations and by the add-in's own adds and
 * renames, as Excel raises them. Handlers run after the caller continues, like onChanged.
 */
import type {
  ExcelEvent,
  ExcelEventHandlerResult,
  ExcelWorksheetAddedArgs,
  ExcelWorksheetDeletedArgs,
  ExcelWorksheetNameChangedArgs,
} from '../excel/api';
import type { BookState } from './bookState';
import type { MemoryContext } from './context';

export interface BookEventArgs {
  added: ExcelWorksheetAddedArgs;
  deleted: ExcelWorksheetDeletedArgs;
  nameChanged: ExcelWorksheetNameChangedArgs;
}

export type BookEventKind = keyof BookEventArgs;

type Handler<K extends BookEventKind> = (args: BookEventArgs[K]) => Promise<void>;

const REQUIRES: Record<BookEventKind, string> = {
  added: '1.7',
  deleted: '1.7',
  nameChanged: '1.17',
};

const EVENT_NAME: Record<BookEventKind, string> = {
  added: 'onAdded',
  deleted: 'onDeleted',
  nameChanged: 'onNameChanged',
};

export class BookEvents {
  private readonly handlers: { [K in BookEventKind]: Set<Handler<K>> } = {
    added: new Set(),
    deleted: new Set(),
    nameChanged: new Set(),
  };

  constructor(private readonly book: BookState) {}

  add<K extends BookEventKind>(kind: K, handler: Handler<K>): void {
    (this.handlers[kind] as Set<Handler<K>>).add(handler);
  }

  remove<K extends BookEventKind>(kind: K, handler: Handler<K>): void {
    (this.handlers[kind] as Set<Handler<K>>).delete(handler);
  }

  fire(kind: 'added' | 'deleted', worksheetId: string): Promise<void>;
  fire(kind: 'nameChanged', worksheetId: string, before: string, after: string): Promise<void>;
  fire(kind: BookEventKind, worksheetId: string, before = '', after = ''): Promise<void> {
    if (!this.book.supports(REQUIRES[kind])) return Promise.resolve();
    const source = 'Local' as const;
    if (kind === 'added') {
      return this.run([...this.handlers.added], { source, type: 'WorksheetAdded', worksheetId });
    }
    if (kind === 'deleted') {
      const args = { source, type: 'WorksheetDeleted' as const, worksheetId };
      return this.run([...this.handlers.deleted], args);
    }
    const args = {
      source,
      type: 'WorksheetNameChanged' as const,
      worksheetId,
      nameBefore: before,
      nameAfter: after,
    };
    return this.run([...this.handlers.nameChanged], args);
  }

  private run<A>(handlers: ((args: A) => Promise<void>)[], args: A): Promise<void> {
    if (handlers.length === 0) return Promise.resolve();
    return this.book.track(handlers.map((handler) => () => handler({ ...args })));
  }
}

/** `worksheets.onAdded` and its kin on a memory context: registration queued until sync. */
export class MemoryBookEvent<K extends BookEventKind> implements ExcelEvent<BookEventArgs[K]> {
  constructor(
    private readonly ctx: MemoryContext,
    private readonly kind: K,
  ) {}

  add(handler: Handler<K>): ExcelEventHandlerResult {
    const location = `WorksheetCollection.${EVENT_NAME[this.kind]}`;
    const events = this.ctx.book.events;
    this.ctx.enqueue({
      location,
      requires: REQUIRES[this.kind],
      run: () => events.add(this.kind, handler),
    });
    return {
      remove: () => this.ctx.enqueue({ location, run: () => events.remove(this.kind, handler) }),
    };
  }
}
