/** The Word host: a .docx report read into grids and a body; attachments written as Word tables. */
export { readDocxReport, DocxReadError } from './readReport';
export type { DocxReport, DocxTable } from './readReport';
export { cellPlace, tableOf, wordPlace } from './place';
export type { WordPlace } from './place';
export { wordTable } from './wordTable';
