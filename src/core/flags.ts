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
  // Printed precision, like RATE_ROUNDED: 重新计算得分 sets every rate to the setting's (issue 12).
  RATE_PRECISION: 'info',
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
  // A blank 等级 beside a 总分 (issue 12): 重新计算得分 fills it.
  GRADE_MISSING: 'warning',
  FORMULA_KEPT: 'info',
  FORM_INCOMPLETE: 'info',
  // The attachments checked against each other, and score columns holding the weights.
  CROSS_SHEET_MISMATCH: 'error',
  CROSS_SHEET_SHORTFALL: 'warning',
  SCORES_ARE_WEIGHTS: 'warning',
  // The report's body text against its tables and against itself (src/core/report).
  BODY_TABLE_MISMATCH: 'error',
  BODY_SUM_MISMATCH: 'error',
  BODY_SUM_ROUNDING: 'info',
  BODY_SUM_SHORT: 'warning',
  BODY_STATED_TWICE: 'warning',
  BODY_UNIT_SUSPECT: 'warning',
  BODY_GRADE_MISMATCH: 'error',
} as const satisfies Record<string, Severity>;

export type FlagCode = keyof typeof FLAG_SEVERITY;

/** The other cell a flag compares its own with (the second side of a cross-sheet check). */
export interface RelatedCell {
  sheet: string;
  address: string;
}

/** The sentence of the report body a body flag is about (its sheet is 正文, its address the paragraph). */
export interface BodyQuote {
  /** The paragraph's index in the body. */
  paragraph: number;
  headings: string[];
  sentence: string;
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
  quote?: BodyQuote;
}

export interface FlagValues {
  expected?: string;
  actual?: string;
  related?: RelatedCell;
  quote?: BodyQuote;
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
  if (values.quote !== undefined) flag.quote = { ...values.quote };
  return flag;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareFlags(a: Flag, b: Flag): number {
  return ORDER[a.severity] - ORDER[b.severity];
}
