/** 附件3 项目支出绩效自评表: fund lines and the indicator tree (财政部 2016: 10/50/30/10). */
import type { Level1Def } from './overall';

import type { FundLineKey } from './funds';
export type { FundLineKey };

export interface FundLineDef {
  key: FundLineKey;
  /** Short name for messages and the pane. */
  name: string;
  label: string;
  pattern: RegExp;
  optional?: boolean;
}

export const FUND_LINES: readonly FundLineDef[] = [
  { key: 'total', name: '年度资金总额', label: '年度资金总额', pattern: /^年度资金总额/ },
  {
    key: 'fiscal',
    name: '当年财政拨款',
    label: '其中：当年财政拨款',
    pattern: /当年财政拨款|^财政拨款/,
  },
  {
    key: 'carryover',
    name: '上年结转资金',
    label: '上年结转资金',
    pattern: /上年结转/,
    optional: true,
  },
  { key: 'other', name: '其他资金', label: '其他资金', pattern: /^其他资金/, optional: true },
];

/** 预算执行率 carries 10 of the 100 points. */
export const EXECUTION_WEIGHT = 10;

export const PROJECT_INDICATORS: readonly Level1Def[] = [
  {
    name: '产出指标',
    label: '产出指标（50分）',
    weight: 50,
    children: [
      { name: '数量指标', weight: 0, rows: 2 },
      { name: '质量指标', weight: 0, rows: 2 },
      { name: '时效指标', weight: 0, rows: 2 },
      { name: '成本指标', weight: 0, rows: 2 },
    ],
  },
  {
    name: '效益指标',
    label: '效益指标（30分）',
    weight: 30,
    children: [
      { name: '经济效益指标', weight: 0, rows: 2 },
      { name: '社会效益指标', weight: 0, rows: 2 },
      { name: '生态效益指标', weight: 0, rows: 2 },
      { name: '可持续影响指标', weight: 0, rows: 2 },
    ],
  },
  {
    name: '满意度指标',
    label: '满意度指标（10分）',
    weight: 10,
    children: [{ name: '服务对象满意度指标', weight: 0, rows: 2 }],
  },
];
