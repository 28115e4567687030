/**
 * 附件2 部门整体支出绩效自评表 in the newer Hunan (and Anhui) layout: 年度预算申请 like a project
 * table, with the sources (按收入性质分) and the uses (按支出性质分) by column, then the indicator
 * table of 附件3 (预算执行率 10, 产出 50, 效益 30, 满意度 10). In 万元, landscape, nine columns.
 */
import { PROJECT_INDICATORS } from '../core/forms/project';
import { UNIT_NAME_KEY } from './fieldKeys';
import { addFundsBlock } from './fundsBlock';
import type { FundsLineLayout } from './fundsBlock';
import { addGoalBlock } from './goalBlock';
import { FIRST_TABLE_ROW, addHeading } from './heading';
import { OVERALL_SHEET_NAME } from './overall';
import type { PlanOptions, SheetPlan } from './plan';
import { finishScoredSheet } from './scoredSheet';
import { SCORED_WIDTH } from './scoredTable';
import { SheetBuilder } from './sheetBuilder';
import { LABEL, TEXT_INPUT } from './styles';

export const OVERALL_FUNDS_LINES: readonly FundsLineLayout[] = [
  { key: 'total', label: '年度资金总额' },
  { key: 'sourceTotal', label: '按收入性质分：', heading: true },
  { key: 'fiscal', label: '其中：一般公共预算', indent: 1 },
  { key: 'govFund', label: '政府性基金拨款', indent: 2 },
  { key: 'specialAccount', label: '纳入专户管理的非税收入拨款', indent: 2 },
  { key: 'other', label: '其他资金', indent: 2 },
  { key: 'structureTotal', label: '按支出性质分：', heading: true },
  { key: 'basic', label: '其中：基本支出', indent: 1 },
  { key: 'project', label: '项目支出', indent: 2 },
];

export function planOverallFunds(opts: PlanOptions): SheetPlan {
  const sheet = new SheetBuilder();
  const last = SCORED_WIDTH - 1;
  addHeading(sheet, 'overall', opts, SCORED_WIDTH, '单位：万元');
  let row = FIRST_TABLE_ROW;
  sheet.put(row, 0, '部门（单位）名称', LABEL);
  sheet.block(row, 1, row, last, opts.unit ?? null, TEXT_INPUT);
  sheet.field(UNIT_NAME_KEY, row, 1);
  sheet.height(row, 22);
  row += 1;
  row = addFundsBlock(sheet, row, '年度预算申请（万元）', OVERALL_FUNDS_LINES);
  row = addGoalBlock(sheet, row, last, { target: '预期目标', result: '实际完成情况' });
  return finishScoredSheet(
    sheet,
    'overall',
    opts.sheetName ?? OVERALL_SHEET_NAME,
    row,
    opts.indicators ?? PROJECT_INDICATORS,
  );
}
