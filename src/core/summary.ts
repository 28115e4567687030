/** What the pane and the CLI show of each form: figures as decimal strings, rates as fractions. */
import type { FormKind, MoneyUnit } from './forms/kinds';
import type { Band } from './rules/scoring';

export interface LineSummary {
  label: string;
  /** The cell that best points at the line (its rate, else its label). */
  address: string;
  budget: string | null;
  actual: string | null;
  rate: string | null;
  initialBudget?: string | null;
  additionRate?: string | null;
  prior?: string | null;
  /** A figure typed with its label (`其他资金:585.62`), whose column the form does not say. */
  stated?: string | null;
  /** 执行率 − 100%, as a fraction (the line's deviation from its budget). */
  deviation?: string | null;
  overBudget: boolean;
}

/** A 三级 indicator: its target and result as typed, and what the add-in computed from them. */
export interface IndicatorSummary {
  label: string;
  address: string;
  target: string | null;
  result: string | null;
  /** Quantitative rows only: 'positive' (more is better) or 'reverse' (以下, 成本). */
  direction: 'positive' | 'reverse' | null;
  /** (result − target) ÷ target as a fraction, signed; for a reverse indicator, its overrun. */
  deviation: string | null;
  suggested: string | null;
  weight: string | null;
  score: string | null;
}

export interface LevelSummary {
  label: string;
  address: string;
  declaredWeight: string | null;
  weight: string | null;
  score: string | null;
  band?: Band | null;
  suggested?: string | null;
  children?: LevelSummary[];
  indicators?: IndicatorSummary[];
}

export interface FlagCounts {
  error: number;
  warning: number;
  info: number;
}

export interface FormSummary {
  kind: FormKind;
  sheet: string;
  name?: string | null;
  unitName?: string | null;
  year: number | null;
  unit: MoneyUnit;
  lines: LineSummary[];
  controlRate?: string | null;
  sanGongChangeRate?: string | null;
  budgetAdjustmentRate?: string | null;
  levels?: LevelSummary[];
  weightSum?: string | null;
  scoreSum?: string | null;
  reportedTotal?: string | null;
  grade?: string | null;
  missing: string[];
  /** Laid out and not filled in yet (core/blankForm.ts). */
  blank?: boolean;
  counts: FlagCounts;
}

export interface Summary {
  forms: FormSummary[];
  counts: FlagCounts;
}
