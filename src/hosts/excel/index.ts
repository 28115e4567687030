/**
 * The Excel host: the only code that calls the Excel JavaScript API. A pane gets its
 * WorkbookActions from createExcelActions(api), the api from whenOfficeReady (office.js); tests
 * and the standalone preview pass a MemoryWorkbook's api() instead. One workbook session
 * (session.ts) holds what the add-in remembers and runs every recalculation.
 */
export type {
  ExcelContext,
  ExcelHostApi,
  ExcelRange,
  ExcelWorksheet,
  ExcelWorksheetChangedArgs,
  HostRunOptions,
  OfficeCellInput,
  OfficeCellValue,
  RunOptionSupport,
} from './api';
export { officeBodyBackground, officeHostApi } from './office';
export { OFFICE_WAIT_MS, whenOfficeReady, type OfficeStart } from './officeReady';
export { createExcelActions, type ExcelActionsOptions } from './actions';
export { DEFAULT_DEBOUNCE_MS, type WatchOptions } from './watch';
export { CELL_EDIT_RETRY_MS } from './watchEdits';
export { WorkbookSession, type SessionOptions } from './session';
export type { ReadScope, SheetRef } from './sessionState';
export { REQUEST_BUDGET_BYTES } from './requestSize';
export type { Timers } from './debounce';
export { capabilitiesOf, detectFeatures, highestExcelApi, type Features } from './capabilities';
export { toActionError } from '../../app/actionError';
export { readForms, type ReadResult, type SheetMemo } from './readForms';
export { layoutForms, layoutPlans, specsOf, type FormSpec, type LayoutResult } from './layoutForms';
export { widthToPoints } from './layoutSheet';
