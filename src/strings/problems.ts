/** The 问题清单 (issue 12): its counts line, and each group's header sentence, per rule. */
import type { FLAG_SEVERITY, FlagCode, Severity } from '../core/flags';

/**
 * The results at the top of the pane (issue 12): one line of counts, then the problems grouped,
 * one group per rule per form, each group's header a sentence.
 */
export const PROBLEM_TEXT = {
  counts: (e: number, w: number, i: number) => `错误 ${e} · 警告 ${w} · 提示 ${i}`,
  formsFound: (forms: string) => `已找到 ${forms}`,
  formsMissing: (forms: string) => `未找到 ${forms}`,
  /** `附件3 ×2`: several forms of one kind. */
  formTimes: (form: string, n: number) => `${form} ×${n}`,
  noForms: '未找到自评表',
  /** `附件3 项目1：6 行扣分但未填写偏差原因`. */
  groupTitle: (sheet: string, sentence: string) => `${sheet}：${sentence}`,
  /** The 提示 of every form, in one folded group. */
  infoBundle: (n: number, rules: string) => `另有 ${n} 条提示：${rules}`,
  notFilled: '尚未填写',
  blankForm: (sheet: string) => `${sheet}：尚未填写`,
  blankFormFlags: (n: number) => `${n} 条检查结果`,
  severityTag: { error: '错误', warning: '警告', info: '提示' } as Record<Severity, string>,
  expand: '展开',
  collapse: '收起',
};

/** A rule's findings on one form, counted: the sentence of a group header. */
export const PANE_GROUP_SENTENCE: Record<FlagCode, (n: number) => string> = {
  NOT_A_NUMBER: (n) => `${n} 个单元格不是有效数字`,
  UNIT_MISMATCH: (n) => `${n} 个单元格的单位与表格不符`,
  NEGATIVE_AMOUNT: (n) => `${n} 个数为负数`,
  OVER_BUDGET: (n) => `${n} 项超出预算`,
  LOW_EXECUTION: (n) => `${n} 项执行率偏低`,
  BUDGET_ADDITION: (n) => `${n} 项年中追加预算`,
  OVER_ESTABLISHMENT: (n) => `${n} 处超编`,
  RATE_MISMATCH: (n) => `${n} 个比率与本行数据不符`,
  RATE_PRECISION: (n) => `${n} 处比率的小数位数不一致`,
  RATE_ROUNDED: (n) => `${n} 个比率少保留了小数位`,
  SUM_MISMATCH: (n) => `${n} 个合计与分项之和不符`,
  PARENT_EMPTY: (n) => `${n} 行合计未填写而分项已填写`,
  PARTS_EXCEED: (n) => `${n} 处分项之和超过合计`,
  SOURCE_STRUCTURE_MISMATCH: (n) => `${n} 处资金来源合计与支出结构合计不符`,
  WEIGHT_SUM: (n) => `${n} 处权重合计不符`,
  WEIGHT_MISSING: (n) => `${n} 个指标未标明权重`,
  SCORE_MISSING: (n) => `${n} 个指标未填写自评得分`,
  SCORE_OVER_WEIGHT: (n) => `${n} 个得分超过分值`,
  SCORE_NEGATIVE: (n) => `${n} 个得分为负数`,
  SCORE_SUGGESTION: (n) => `${n} 个得分与建议得分不同`,
  COEFFICIENT_MISMATCH: (n) => `${n} 个得分系数与“得分 ÷ 权重”不符`,
  REASON_MISSING: (n) => `${n} 行未填写偏差原因`,
  TOTAL_MISMATCH: (n) => `${n} 处总分与各项得分合计不符`,
  GRADE_MISMATCH: (n) => `${n} 处等级与总分不符`,
  GRADE_MISSING: (n) => `${n} 处等级未填写`,
  FORMULA_KEPT: (n) => `${n} 个公式的结果与计算值不一致`,
  FORM_INCOMPLETE: (n) => `${n} 处栏目未找到`,
  CROSS_SHEET_MISMATCH: (n) => `${n} 处与其他附件的数据不一致`,
  CROSS_SHEET_SHORTFALL: (n) => `${n} 处附件3 合计少于附件2 项目支出`,
  SCORES_ARE_WEIGHTS: (n) => `${n} 处得分列填的可能是权重`,
  BODY_TABLE_MISMATCH: (n) => `${n} 处正文与表格不符`,
  BODY_SUM_MISMATCH: (n) => `${n} 处正文的合计与分项不符`,
  BODY_SUM_ROUNDING: (n) => `${n} 处正文的合计差一个尾数`,
  BODY_SUM_SHORT: (n) => `${n} 处正文“其中”各项少于合计`,
  BODY_STATED_TWICE: (n) => `${n} 处同一数字前后不一致`,
  BODY_UNIT_SUSPECT: (n) => `${n} 处金额单位可疑`,
  BODY_GRADE_MISMATCH: (n) => `${n} 处正文的等级与得分不符`,
};

/** REASON_MISSING where every row of the group lost points (the seed's case). */
export const REASON_LOST_POINTS_SENTENCE = (n: number) => `${n} 行扣分但未填写偏差原因`;

type InfoCode = {
  [K in FlagCode]: (typeof FLAG_SEVERITY)[K] extends 'info' ? K : never;
}[FlagCode];

/** The 提示 rules by name, listed in the header of the folded 提示 group. */
export const PANE_INFO_RULE: Record<InfoCode, string> = {
  BUDGET_ADDITION: '年中追加预算',
  RATE_PRECISION: '小数位不一致',
  RATE_ROUNDED: '比率小数位',
  SCORE_SUGGESTION: '建议得分',
  FORMULA_KEPT: '公式结果',
  FORM_INCOMPLETE: '未找到的栏目',
  BODY_SUM_ROUNDING: '正文尾数',
};
