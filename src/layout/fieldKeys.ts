/**
 * Stable keys for the fields of a laid-out form (SheetPlan.fields). Indicator indexes are 0-based:
 * i = 一级, j = 二级 within it, k = 三级 row within the 二级.
 */
import type { BaseLineKey } from '../core/forms/base';
import type { ScaleLineKey } from '../core/forms/overall';
import type { FundLineKey } from '../core/forms/project';

export type BaseLineColumn = 'prior' | 'budget' | 'final';
export type ScaleColumn = 'budget' | 'actual' | 'rate';
export type FundColumn = 'initial' | 'budget' | 'actual' | 'weight' | 'rate' | 'score';
export type IndicatorColumn = 'level3' | 'target' | 'result' | 'weight' | 'score' | 'reason';

/** Fields every form has. */
export const UNIT_KEY = 'unit';
export const GOAL_TARGET_KEY = 'goal.target';
export const GOAL_RESULT_KEY = 'goal.result';
export const TOTAL_WEIGHT_KEY = 'total.weight';
export const TOTAL_SCORE_KEY = 'total.score';
export const GRADE_KEY = 'grade';

/** 附件1 */
export const STAFF_ESTABLISHMENT_KEY = 'staff.establishment';
export const STAFF_ACTUAL_KEY = 'staff.actual';
export const STAFF_CONTROL_RATE_KEY = 'staff.controlRate';
export const MEASURES_KEY = 'measures';

export function baseLineKey(line: BaseLineKey, column: BaseLineColumn): string {
  return `line.${line}.${column}`;
}

/** 附件2 */
export const UNIT_NAME_KEY = 'unitName';

export function scaleKey(line: ScaleLineKey, column: ScaleColumn): string {
  return `scale.${line}.${column}`;
}

/** 附件3 */
export const PROJECT_NAME_KEY = 'name';
export const DEPARTMENT_KEY = 'department';
export const IMPLEMENTER_KEY = 'implementer';

export function fundKey(line: FundLineKey, column: FundColumn): string {
  return `funds.${line}.${column}`;
}

/** Indicator tree (附件2 and 附件3). */
export function level1LabelKey(i: number): string {
  return `ind.${i}.label`;
}

export function level1WeightKey(i: number): string {
  return `ind.${i}.weight`;
}

export function level2LabelKey(i: number, j: number): string {
  return `ind.${i}.${j}.label`;
}

export function level3Key(i: number, j: number, k: number, column: IndicatorColumn): string {
  return `ind.${i}.${j}.${k}.${column}`;
}
