/**
 * How a column is named, as data: each key with its spellings, most specific first. The table
 * reader gives a header cell the key of the most specific spelling it matches (see
 * recognize/columns.ts), so `执行率权重` is a weight and `预算执行率` a rate, whatever their order.
 * Patterns are matched against normHeader text: no spaces, no numbering, no bracketed units.
 */
export interface ColumnDef<K extends string> {
  key: K;
  names: readonly RegExp[];
}

export type FundColumn = 'initial' | 'budget' | 'actual' | 'weight' | 'rate' | 'score';

/** 项目资金 / 预算资金 / 年度预算申请 / 整体支出规模 blocks. */
export const FUND_COLUMNS: readonly ColumnDef<FundColumn>[] = [
  { key: 'weight', names: [/^(参考)?分值$|^权重$|执行率(权重|分值)$/, /分值|权重/] },
  { key: 'score', names: [/^(自评)?得分$|执行率得分$/, /得分/] },
  { key: 'rate', names: [/执行率$/, /执行率/] },
  { key: 'initial', names: [/^年初预算数?$/, /^年初(预算|批复|安排)/] },
  {
    key: 'budget',
    names: [/^全年预算数?$|^调整后?预算数?$/, /^全年.*预算/, /调整后?预算|^预算数$|^本年预算/],
  },
  {
    key: 'actual',
    names: [/^(全年|预算)?执行数$/, /全年执行|全年支出|实际支出/, /执行数|^决算数$|^实际数$/],
  },
];

export type IndicatorColumn =
  | 'l1'
  | 'l2'
  | 'l3'
  | 'criterion'
  | 'target'
  | 'adjustedTarget'
  | 'result'
  | 'coefficient'
  | 'weight'
  | 'score'
  | 'reason'
  | 'measureUnit'
  | 'nature';

/**
 * 分解目标 / 绩效指标 / 评价指标 tables. A 权重 column between 一级 and 二级 is the 一级 weight
 * (the seed's 附件2); anywhere else it is the row's weight (recognize/indicators.ts).
 */
export const INDICATOR_COLUMNS: readonly ColumnDef<IndicatorColumn>[] = [
  { key: 'l1', names: [/^一级指标/] },
  { key: 'l2', names: [/^二级指标/] },
  // `绩效指标` is also the block label merged down beside a table: the last resort.
  { key: 'l3', names: [/^三级指标|^指标名称$/, /^(具体)?指标(内容)?$/, /^绩效指标$/] },
  { key: 'criterion', names: [/评分(标准|办法|细则|规则)|考核(标准|办法)|计分方法/] },
  { key: 'coefficient', names: [/系数/] },
  { key: 'adjustedTarget', names: [/^调整(后)?指标值/] },
  {
    key: 'target',
    names: [/^(年度|年初|全年)?指标值$|^(预期|绩效)?目标值?$/, /指标值|预期目标|目标值/],
  },
  {
    key: 'result',
    names: [
      /^(全年|实际)?完成(值|情况)?$|^全年实际值$|^实际值$/,
      /完成值|完成情况|实际值|实际完成/,
    ],
  },
  { key: 'measureUnit', names: [/^(计量|度量)单位$/] },
  { key: 'nature', names: [/^指标性质$|^指标类型$/] },
  {
    key: 'weight',
    names: [/^(参考|标准|指标)?分值$|^(指标)?权重$|^(标准|满)分$/, /分值|权重/],
  },
  { key: 'score', names: [/^(自评|指标|评价)?得分$|^自评(得)?分$/, /得分/] },
  { key: 'reason', names: [/偏差|原因|扣分/] },
];
