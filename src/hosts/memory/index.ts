/**
 * The memory host: an in-memory workbook implementing the Excel JavaScript API subset the Excel
 * host uses, with Office.js semantics, so tests can count round trips and a standalone preview
 * can run the pane without Excel.
 */
export { MemoryWorkbook, type MemoryWorkbookOptions } from './workbook';
export type { SheetInspection } from './bookContents';
export { memoryWorkbookFromPlans } from './fromPlans';
export { MemoryOfficeError, type MemoryErrorCode } from './errors';
export type { LoadRecord, RunRecord, TriggerSource } from './bookState';
export type { BorderLine, CellFormat, PageLayoutState, ValidationState } from './sheetState';
