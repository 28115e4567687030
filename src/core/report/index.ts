/** Report-body checks: the body of a 自评报告 against itself and against its attachments. */
export { checkReportBody } from './checkBody';
export { bodyFromLevels } from './body';
export type { BodyParagraph, ReportBody } from './body';
export { bodyFromText } from './pastedText';
export { checkPastedReport } from './pastedReport';
export type { PastedReportCheck } from './pastedReport';
export { headingLevels } from './headings';
export { bodyFigures } from './figures';
export type { SentenceFigures } from './figures';
export { findStatements } from './statements';
export type { Statement, SumStatement, NetStatement } from './statements';
