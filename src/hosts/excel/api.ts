/// <reference types="office-js" />
/**
 * The subset of the Excel JavaScript API this host uses, as narrowed views of the @types/office-js
 * classes. Names come from `Pick<Excel.X, …>` (a misspelt member fails to compile) and the real
 * `Excel.RequestContext` must stay assignable to `ExcelContext` (checked in office.ts), so the
 * host can only call what Office.js has, and the memory host implements exactly this surface.
 */

/** A cell as Office.js reads it back: '' for an empty cell, errors as their text. */
export type OfficeCellValue = string | number | boolean;

/** Written values: null leaves the cell as it is (Office.js semantics for 2-D inputs). */
export type OfficeCellInput = OfficeCellValue | null;

export type BorderSide =
  'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';

export type ExcelRangeFont = Pick<Excel.RangeFont, 'bold' | 'size' | 'name' | 'color'>;
export interface ExcelRangeFill extends Pick<Excel.RangeFill, 'color'> {
  clear(): void;
}

/** ExcelApi 1.6: the cell-value conditional formats that highlight over-100% rates. */
export interface ExcelConditionalRangeFormat {
  readonly fill: Pick<Excel.ConditionalRangeFill, 'color'>;
  readonly font: Pick<Excel.ConditionalRangeFont, 'color'>;
}
export interface ExcelCellValueConditionalFormat {
  readonly format: ExcelConditionalRangeFormat;
  rule: Excel.ConditionalCellValueRule;
}
export interface ExcelConditionalFormat {
  readonly cellValue: ExcelCellValueConditionalFormat;
}
export interface ExcelConditionalFormatCollection {
  add(type: 'CellValue'): ExcelConditionalFormat;
  clearAll(): void;
}
export type ExcelRangeBorder = Pick<Excel.RangeBorder, 'style' | 'weight' | 'color'>;

export interface ExcelRangeBorderCollection {
  getItem(index: BorderSide): ExcelRangeBorder;
}

export interface ExcelRangeFormat extends Pick<
  Excel.RangeFormat,
  | 'horizontalAlignment'
  | 'verticalAlignment'
  | 'wrapText'
  | 'indentLevel'
  | 'columnWidth'
  | 'rowHeight'
> {
  readonly font: ExcelRangeFont;
  readonly fill: ExcelRangeFill;
  readonly borders: ExcelRangeBorderCollection;
  /** Print setup reads columnWidth back (fit-to-width fallback). */
  load(propertyNames?: string | string[]): ExcelRangeFormat;
}

export type ExcelDataValidation = Pick<
  Excel.DataValidation,
  'rule' | 'prompt' | 'errorAlert' | 'ignoreBlanks'
>;

export interface ExcelRangeAreas extends Pick<Excel.RangeAreas, 'address' | 'isNullObject'> {
  load(propertyNames?: string | string[]): ExcelRangeAreas;
}

/** What getColumnProperties returns, read for the column widths (ExcelApi 1.9). */
export interface ExcelColumnWidths {
  readonly value: readonly { format?: { columnWidth?: number } }[];
}

export interface ExcelRange extends Pick<
  Excel.Range,
  'address' | 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount' | 'isNullObject'
> {
  values: OfficeCellInput[][];
  formulas: OfficeCellInput[][];
  numberFormat: (string | null)[][];
  readonly format: ExcelRangeFormat;
  /** ExcelApi 1.8. */
  readonly dataValidation: ExcelDataValidation;
  /** ExcelApi 1.6. */
  readonly conditionalFormats: ExcelConditionalFormatCollection;
  load(propertyNames?: string | string[]): ExcelRange;
  merge(across?: boolean): void;
  select(): void;
  /**
   * ExcelApi 1.13. Fails above 512 merged areas; counts (and lists) the areas whose top-left
   * cell is in the range (OfficeDev/office-js#3611).
   */
  getMergedAreasOrNullObject(): ExcelRangeAreas;
  /** ExcelApi 1.9. */
  getColumnProperties(options: { format: { columnWidth: true } }): ExcelColumnWidths;
}

export type ExcelHeaderFooter = Pick<Excel.HeaderFooter, 'centerFooter'>;

export interface ExcelHeaderFooterGroup {
  readonly defaultForAllPages: ExcelHeaderFooter;
}

/** ExcelApi 1.9. Margins are in points. */
export interface ExcelPageLayout extends Pick<
  Excel.PageLayout,
  | 'orientation'
  | 'paperSize'
  | 'zoom'
  | 'centerHorizontally'
  | 'blackAndWhite'
  | 'leftMargin'
  | 'rightMargin'
  | 'topMargin'
  | 'bottomMargin'
  | 'headerMargin'
  | 'footerMargin'
> {
  readonly headersFooters: ExcelHeaderFooterGroup;
  setPrintArea(printArea: string): void;
  setPrintTitleRows(printTitleRows: string): void;
}

/** ExcelApi 1.9. */
export interface ExcelPageBreakCollection {
  add(pageBreakRange: string): void;
}

/** What the add-in reads from a change event; triggerSource is there from ExcelApi 1.14. */
export type ExcelWorksheetChangedArgs = Pick<
  Excel.WorksheetChangedEventArgs,
  'address' | 'changeType' | 'source' | 'type' | 'worksheetId'
> & { triggerSource?: Excel.WorksheetChangedEventArgs['triggerSource'] };

export interface ExcelEventHandlerResult {
  remove(): void;
}

export interface ExcelEvent<T> {
  add(handler: (eventArgs: T) => Promise<void>): ExcelEventHandlerResult;
}

export interface ExcelWorksheet extends Pick<
  Excel.Worksheet,
  'id' | 'name' | 'isNullObject' | 'visibility'
> {
  load(propertyNames?: string | string[]): ExcelWorksheet;
  getRange(address?: string): ExcelRange;
  getUsedRange(valuesOnly?: boolean): ExcelRange;
  activate(): void;
  readonly pageLayout: ExcelPageLayout;
  readonly horizontalPageBreaks: ExcelPageBreakCollection;
  /** ExcelApi 1.7. */
  readonly onChanged: ExcelEvent<ExcelWorksheetChangedArgs>;
}

/** Sheet-collection events (ExcelApi 1.7; onNameChanged 1.17): what the watch reads of them. */
export type ExcelWorksheetAddedArgs = Pick<
  Excel.WorksheetAddedEventArgs,
  'source' | 'type' | 'worksheetId'
>;
export type ExcelWorksheetDeletedArgs = Pick<
  Excel.WorksheetDeletedEventArgs,
  'source' | 'type' | 'worksheetId'
>;
export type ExcelWorksheetNameChangedArgs = Pick<
  Excel.WorksheetNameChangedEventArgs,
  'nameAfter' | 'nameBefore' | 'source' | 'type' | 'worksheetId'
>;

export interface ExcelWorksheetCollection {
  readonly items: ExcelWorksheet[];
  /** ExcelApi 1.7. */
  readonly onAdded: ExcelEvent<ExcelWorksheetAddedArgs>;
  /** ExcelApi 1.7. */
  readonly onDeleted: ExcelEvent<ExcelWorksheetDeletedArgs>;
  /** ExcelApi 1.17. */
  readonly onNameChanged: ExcelEvent<ExcelWorksheetNameChangedArgs>;
  load(propertyNames?: string | string[]): ExcelWorksheetCollection;
  /** By name or by id (ids survive a rename). */
  getItem(key: string): ExcelWorksheet;
  add(name?: string): ExcelWorksheet;
  getActiveWorksheet(): ExcelWorksheet;
}

export interface ExcelWorkbook {
  readonly worksheets: ExcelWorksheetCollection;
}

export interface ExcelContext {
  readonly workbook: ExcelWorkbook;
  sync<T>(passThroughValue?: T): Promise<T>;
}

export interface HostRunOptions {
  /** One undo step for every sync of the run (ExcelApi 1.20); ask only where supported. */
  mergeUndoGroup?: boolean;
  /** Wait for the user's cell edit to end instead of failing the batch. */
  delayForCellEdit?: boolean;
}

/** Which run options the loaded office.js passes on to Excel (it drops the ones it does not know). */
export interface RunOptionSupport {
  mergeUndoGroup: boolean;
  delayForCellEdit: boolean;
}

/** The injection point: Office.js in the add-in, the memory workbook in tests and previews. */
export interface ExcelHostApi {
  run<T>(batch: (context: ExcelContext) => Promise<T>, options?: HostRunOptions): Promise<T>;
  /**
   * `Office.context.requirements.isSetSupported(set, version)`; `set` is ExcelApi unless named
   * (ExcelUndoApiAll).
   */
  isSetSupported(version: string, set?: string): boolean;
  readonly runOptions: RunOptionSupport;
}
