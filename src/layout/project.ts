/** 附件3 项目支出绩效自评表: landscape, nine columns, one sheet per project. */
import { FUND_LINES, PROJECT_INDICATORS } from '../core/forms/project';
import { DEPARTMENT_KEY, IMPLEMENTER_KEY, PROJECT_NAME_KEY } from './fieldKeys';
import { addFundsBlock } from './fundsBlock';
import { addGoalBlock } from './goalBlock';
import { FIRST_TABLE_ROW, addHeading } from './heading';
import type { PlanOptions, SheetPlan } from './plan';
import { finishScoredSheet } from './scoredSheet';
import { SCORED_WIDTH } from './scoredTable';
import { SheetBuilder } from './sheetBuilder';
import { LABEL, TEXT_INPUT } from './styles';

export const PROJECT_SHEET_NAME = '附件3 项目支出自评表';

/** Rows 3..: 项目支出名称, 主管部门/实施单位, 项目资金, 年度总体目标; returns the next free row. */
function addFundsAndGoals(sheet: SheetBuilder, opts: PlanOptions): number {
  const last = SCORED_WIDTH - 1;
  let row = FIRST_TABLE_ROW;
  sheet.put(row, 0, '项目支出名称', LABEL);
  sheet.block(row, 1, row, last, opts.projectName ?? null, TEXT_INPUT);
  sheet.field(PROJECT_NAME_KEY, row, 1);
  sheet.height(row, 28);
  row += 1;
  sheet.put(row, 0, '主管部门', LABEL);
  sheet.block(row, 1, row, 3, null, TEXT_INPUT);
  sheet.put(row, 4, '实施单位', LABEL);
  sheet.block(row, 5, row, last, opts.unit ?? null, TEXT_INPUT);
  sheet.field(DEPARTMENT_KEY, row, 1);
  sheet.field(IMPLEMENTER_KEY, row, 5);
  sheet.height(row, 20);
  row += 1;
  row = addFundsBlock(sheet, row, '项目资金（万元）', FUND_LINES);
  return addGoalBlock(sheet, row, last, { target: '预期目标', result: '实际完成情况' });
}

export function planProject(opts: PlanOptions): SheetPlan {
  const sheet = new SheetBuilder();
  addHeading(sheet, 'project', opts, SCORED_WIDTH);
  const row = addFundsAndGoals(sheet, opts);
  return finishScoredSheet(
    sheet,
    'project',
    opts.sheetName ?? PROJECT_SHEET_NAME,
    row,
    opts.indicators ?? PROJECT_INDICATORS,
  );
}
