/**
 * Amount lines of the funds blocks, as data: 附件3 项目资金, the 部门整体 table's 预算资金 /
 * 年度预算申请 (the newer Hunan and the Anhui templates) and the seed's 整体支出规模. Each line
 * with the spellings units use for it, and the group it adds up in:
 * 年度资金总额 = Σ source parts (按收入性质分) = Σ structure parts (按支出性质分).
 */
export type FundLineKey =
  | 'total'
  | 'sourceTotal'
  | 'structureTotal'
  | 'fiscal'
  | 'govFund'
  | 'specialAccount'
  | 'carryover'
  | 'unitFunds'
  | 'other'
  | 'basic'
  | 'project';

export type FundGroup = 'total' | 'source' | 'structure';

export interface FundLineName {
  key: FundLineKey;
  /** Short name for messages and the pane. */
  name: string;
  group: FundGroup;
  /**
   * Matched against normHeader text of the label (at most MAX_LABEL characters: a longer cell is
   * a note), in this order; each line read once.
   */
  pattern: RegExp;
}

export const FUND_LINE_NAMES: readonly FundLineName[] = [
  {
    key: 'total',
    name: '年度资金总额',
    group: 'total',
    pattern: /^(年度)?(预算)?资金总(额|计)$|^总额$|^合计$|^年度资金总额/,
  },
  {
    key: 'sourceTotal',
    name: '按收入性质分',
    group: 'total',
    pattern: /^按(收入|资金)(性质|来源)分?/,
  },
  { key: 'structureTotal', name: '按支出性质分', group: 'total', pattern: /^按支出(性质|结构)分?/ },
  {
    key: 'fiscal',
    name: '财政拨款',
    group: 'source',
    pattern: /^(资金来源.*)?(当年|本年)?财政(拨款|资金|补助)|^一般公共预算/,
  },
  { key: 'govFund', name: '政府性基金拨款', group: 'source', pattern: /^政府性基金/ },
  {
    key: 'specialAccount',
    name: '纳入专户管理的非税收入拨款',
    group: 'source',
    pattern: /^(纳入|财政)?专户|非税收入(拨款)?$/,
  },
  {
    key: 'carryover',
    name: '上年结转资金',
    group: 'source',
    pattern: /^上年结转|^结转(结余)?资金/,
  },
  { key: 'unitFunds', name: '单位资金', group: 'source', pattern: /^单位(自有)?资金|^自有资金/ },
  { key: 'other', name: '其他资金', group: 'source', pattern: /^其他资金|^其他(收入)?$/ },
  { key: 'basic', name: '基本支出', group: 'structure', pattern: /^(资金结构.*)?基本支出/ },
  { key: 'project', name: '项目支出', group: 'structure', pattern: /^项目支出/ },
];

export const MAX_FUND_LABEL = 24;
