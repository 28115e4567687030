/**
 * The three official attachments of a 部门整体支出绩效自评报告, and the 评价指标（评分）表 some
 * finance bureaus ask for instead of (or beside) 附件2.
 */
export type FormKind = AttachmentKind | 'indicator';

/** The forms the add-in lays out: 附件1, 附件2, 附件3. */
export type AttachmentKind = 'base' | 'overall' | 'project';

/** Money units the forms are kept in: 附件1/附件2 in 元, 附件3 in 万元. */
export type MoneyUnit = 'yuan' | 'wan' | 'yi';

export const FORM_ATTACHMENT_NO: Record<AttachmentKind, number> = {
  base: 1,
  overall: 2,
  project: 3,
};

export const FORM_TITLES: Record<FormKind, string> = {
  base: '部门整体支出绩效自评基础数据表',
  overall: '部门整体支出绩效自评表',
  project: '项目支出绩效自评表',
  indicator: '部门整体支出绩效评价指标评分表',
};

export const FORM_DEFAULT_UNIT: Record<FormKind, MoneyUnit> = {
  base: 'yuan',
  overall: 'yuan',
  project: 'wan',
  indicator: 'yuan',
};
