/** The core's public surface: hosts, the pane and the CLI import from here. */
export { evaluate, evaluateForms, countFlags } from './evaluate';
export type { Evaluation } from './evaluate';
export { evaluateIncrementally } from './evaluateIncremental';
export type { IncrementalEvaluation } from './evaluateIncremental';
export type { CellHighlight } from './formats';
export { recognize, recognizeSheet, titleKind } from './recognize';
export { DEFAULT_SETTINGS, resolveSettings } from './settings';
export type { Settings } from './settings';
export type { Flag, FlagCode, RelatedCell, Severity } from './flags';
export { FLAG_SEVERITY } from './flags';
export type { CellWrite } from './writes';
export type { CellValue, MergeRange, SheetGrid } from './grid';
export { toAddress, parseAddress, columnLetters } from './grid';
export type {
  Form,
  BaseForm,
  OverallForm,
  ProjectForm,
  IndicatorForm,
  Cell,
  Level1,
  Level2,
  IndicatorRow,
  FundLine,
  BaseLine,
  TotalRow,
} from './model';
export type {
  Summary,
  FormSummary,
  LineSummary,
  LevelSummary,
  IndicatorSummary,
  FlagCounts,
} from './summary';
export type { AttachmentKind, FormKind, MoneyUnit } from './forms/kinds';
export { parseCell } from './numbers/parse';
export type { ParsedCell } from './numbers/parse';
export { explainForm } from './explain';
export type { FormReadout, ReadField } from './explain';
