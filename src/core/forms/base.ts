/** 附件1 部门整体支出绩效自评基础数据表: the 经费控制情况 lines and how they add up. */
export type BaseLineKey =
  | 'sanGong'
  | 'vehicle'
  | 'vehiclePurchase'
  | 'vehicleRunning'
  | 'abroad'
  | 'reception'
  | 'project'
  | 'projBusiness'
  | 'projOps'
  | 'projOther'
  | 'public'
  | 'office'
  | 'utilities'
  | 'meeting'
  | 'procurement'
  | 'adjustment';

export interface BaseLineDef {
  key: BaseLineKey;
  /** The label as the official form prints it (leading spaces are layout, not text). */
  label: string;
  /** Indentation level in the official form. */
  indent: number;
  /** Matched against the normalized label (no whitespace, half-width, numbering stripped). */
  pattern: RegExp;
  /** Parent = exact sum of these parts. */
  sumOf?: BaseLineKey[];
  /** 其中 parts: together at most the parent. */
  partsOf?: BaseLineKey[];
  /** May be left out of a hand-made form. */
  optional?: boolean;
}

export const BASE_LINES: readonly BaseLineDef[] = [
  {
    key: 'sanGong',
    label: '三公经费',
    indent: 0,
    pattern: /^"?三公"?经费/,
    sumOf: ['vehicle', 'abroad', 'reception'],
  },
  {
    key: 'vehicle',
    label: '1、公务用车购置和维护经费',
    indent: 1,
    pattern: /^公务用车购置(和|及)(运行)?维护/,
    sumOf: ['vehiclePurchase', 'vehicleRunning'],
  },
  { key: 'vehiclePurchase', label: '其中：公车购置', indent: 2, pattern: /^公(务用)?车购置(费)?$/ },
  {
    key: 'vehicleRunning',
    label: '公车运行维护',
    indent: 2,
    pattern: /^公(务用)?车运行(和)?维护(费)?$/,
  },
  { key: 'abroad', label: '2、出国经费', indent: 1, pattern: /^(因公)?出国(\(境\))?(经)?费/ },
  { key: 'reception', label: '3、公务接待', indent: 1, pattern: /^公务接待/ },
  {
    key: 'project',
    label: '项目支出：',
    indent: 0,
    pattern: /^项目支出[:：]?$/,
    sumOf: ['projBusiness', 'projOps', 'projOther'],
  },
  { key: 'projBusiness', label: '1、业务工作专项', indent: 1, pattern: /^业务工作专项/ },
  {
    key: 'projOps',
    label: '2、运行维护专项',
    indent: 1,
    pattern: /^运行维护专项/,
    optional: true,
  },
  { key: 'projOther', label: '……', indent: 1, pattern: /^(…+|\.{3,})$/, optional: true },
  {
    key: 'public',
    label: '公用经费',
    indent: 0,
    pattern: /^公用经费/,
    partsOf: ['office', 'utilities', 'meeting'],
  },
  { key: 'office', label: '其中：办公经费', indent: 1, pattern: /^办公经费/ },
  { key: 'utilities', label: '水费、电费、差旅费', indent: 1, pattern: /^水费/ },
  { key: 'meeting', label: '会议费、培训费', indent: 1, pattern: /^会议费/ },
  { key: 'procurement', label: '政府采购金额', indent: 0, pattern: /^政府采购/ },
  {
    key: 'adjustment',
    label: '部门整体支出预算调整',
    indent: 0,
    pattern: /^部门(整体|基本)?支出预算调整/,
  },
];

export const BASE_MEASURES_LABEL = '厉行节约保障措施';

export const BASE_NOTE =
  '说明：“项目支出”需要填报除公共专项资金和基本支出以外的所有项目情况，包括业务工作项目、运行维护项目等；“公用经费”填报基本支出中的一般商品和服务支出。';
