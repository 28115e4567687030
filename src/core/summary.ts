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
  overBudget: boolean;
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
  counts: FlagCounts;
}

export interface Summary {
  forms: FormSummary[];
  counts: FlagCounts;
}
