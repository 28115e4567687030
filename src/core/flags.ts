/** A flag: one problem, at one cell, with a stable code the pane, the CLI and tools key on. */
export type Severity = 'error' | 'warning' | 'info';

export const FLAG_SEVERITY = {
  NOT_A_NUMBER: 'error',
  UNIT_MISMATCH: 'error',
  NEGATIVE_AMOUNT: 'warning',
  OVER_BUDGET: 'warning',
  LOW_EXECUTION: 'warning',
  // A mid-year addition is normal budgeting; the over-budget fact is in the 执行率 (issue 12).
  BUDGET_ADDITION: 'info',
  OVER_ESTABLISHMENT: 'warning',
  RATE_MISMATCH: 'error',
  RATE_PRECISION: 'warning',
  RATE_ROUNDED: 'info',
  SUM_MISMATCH: 'error',
  PARENT_EMPTY: 'warning',
  PARTS_EXCEED: 'error',
  SOURCE_STRUCTURE_MISMATCH: 'error',
  WEIGHT_SUM: 'error',
  WEIGHT_MISSING: 'warning',
  SCORE_MISSING: 'warning',
  SCORE_OVER_WEIGHT: 'error',
  SCORE_NEGATIVE: 'error',
  SCORE_SUGGESTION: 'info',
  COEFFICIENT_MISMATCH: 'error',
  REASON_MISSING: 'warning',
  TOTAL_MISMATCH: 'error',
  GRADE_MISMATCH: 'error',
  FORMULA_KEPT: 'info',
  FORM_INCOMPLETE: 'info',
  // The attachments checked against each other, and score columns holding the weights.
  CROSS_SHEET_MISMATCH: 'error',
  CROSS_SHEET_SHORTFALL: 'warning',
  SCORES_ARE_WEIGHTS: 'warning',
} as const satisfies Record<string, Severity>;

export type FlagCode = keyof typeof FLAG_SEVERITY;

/** The other cell a flag compares its own with (the second side of a cross-sheet check). */
export interface RelatedCell {
  sheet: string;
  address: string;
}

export interface Flag {
  code: FlagCode;
  severity: Severity;
  sheet: string;
  address: string;
  message: string;
  expected?: string;
  actual?: string;
  related?: RelatedCell;
}

export interface FlagValues {
  expected?: string;
  actual?: string;
  related?: RelatedCell;
}

export function makeFlag(
  code: FlagCode,
  sheet: string,
  address: string,
  message: string,
  values: FlagValues = {},
): Flag {
  const flag: Flag = { code, severity: FLAG_SEVERITY[code], sheet, address, message };
  if (values.expected !== undefined) flag.expected = values.expected;
  if (values.actual !== undefined) flag.actual = values.actual;
  if (values.related !== undefined) flag.related = { ...values.related };
  return flag;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareFlags(a: Flag, b: Flag): number {
  return ORDER[a.severity] - ORDER[b.severity];
}
