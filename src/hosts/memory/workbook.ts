/**
 * An in-memory workbook behind the same API subset as Office.js (src/hosts/excel/api.ts), with
 * its semantics: load + sync before reading, statements applied at sync, round trips counted,
 * requirement sets configurable, change events. For tests, the bench and a standalone preview.
 * Here: making one, its Office.js API and the user's actions on it; what it holds is read through
 * MemoryBookContents, what it counts through MemoryBookMeasures.
 */
import type { SheetGrid } from '../../core/grid';
import type { ExcelHostApi, OfficeCellValue, RunOptionSupport } from '../excel/api';
import { MemoryBookContents } from './bookContents';
import { BookState, enterValue, type ChangeSource } from './bookState';
import { fillSheet } from './grids';
import { memoryHostApi } from './hostApi';
import { LATEST_EXCEL_API, supports } from './requirements';

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

function bookStateFor(options: MemoryWorkbookOptions): BookState {
  const excelApi = options.excelApi ?? LATEST_EXCEL_API;
  return new BookState(excelApi, {
    officeJs: { mergeUndoGroup: true, delayForCellEdit: true, ...options.officeJs },
    undoApi: options.undoApi ?? supports(excelApi, '1.20'),
  });
}

export class MemoryWorkbook extends MemoryBookContents {
  constructor(options: MemoryWorkbookOptions = {}) {
    super(bookStateFor(options));
  }

  static fromGrids(
    grids: readonly SheetGrid[],
    options: MemoryWorkbookOptions = {},
  ): MemoryWorkbook {
    const book = new MemoryWorkbook(options);
    for (const grid of grids) fillSheet(book.state.addSheet(grid.name), grid);
    return book;
  }

  /** The injection point for createExcelActions. */
  api(): ExcelHostApi {
    return memoryHostApi(this.state);
  }

  get excelApi(): string {
    return this.state.excelApi;
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
