/** What recognition finds in a workbook: the forms, each field with its cell. */
import type { CellValue } from './grid';
import type { FormKind, MoneyUnit } from './forms/kinds';
import type { BaseLineKey } from './forms/base';
import type { FundLineKey } from './forms/funds';

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
  /** The target that counts: 调整指标值 where one was filled, else 年度/年初指标值. */
  target: Cell | null;
  result: Cell | null;
  /** The row's own weight (附件3 分值, 参考分值, 指标权重). */
  weight: Cell | null;
  /** A weight the 三级 label declares (`相关性（5分）`), for a table without a weight column. */
  labelWeight: string | null;
  score: Cell | null;
  /** 得分系数: the score as a share of the weight, where the form prints one. */
  coefficient: Cell | null;
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

/** 总分: a row of the table, or a cell of the header (`自评得分 98`, `自评总分 97.6`). */
export interface TotalRow {
  labelCell: Cell;
  weight: Cell | null;
  score: Cell | null;
}

/**
 * One amount line of a funds block (附件3 项目资金, 附件2 整体支出规模 or 预算资金). Columns the
 * block lacks are null. `stated` is a figure typed with its label (`其他资金:585.62`), whose
 * column the form does not say.
 */
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
  stated: Cell | null;
}

/** 附件2: the seed's 整体支出规模 block, or the project-table layout's 预算资金 block. */
export interface OverallForm extends FormCommon {
  kind: 'overall';
  unitName: string | null;
  funds: FundLine[];
  indicators: Level1[];
  total: TotalRow | null;
  grade: Cell | null;
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

/** 部门整体支出绩效评价指标（评分）表: the indicator tree alone, often without a title. */
export interface IndicatorForm extends FormCommon {
  kind: 'indicator';
  unitName: string | null;
  indicators: Level1[];
  total: TotalRow | null;
  grade: Cell | null;
}

export type Form = BaseForm | OverallForm | ProjectForm | IndicatorForm;
