/**
 * zh-CN texts of the hidden settings sheet (绩效自评设置). The labels are the sheet's keys: the
 * core reads a row by its label, so a label here must not change once workbooks carry it.
 */
export const SETTINGS_SHEET_NAME = '绩效自评设置';

export const SETTINGS_SHEET_TEXT = {
  note: '本工作表由“绩效自评助手”加载项保存设置（单位、年度、计算规则），请在加载项的“设置”中修改，勿删除或改名。',
  keyHeader: '设置项',
  valueHeader: '值',
  yes: '是',
  no: '否',
  linear: '线性扣分',
  ratio: '目标值÷实际值',
  scaleLayout: '资金来源与结构（2021 年模板）',
  fundsLayout: '年度预算申请（项目表样式）',
};

/** One label per stored setting, in the order the sheet lists them. */
export const SETTINGS_SHEET_LABELS = {
  unitName: '单位名称',
  year: '年度',
  ratePrecision: '比率小数位数',
  capExecutionScore: '预算执行率得分不超过分值',
  reverseFormula: '反向指标计分公式',
  costIndicatorsReverse: '成本指标按反向指标计分',
  reasonBelowRate: '执行率低于此值须填偏差原因',
  reasonAboveRate: '执行率高于此值须填偏差原因',
  bandAchieved: '定性指标“达成”得分比例下限',
  bandPartial: '定性指标“部分达成”得分比例下限',
  gradeExcellent: '等级“优”分数下限',
  gradeGood: '等级“良”分数下限',
  gradePass: '等级“中”分数下限',
  fillSuggestedScores: '空白得分填入建议得分',
  overallLayout: '附件2 样式',
  autoRecalc: '编辑时自动重算',
} as const;
