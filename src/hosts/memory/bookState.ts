/**
 * The memory workbook's state behind the proxies: sheets in order, active sheet, selection,
 * requirement level, and what tests assert on (syncs, statements, loads, cells written, undo
 * steps, runs).
 */
import type { MergeRange } from '../../core/grid';
import { quoteSheetName, rangeA1 } from '../excel/addresses';
import type { ExcelWorksheetChangedArgs, OfficeCellInput, RunOptionSupport } from '../excel/api';
import { BookEvents } from './bookEvents';
import { MemoryOfficeError } from './errors';
import { supports } from './requirements';
import { SheetState, type MemoryCell } from './sheetState';

export interface LoadRecord {
  sheet: string;
  /** A1 address without the sheet. */
  address: string;
  properties: string[];
  cells: number;
}

export interface RunRecord {
  /** As the add-in asked; the office.js in use may drop it (BookHost.officeJs). */
  mergeUndoGroup: boolean;
  delayForCellEdit: boolean;
  syncs: number;
}

export type TriggerSource = 'ThisLocalAddin' | 'Unknown';

/** Who made a change: this Excel, or a co-author (changes arrive with source Remote). */
export type ChangeSource = 'Local' | 'Remote';

/** What the Excel behind the memory workbook is: its office.js and its undo support. */
export interface BookHost {
  officeJs: RunOptionSupport;
  /** ExcelUndoApiAll: the add-in's changes are undoable and keep the undo history. */
  undoApi: boolean;
}

const FORBIDDEN_NAME = /[:\\/?*[\]]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** `95%`, `-12.5 %`: what Excel turns into a fraction with a percent format. */
const PERCENT_TYPED = /^([+-]?(?:\d+\.?\d*|\.\d+))\s*%$/;

export function sheetAddress(sheet: SheetState, box: MergeRange): string {
  return `${quoteSheetName(sheet.name)}!${rangeA1(box)}`;
}

/**
 * A value entered into a cell the way Excel takes one from the API: a string beginning with '='
 * becomes a formula (the memory workbook does not compute it), a plain number typed as text
 * becomes a number unless the cell is formatted as text ('@'), and so does a percent (`95%` is
 * 0.95 with a percent format); null leaves the cell alone.
 */
export function enterValue(cell: MemoryCell, input: OfficeCellInput): void {
  if (input === null) return;
  delete cell.formula;
  if (typeof input === 'string' && input.startsWith('=') && input.length > 1) {
    cell.formula = input;
    cell.value = '';
  } else if (typeof input === 'string' && cell.numberFormat !== '@' && PLAIN_NUMBER.test(input)) {
    cell.value = Number(input);
  } else if (typeof input === 'string' && cell.numberFormat !== '@' && PERCENT_TYPED.test(input)) {
    // Excel stores `95%` as 0.95 and, unless the cell already shows percents, formats it 0% (or
    // 0.00% when decimals were typed).
    const digits = PERCENT_TYPED.exec(input)?.[1] ?? '';
    cell.value = Number(`${digits}e-2`);
    if (!cell.numberFormat?.includes('%'))
      cell.numberFormat = digits.includes('.') ? '0.00%' : '0%';
  } else {
    cell.value = input;
  }
}

export class BookState {
  readonly sheets: SheetState[] = [];
  activeSheet: SheetState | null = null;
  selection: { sheet: SheetState; box: MergeRange } | null = null;
  syncCount = 0;
  statementCount = 0;
  cellsWritten = 0;
  undoSteps = 0;
  /** Times the user's undo history was cleared by the add-in's changes. */
  undoCleared = 0;
  /** Each round trip's request and response, in bytes as office.js would send them. */
  readonly requestSizes: number[] = [];
  readonly responseSizes: number[] = [];
  readonly loads: LoadRecord[] = [];
  readonly runs: RunRecord[] = [];
  readonly eventErrors: unknown[] = [];
  /** The worksheet collection's events (onAdded, onDeleted, onNameChanged). */
  readonly events = new BookEvents(this);
  private pendingEvents: Promise<void>[] = [];
  /** The user is editing a cell: resolves the batches waiting for the edit to end. */
  private editing: { ended: Promise<void>; end: () => void } | null = null;
  private nextId = 1;

  constructor(
    readonly excelApi: string,
    readonly host: BookHost,
  ) {}

  get officeJs(): RunOptionSupport {
    return this.host.officeJs;
  }

  get cellEditing(): boolean {
    return this.editing !== null;
  }

  startCellEdit(): void {
    if (this.editing) return;
    let end!: () => void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    this.editing = { ended, end };
  }

  endCellEdit(): void {
    const editing = this.editing;
    this.editing = null;
    editing?.end();
  }

  /** Resolves when the cell edit in progress (if any) ends. */
  cellEditEnded(): Promise<void> {
    return this.editing?.ended ?? Promise.resolve();
  }

  supports(version: string): boolean {
    return supports(this.excelApi, version);
  }

  /** A requirement set by name: ExcelApi, or ExcelUndoApiAll (1.0). */
  supportsSet(set: string, version: string): boolean {
    if (set === 'ExcelApi') return this.supports(version);
    if (set === 'ExcelUndoApiAll') return this.host.undoApi && supports('1.0', version);
    return false;
  }

  find(name: string): SheetState | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  /** worksheets.getItem(key): a name, or an id (Office.js takes either). */
  findByNameOrId(key: string): SheetState | undefined {
    return this.find(key) ?? this.sheets.find((s) => s.id === key);
  }

  /** Adds a sheet at the end, with Excel's checks on its name. */
  addSheet(name?: string): SheetState {
    const chosen = name ?? this.defaultName();
    const where = 'WorksheetCollection.add';
    if (chosen.trim() === '' || chosen.length > 31 || FORBIDDEN_NAME.test(chosen)) {
      throw new MemoryOfficeError('InvalidArgument', `Invalid sheet name: ${chosen}`, where);
    }
    if (/^'|'$/.test(chosen)) {
      throw new MemoryOfficeError('InvalidArgument', `Invalid sheet name: ${chosen}`, where);
    }
    if (this.find(chosen)) {
      throw new MemoryOfficeError('ItemAlreadyExists', `A sheet named ${chosen} exists`, where);
    }
    const sheet = new SheetState(`{memory-sheet-${this.nextId++}}`, chosen);
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  private defaultName(): string {
    for (let n = 1; ; n += 1) if (!this.find(`Sheet${n}`)) return `Sheet${n}`;
  }

  /**
   * Raises onChanged on the sheet, as Excel does after a value change; triggerSource exists
   * from ExcelApi 1.14, and events at all from 1.7. Handlers run after the caller continues.
   */
  fireChanged(
    sheet: SheetState,
    box: MergeRange,
    trigger: TriggerSource,
    source: ChangeSource = 'Local',
  ): Promise<void> {
    if (!this.supports('1.7') || sheet.handlers.size === 0) return Promise.resolve();
    const args: ExcelWorksheetChangedArgs = {
      type: 'WorksheetChanged',
      address: rangeA1(box),
      changeType: 'RangeEdited',
      source,
      worksheetId: sheet.id,
    };
    if (this.supports('1.14')) args.triggerSource = trigger;
    const handlers = [...sheet.handlers];
    return this.track(handlers.map((handler) => () => handler({ ...args })));
  }

  /** Runs event handlers after the caller continues; their errors are kept, as Excel hides them. */
  track(calls: (() => Promise<void>)[]): Promise<void> {
    const done = Promise.resolve().then(async () => {
      for (const call of calls) {
        try {
          await call();
        } catch (error) {
          this.eventErrors.push(error);
        }
      }
    });
    this.pendingEvents.push(done);
    return done;
  }

  /** Resolves once every change handler raised so far has finished. */
  async settled(): Promise<void> {
    while (this.pendingEvents.length > 0) {
      const pending = this.pendingEvents;
      this.pendingEvents = [];
      await Promise.all(pending);
    }
  }
}
