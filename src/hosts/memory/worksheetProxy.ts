/** Workbook, worksheet collection, worksheet and change-event proxies of the memory host. */
import type { MergeRange } from '../../core/grid';
import { parseRangeRef } from '../excel/addresses';
import type {
  ExcelEvent,
  ExcelEventHandlerResult,
  ExcelWorkbook,
  ExcelWorksheet,
  ExcelWorksheetChangedArgs,
  ExcelWorksheetCollection,
} from '../excel/api';
import { MemoryBookEvent } from './bookEvents';
import type { MemoryContext } from './context';
import { invalidArgument, MemoryOfficeError } from './errors';
import { MemoryPageBreaks, MemoryPageLayout } from './pageLayoutProxy';
import { loadNames, ProxyBase } from './proxyBase';
import { MemoryRange } from './rangeProxy';
import type { ChangeHandler, SheetState } from './sheetState';

/** Resolves once, when a statement first needs the sheet (as Office.js resolves object paths). */
function once(resolve: () => SheetState): () => SheetState {
  let sheet: SheetState | null = null;
  return () => (sheet ??= resolve());
}

const A1: MergeRange = { top: 0, left: 0, bottom: 0, right: 0 };

class MemoryChangedEvent implements ExcelEvent<ExcelWorksheetChangedArgs> {
  constructor(
    private readonly ctx: MemoryContext,
    private readonly sheetOf: () => SheetState,
  ) {}

  add(handler: (eventArgs: ExcelWorksheetChangedArgs) => Promise<void>): ExcelEventHandlerResult {
    const registered: ChangeHandler = handler;
    const location = 'Worksheet.onChanged';
    this.ctx.enqueue({
      location,
      requires: '1.7',
      run: () => this.sheetOf().handlers.add(registered),
    });
    return {
      remove: () =>
        this.ctx.enqueue({ location, run: () => this.sheetOf().handlers.delete(registered) }),
    };
  }
}

export class MemoryWorksheet extends ProxyBase implements ExcelWorksheet {
  private pageLayoutProxy?: MemoryPageLayout;
  private pageBreaksProxy?: MemoryPageBreaks;
  private changedEvent?: MemoryChangedEvent;

  constructor(
    ctx: MemoryContext,
    parent: ProxyBase,
    /** How it was reached: an indexer (getItem, a collection item) or a method (add). */
    how: { type: 3 | 5; member: string; args: readonly unknown[] },
    private readonly sheetOf: () => SheetState,
  ) {
    // Sheet protection covers cells, not the sheet's name or visibility: no sheet for those.
    super(ctx, 'Worksheet', parent, how.type, how.member, how.args);
  }

  get id(): string {
    return this.read('id');
  }

  get name(): string {
    return this.read('name');
  }

  set name(name: string) {
    this.assign('name', name, () => {
      const sheet = this.sheetOf();
      const other = this.ctx.book.find(name);
      if (other && other !== sheet) {
        throw new MemoryOfficeError('ItemAlreadyExists', `A sheet named ${name} exists`);
      }
      const before = sheet.name;
      sheet.name = name;
      if (before !== name) void this.ctx.book.events.fire('nameChanged', sheet.id, before, name);
    });
  }

  get visibility(): ExcelWorksheet['visibility'] {
    return this.read('visibility');
  }

  /** Not undoable in Excel (the add-in undo documentation lists it). */
  set visibility(value: ExcelWorksheet['visibility']) {
    this.assign(
      'visibility',
      value,
      () => {
        this.sheetOf().visibility = value;
      },
      { notUndoable: true },
    );
  }

  /** For collection items: the sheet's name and id are loaded with the collection. */
  absorb(properties: readonly string[]): void {
    const sheet = this.sheetOf();
    if (properties.includes('name')) this.remember('name', sheet.name);
    if (properties.includes('id')) this.remember('id', sheet.id);
  }

  load(propertyNames?: string | string[]): MemoryWorksheet {
    const names = loadNames(propertyNames, ['name', 'id', 'visibility']);
    this.queueLoad(names, () => {
      for (const n of names)
        if (n !== 'name' && n !== 'id' && n !== 'visibility')
          throw invalidArgument('Worksheet.load', n);
      this.absorb(names);
      const sheet = this.sheetOf();
      if (names.includes('visibility')) this.remember('visibility', sheet.visibility);
      this.ctx.noteResponse({ name: sheet.name, id: sheet.id });
    });
    return this;
  }

  getRange(address?: string): MemoryRange {
    return new MemoryRange(this.ctx, this, 'getRange', [address ?? null], this.sheetOf, () => {
      if (address === undefined || address === '')
        return { top: 0, left: 0, bottom: 1_048_575, right: 16_383 };
      const box = parseRangeRef(address);
      if (!box) throw invalidArgument('Worksheet.getRange', address);
      return box;
    });
  }

  getUsedRange(valuesOnly?: boolean): MemoryRange {
    // A blank sheet's used range is A1 (getUsedRange, unlike its OrNullObject twin, never fails).
    // The valuesOnly argument is ExcelApi 1.2: what is loaded of such a range needs 1.2.
    return new MemoryRange(
      this.ctx,
      this,
      'getUsedRange',
      [valuesOnly ?? null],
      this.sheetOf,
      (sheet) => sheet.usedBox(valuesOnly === true) ?? A1,
      valuesOnly === undefined ? undefined : '1.2',
    );
  }

  activate(): void {
    this.queue('activate', () => {
      this.ctx.book.activeSheet = this.sheetOf();
    });
  }

  get pageLayout(): MemoryPageLayout {
    return (this.pageLayoutProxy ??= new MemoryPageLayout(this.ctx, this, this.sheetOf));
  }

  get horizontalPageBreaks(): MemoryPageBreaks {
    return (this.pageBreaksProxy ??= new MemoryPageBreaks(this.ctx, this, this.sheetOf));
  }

  get onChanged(): MemoryChangedEvent {
    return (this.changedEvent ??= new MemoryChangedEvent(this.ctx, this.sheetOf));
  }
}

export class MemoryWorksheetCollection extends ProxyBase implements ExcelWorksheetCollection {
  constructor(ctx: MemoryContext) {
    super(ctx, 'WorksheetCollection', ctx.root, 4, 'worksheets');
  }

  get items(): MemoryWorksheet[] {
    return this.read('items');
  }

  /** `items/name`, `items/id` or `items` (all of an item's scalar properties). */
  load(propertyNames?: string | string[]): MemoryWorksheetCollection {
    const names = loadNames(propertyNames, ['items']);
    this.queueLoad(names, () => {
      const itemProps = names.flatMap((n) => {
        if (n === 'items') return ['name', 'id'];
        const m = /^items\/(name|id)$/.exec(n);
        if (!m) throw invalidArgument('WorksheetCollection.load', n);
        return [m[1]];
      });
      const items = this.ctx.book.sheets.map((sheet) => {
        const how = { type: 5 as const, member: '', args: [sheet.id] };
        const item = new MemoryWorksheet(this.ctx, this, how, () => sheet);
        item.absorb(itemProps);
        return item;
      });
      this.ctx.noteResponse(this.ctx.book.sheets.map((s) => ({ name: s.name, id: s.id })));
      this.remember('items', items);
    });
    return this;
  }

  getItem(key: string): MemoryWorksheet {
    const how = { type: 5 as const, member: '', args: [key] };
    return new MemoryWorksheet(
      this.ctx,
      this,
      how,
      once(() => {
        const sheet = this.ctx.book.findByNameOrId(key);
        if (!sheet) {
          const message = `The requested resource doesn't exist: worksheet ${key}`;
          throw new MemoryOfficeError('ItemNotFound', message, 'WorksheetCollection.getItem');
        }
        return sheet;
      }),
    );
  }

  get onAdded(): MemoryBookEvent<'added'> {
    return new MemoryBookEvent(this.ctx, 'added');
  }

  get onDeleted(): MemoryBookEvent<'deleted'> {
    return new MemoryBookEvent(this.ctx, 'deleted');
  }

  get onNameChanged(): MemoryBookEvent<'nameChanged'> {
    return new MemoryBookEvent(this.ctx, 'nameChanged');
  }

  add(name?: string): MemoryWorksheet {
    let added: SheetState | null = null;
    const run = () => {
      const sheet = this.ctx.book.addSheet(name);
      added = sheet;
      void this.ctx.book.events.fire('added', sheet.id);
    };
    this.queue('add', run, { writes: true, args: [name ?? null] });
    const how = { type: 3 as const, member: 'add', args: [name ?? null] };
    return new MemoryWorksheet(this.ctx, this, how, () => {
      if (!added) throw new MemoryOfficeError('InvalidOperation', 'The sheet was not added');
      return added;
    });
  }

  getActiveWorksheet(): MemoryWorksheet {
    const how = { type: 3 as const, member: 'getActiveWorksheet', args: [] };
    return new MemoryWorksheet(
      this.ctx,
      this,
      how,
      once(() => {
        const sheet = this.ctx.book.activeSheet;
        if (!sheet) throw new MemoryOfficeError('ItemNotFound', 'The workbook has no sheet');
        return sheet;
      }),
    );
  }
}

export class MemoryWorkbookProxy implements ExcelWorkbook {
  readonly worksheets: MemoryWorksheetCollection;

  constructor(ctx: MemoryContext) {
    this.worksheets = new MemoryWorksheetCollection(ctx);
  }
}
