/** What recognition finds in a workbook: the forms, each field with its cell. */
import type { CellValue } from './grid';
import type { FormKind, MoneyUnit } from './forms/kinds';
import type { BaseLineKey } from './forms/base';
import type { ScaleLineKey } from './forms/overall';
import type { FundLineKey } from './forms/project';

/** One cell of a form, as read. For a merged cell, its top-left. */
export interface Cell {
  row: number;
  col: number;
  address: string;
  value: CellValue;
  format: string | null;
  formula: boolean;
}

interface FormCommon {
  kind: FormKind;
  sheet: string;
  /** Rows of the sheet the form spans (0-based, inclusive). */
  top: number;
  bottom: number;
  unit: MoneyUnit;
  year: number | null;
  titleCell: Cell | null;
  /** Expected labels that were not found, for the pane and the CLI. */
  missing: string[];
}

export interface BaseLine {
  key: BaseLineKey;
  label: string;
  labelCell: Cell;
  prior: Cell | null;
  budget: Cell | null;
  final: Cell | null;
}

export interface BaseForm extends FormCommon {
  kind: 'base';
  unitName: string | null;
  establishment: Cell | null;
  staffActual: Cell | null;
  controlRate: Cell | null;
  lines: BaseLine[];
}

export interface IndicatorRow {
  row: number;
  level3: string;
  target: Cell | null;
  result: Cell | null;
  /** 附件3 分值 column. */
  weight: Cell | null;
  score: Cell | null;
  reason: Cell | null;
}

export interface Level2 {
  label: string;
  name: string;
  labelCell: Cell;
  labelWeight: string | null;
  rows: IndicatorRow[];
}

export interface Level1 {
  label: string;
  name: string;
  labelCell: Cell;
  labelWeight: string | null;
  /** 附件2 权重 column. */
  weightCell: Cell | null;
  children: Level2[];
}

export interface TotalRow {
  labelCell: Cell;
  weight: Cell | null;
  score: Cell | null;
}

export interface ScaleLine {
  key: ScaleLineKey;
  label: string;
  labelCell: Cell;
  budget: Cell | null;
  actual: Cell | null;
  rate: Cell | null;
}

export interface OverallForm extends FormCommon {
  kind: 'overall';
  unitName: string | null;
  scale: ScaleLine[];
  indicators: Level1[];
  total: TotalRow | null;
  grade: Cell | null;
}

export interface FundLine {
  key: FundLineKey;
  label: string;
  labelCell: Cell;
  initial: Cell | null;
  budget: Cell | null;
  actual: Cell | null;
  weight: Cell | null;
  rate: Cell | null;
  score: Cell | null;
}

export interface ProjectForm extends FormCommon {
  kind: 'project';
  name: string | null;
  nameCell: Cell | null;
  funds: FundLine[];
  indicators: Level1[];
  total: TotalRow | null;
  grade: Cell | null;
}

export type Form = BaseForm | OverallForm | ProjectForm;
