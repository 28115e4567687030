/** 附件2 部门整体支出绩效自评表: scale lines and the indicator tree with its weights. */
export type ScaleLineKey = 'fiscal' | 'other' | 'basic' | 'project';

export interface ScaleLineDef {
  key: ScaleLineKey;
  /** Short name for messages and the pane. */
  name: string;
  label: string;
  pattern: RegExp;
  group: 'source' | 'structure';
}

export const SCALE_LINES: readonly ScaleLineDef[] = [
  {
    key: 'fiscal',
    name: '财政拨款',
    label: '资金来源：（1）财政拨款',
    pattern: /财政拨款/,
    group: 'source',
  },
  { key: 'other', name: '其他资金', label: '（2）其他资金', pattern: /其他资金/, group: 'source' },
  {
    key: 'basic',
    name: '基本支出',
    label: '资金结构：（1）基本支出',
    pattern: /基本支出/,
    group: 'structure',
  },
  {
    key: 'project',
    name: '项目支出',
    label: '（2）项目支出',
    pattern: /项目支出/,
    group: 'structure',
  },
];

export interface Level2Def {
  name: string;
  weight: number;
  /** Number of 三级 rows the official form gives it (内容1, 内容2, ……). */
  rows: number;
}

export interface Level1Def {
  name: string;
  /** How the label is printed in the 一级 column. */
  label: string;
  weight: number;
  children: Level2Def[];
}

export const OVERALL_INDICATORS: readonly Level1Def[] = [
  {
    name: '投入管理指标',
    label: '投入管理指标',
    weight: 30,
    children: [
      { name: '预算编审管理', weight: 3, rows: 1 },
      { name: '预算执行管理', weight: 4, rows: 1 },
      { name: '部门结转结余资金管理', weight: 4, rows: 1 },
      { name: '预算绩效管理', weight: 5, rows: 1 },
      { name: '预决算信息公开管理', weight: 4, rows: 1 },
      { name: '财政监督管理', weight: 3, rows: 1 },
      { name: '政府采购管理', weight: 3, rows: 1 },
      { name: '资产管理', weight: 4, rows: 1 },
    ],
  },
  {
    name: '产出指标',
    label: '产出指标',
    weight: 25,
    children: [
      { name: '数量指标', weight: 6, rows: 3 },
      { name: '质量指标', weight: 8, rows: 3 },
      { name: '时效指标', weight: 5, rows: 3 },
      { name: '成本指标', weight: 6, rows: 3 },
    ],
  },
  {
    name: '效益指标',
    label: '效益指标',
    weight: 45,
    children: [
      { name: '经济效益指标', weight: 10, rows: 2 },
      { name: '社会效益指标', weight: 10, rows: 2 },
      { name: '生态效益指标', weight: 7, rows: 2 },
      { name: '可持续影响指标', weight: 8, rows: 2 },
      { name: '满意度指标', weight: 10, rows: 2 },
    ],
  },
];

export const OVERALL_INPUT_MANAGEMENT_NOTE = '根据财政管理工作绩效考核相关办法规定填报';

export const OVERALL_FOOTNOTE =
  '注：上述产出指标和效益指标既可以按照重点任务完成情况分别填列，也可以依据所有重点任务归纳提炼综合指标。';
