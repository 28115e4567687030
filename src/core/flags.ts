/** A flag: one problem, at one cell, with a stable code the pane, the CLI and tools key on. */
export type Severity = 'error' | 'warning' | 'info';

export const FLAG_SEVERITY = {
  NOT_A_NUMBER: 'error',
  UNIT_MISMATCH: 'error',
  NEGATIVE_AMOUNT: 'warning',
  OVER_BUDGET: 'warning',
  LOW_EXECUTION: 'warning',
  BUDGET_ADDITION: 'warning',
  OVER_ESTABLISHMENT: 'warning',
  RATE_MISMATCH: 'error',
  RATE_PRECISION: 'warning',
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
  REASON_MISSING: 'warning',
  TOTAL_MISMATCH: 'error',
  GRADE_MISMATCH: 'error',
  FORMULA_KEPT: 'info',
  FORM_INCOMPLETE: 'info',
} as const satisfies Record<string, Severity>;

export type FlagCode = keyof typeof FLAG_SEVERITY;

export interface Flag {
  code: FlagCode;
  severity: Severity;
  sheet: string;
  address: string;
  message: string;
  expected?: string;
  actual?: string;
}

export function makeFlag(
  code: FlagCode,
  sheet: string,
  address: string,
  message: string,
  values: { expected?: string; actual?: string } = {},
): Flag {
  const flag: Flag = { code, severity: FLAG_SEVERITY[code], sheet, address, message };
  if (values.expected !== undefined) flag.expected = values.expected;
  if (values.actual !== undefined) flag.actual = values.actual;
  return flag;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareFlags(a: Flag, b: Flag): number {
  return ORDER[a.severity] - ORDER[b.severity];
}
