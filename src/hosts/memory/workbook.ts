/**
 * An in-memory workbook behind the same API subset as Office.js (src/hosts/excel/api.ts), with
 * its semantics: load + sync before reading, statements applied at sync, round trips counted,
 * requirement sets configurable, change events. For tests, the bench and a standalone preview.
 */
import type { MergeRange, SheetGrid } from '../../core/grid';
import { parseRangeRef, rangeA1 } from '../excel/addresses';
import type {
  ExcelContext,
  ExcelHostApi,
  HostRunOptions,
  OfficeCellValue,
  RunOptionSupport,
} from '../excel/api';
import {
  BookState,
  enterValue,
  type ChangeSource,
  type LoadRecord,
  type RunRecord,
} from './bookState';
import { MemoryContext } from './context';
import { fillSheet, sheetToGrid } from './grids';
import { LATEST_EXCEL_API, supports } from './requirements';
import type {
  CellFormat,
  ConditionalFormatState,
  PageLayoutState,
  SheetState,
  ValidationState,
} from './sheetState';

export interface MemoryWorkbookOptions {
  /** Highest ExcelApi requirement set the host claims, e.g. '1.2'; default the latest. */
  excelApi?: string;
  /**
   * What the office.js in use passes on of Excel.run's options; default both, as the CDN's
   * current build does. The npm copy (1.1.110) drops mergeUndoGroup: `{ mergeUndoGroup: false }`.
   */
  officeJs?: Partial<RunOptionSupport>;
  /** ExcelUndoApiAll 1.0 (Excel's undo support for add-in changes); default from ExcelApi 1.20. */
  undoApi?: boolean;
}

/** Everything about one sheet a test or a preview may look at. */
export interface SheetInspection {
  name: string;
  id: string;
  merges: MergeRange[];
  /** Points, by 0-based column / row. */
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  validations: ValidationState[];
  pageLayout: PageLayoutState;
  /** 0-based rows a printed page starts at. */
  rowBreaks: number[];
  conditionalFormats: ConditionalFormatState[];
}

export class MemoryWorkbook {
  private readonly state: BookState;

  constructor(options: MemoryWorkbookOptions = {}) {
    const excelApi = options.excelApi ?? LATEST_EXCEL_API;
    this.state = new BookState(excelApi, {
      officeJs: { mergeUndoGroup: true, delayForCellEdit: true, ...options.officeJs },
      undoApi: options.undoApi ?? supports(excelApi, '1.20'),
    });
  }

  static fromGrids(
    grids: readonly SheetGrid[],
    options: MemoryWorkbookOptions = {},
  ): MemoryWorkbook {
    const book = new MemoryWorkbook(options);
    for (const grid of grids) fillSheet(book.state.addSheet(grid.name), grid);
    return book;
  }

  /** The injection point for createExcelActions. Excel.run semantics: a final sync at the end. */
  api(): ExcelHostApi {
    const state = this.state;
    return {
      async run<T>(batch: (context: ExcelContext) => Promise<T>, options: HostRunOptions = {}) {
        const record: RunRecord = {
          mergeUndoGroup: options.mergeUndoGroup === true,
          delayForCellEdit: options.delayForCellEdit === true,
          syncs: 0,
        };
        state.runs.push(record);
        const ctx = new MemoryContext(state, record);
        const result = await batch(ctx);
        // Excel.run syncs whatever the batch left queued (no round trip if nothing is).
        await ctx.sync();
        return result;
      },
      isSetSupported: (version: string, set = 'ExcelApi') => state.supportsSet(set, version),
      runOptions: { ...state.officeJs },
    };
  }

  get excelApi(): string {
    return this.state.excelApi;
  }
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

  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }
  get activeSheet(): string | null {
    return this.state.activeSheet?.name ?? null;
  }
  get selection(): { sheet: string; address: string } | null {
    const sel = this.state.selection;
    return sel ? { sheet: sel.sheet.name, address: rangeA1(sel.box) } : null;
  }

  private sheet(name: string): SheetState {
    const sheet = this.state.find(name);
    if (!sheet) throw new Error(`MemoryWorkbook: no sheet named ${name}`);
    return sheet;
  }

  private cellAt(sheet: string, address: string): { state: SheetState; row: number; col: number } {
    const box = parseRangeRef(address);
    if (!box) throw new Error(`MemoryWorkbook: bad address ${address}`);
    return { state: this.sheet(sheet), row: box.top, col: box.left };
  }

  toGrids(): SheetGrid[] {
    return this.state.sheets.map(sheetToGrid);
  }
  toGrid(sheet: string): SheetGrid {
    return sheetToGrid(this.sheet(sheet));
  }

  /** The cell's value as Office.js reads it ('' when empty). */
  value(sheet: string, address: string): OfficeCellValue {
    const { state, row, col } = this.cellAt(sheet, address);
    return state.value(row, col);
  }
  numberFormat(sheet: string, address: string): string {
    const { state, row, col } = this.cellAt(sheet, address);
    return state.numberFormat(row, col);
  }
  cellFormat(sheet: string, address: string): CellFormat {
    const { state, row, col } = this.cellAt(sheet, address);
    return { ...state.cell(row, col)?.format };
  }

  inspect(sheet: string): SheetInspection {
    const s = this.sheet(sheet);
    return {
      name: s.name,
      id: s.id,
      merges: s.merges.map((m) => ({ ...m })),
      columnWidths: new Map(s.columnWidths),
      rowHeights: new Map(s.rowHeights),
      validations: s.validations.map((v) => ({ ...v, range: { ...v.range } })),
      pageLayout: { ...s.pageLayout },
      rowBreaks: [...s.rowBreaks],
      conditionalFormats: s.conditionalFormats.map((cf) => ({ ...cf, range: { ...cf.range } })),
    };
  }

  /** The user adds a sheet (at the end), from a grid; onAdded fires (see settled()). */
  addSheet(grid: SheetGrid): void {
    const sheet = this.state.addSheet(grid.name);
    fillSheet(sheet, grid);
    void this.state.events.fire('added', sheet.id);
  }

  /** The user renames a sheet. */
  renameSheet(from: string, to: string): void {
    if (this.state.find(to)) throw new Error(`MemoryWorkbook: ${to} exists`);
    const sheet = this.sheet(from);
    sheet.name = to;
    void this.state.events.fire('nameChanged', sheet.id, from, to);
  }

  /** The user deletes a sheet. */
  deleteSheet(name: string): void {
    const sheet = this.sheet(name);
    this.state.sheets.splice(this.state.sheets.indexOf(sheet), 1);
    if (this.state.activeSheet === sheet) this.state.activeSheet = this.state.sheets[0] ?? null;
    if (this.state.selection?.sheet === sheet) this.state.selection = null;
    void this.state.events.fire('deleted', sheet.id);
  }

  /**
   * A user's edit: the value goes in at once (as typed: '=…' is a formula) and onChanged fires
   * with triggerSource 'Unknown' (ExcelApi 1.14; Office.js has no 'Others' — only the add-in's
   * own writes say 'ThisLocalAddin'). Resolves once the handlers have run.
   */
  edit(sheet: string, address: string, value: OfficeCellValue): Promise<void> {
    return this.change(sheet, address, value, 'Local');
  }

  /** A co-author's edit: as edit(), but the event says source 'Remote'. */
  remoteEdit(sheet: string, address: string, value: OfficeCellValue): Promise<void> {
    return this.change(sheet, address, value, 'Remote');
  }

  private change(
    sheet: string,
    address: string,
    value: OfficeCellValue,
    source: ChangeSource,
  ): Promise<void> {
    const { state, row, col } = this.cellAt(sheet, address);
    enterValue(state.ensure(row, col), value);
    const box = { top: row, left: col, bottom: row, right: col };
    return this.state.fireChanged(state, box, 'Unknown', source);
  }

  /**
   * The user starts editing a cell (typing, F2): until endCellEdit, every batch fails with
   * InvalidOperationInCellEditMode, or waits where the run asked for delayForCellEdit and the
   * office.js in use passes it on.
   */
  startCellEdit(): void {
    this.state.startCellEdit();
  }

  /**
   * The cell edit ends: with Enter (`commit` the value typed, which raises onChanged as an edit
   * does) or with Esc (nothing). Resolves once the change handlers have run.
   */
  endCellEdit(commit?: { sheet: string; address: string; value: OfficeCellValue }): Promise<void> {
    this.state.endCellEdit();
    return commit ? this.edit(commit.sheet, commit.address, commit.value) : Promise.resolve();
  }

  /** Review → Protect Sheet: the add-in's changes to its cells fail with AccessDenied. */
  protectSheet(name: string, on = true): void {
    this.sheet(name).protected = on;
  }

  /**
   * A user's paste (or fill) of a block of values at `topLeft`: every cell goes in, then one
   * onChanged for the whole block, as Excel raises it for a paste.
   */
  paste(sheet: string, topLeft: string, values: OfficeCellValue[][]): Promise<void> {
    const { state, row, col } = this.cellAt(sheet, topLeft);
    const width = Math.max(1, ...values.map((r) => r.length));
    values.forEach((line, r) =>
      line.forEach((value, c) => enterValue(state.ensure(row + r, col + c), value)),
    );
    const box = {
      top: row,
      left: col,
      bottom: row + Math.max(values.length, 1) - 1,
      right: col + width - 1,
    };
    return this.state.fireChanged(state, box, 'Unknown');
  }

  /** Resolves once every change handler raised so far (edits and the add-in's writes) is done. */
  settled(): Promise<void> {
    return this.state.settled();
  }
}
