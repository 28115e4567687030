/** Excel 97–2003 workbooks (.xls, BIFF8) read into grids, by a reader of our own (see README). */
export { readXls, readXlsWorkbook, XlsReadError } from './readXls';
export type { XlsLimits, XlsSheetState, XlsWorkbook } from './readXls';
