/** 附件3 项目支出绩效自评表: landscape, nine columns, one sheet per project. */
import type { Level1Def } from '../core/forms/overall';
import { EXECUTION_WEIGHT, FUND_LINES, PROJECT_INDICATORS } from '../core/forms/project';
import {
  DEPARTMENT_KEY,
  GRADE_KEY,
  IMPLEMENTER_KEY,
  PROJECT_NAME_KEY,
  TOTAL_SCORE_KEY,
  TOTAL_WEIGHT_KEY,
  fundKey,
  level1LabelKey,
  level2LabelKey,
  level3Key,
  type IndicatorColumn,
} from './fieldKeys';
import {
  CHECK_COLUMN_WIDTH,
  FIRST_TABLE_ROW,
  addCheckHeader,
  addHeading,
  scorePrompt,
} from './heading';
import { level1RowCount, level2Label, projectLevel3Placeholder, scoreMax } from './indicatorLabels';
import { pageSetupFor } from './pageSetup';
import type { PlanOptions, SheetPlan } from './plan';
import { addGoalBlock } from './goalBlock';
import { SheetBuilder } from './sheetBuilder';
import { AMOUNT, COMPACT_FONT_SIZE, LABEL, RATE, SCORE, TEXT_INPUT, lineLabel } from './styles';

/** A section | B 一级 | C 二级 | D 三级 | E 年度指标值 | F 实际完成值 | G 分值 | H 得分 | I 偏差原因 */
const WIDTH = 9;
const COLUMN_WIDTHS = [11, 10, 14, 11, 35, 35, 6, 8, 15];
const INDICATOR_HEADINGS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
];
const INDICATOR_COLUMNS: readonly { column: IndicatorColumn; col: number }[] = [
  { column: 'level3', col: 3 },
  { column: 'target', col: 4 },
  { column: 'result', col: 5 },
  { column: 'weight', col: 6 },
  { column: 'score', col: 7 },
  { column: 'reason', col: 8 },
];

export const PROJECT_SHEET_NAME = '附件3 项目支出自评表';

/** Rows 3..: 项目支出名称, 主管部门/实施单位, 项目资金, 年度总体目标; returns the next free row. */
function addFundsAndGoals(sheet: SheetBuilder, opts: PlanOptions): number {
  const last = WIDTH - 1;
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

  const fundTop = row;
  sheet.block(row, 0, row + FUND_LINES.length, 0, '项目资金（万元）', LABEL);
  sheet.block(row, 1, row, 2, null, LABEL);
  ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((text, i) =>
    sheet.put(row, 3 + i, text, LABEL),
  );
  sheet.height(row, 24);
  row += 1;
  FUND_LINES.forEach((line, i) => {
    sheet.block(row, 1, row, 2, line.label, lineLabel(0));
    sheet.put(row, 3, null, AMOUNT);
    sheet.put(row, 4, null, AMOUNT);
    sheet.put(row, 5, null, AMOUNT);
    sheet.put(row, 6, i === 0 ? EXECUTION_WEIGHT : null, SCORE);
    sheet.put(row, 7, null, RATE);
    sheet.put(row, 8, null, SCORE);
    const columns = ['initial', 'budget', 'actual', 'weight', 'rate', 'score'] as const;
    columns.forEach((column, c) => sheet.field(fundKey(line.key, column), row, 3 + c));
    const max = i === 0 ? EXECUTION_WEIGHT : 100;
    sheet.validateScore(row, 8, max, scorePrompt(max));
    sheet.height(row, 18);
    row += 1;
  });
  sheet.keepTogether(fundTop, row - 1);

  return addGoalBlock(sheet, row, last, { target: '预期目标', result: '实际完成情况' });
}

/** The rows of one 一级; returns the next free row. */
function addLevel1(sheet: SheetBuilder, level1: Level1Def, i: number, top: number): number {
  const bottom = top + level1RowCount(level1) - 1;
  sheet.block(top, 1, bottom, 1, level1.label, LABEL);
  sheet.field(level1LabelKey(i), top, 1);
  let row = top;
  level1.children.forEach((level2, j) => {
    const rows = Math.max(1, level2.rows);
    sheet.block(row, 2, row + rows - 1, 2, level2Label(level2), LABEL);
    sheet.field(level2LabelKey(i, j), row, 2);
    sheet.keepTogether(row, row + rows - 1);
    // 三级 rows keep Excel's own height, so Excel refits them as the accountant types.
    for (let k = 0; k < rows; k += 1, row += 1) {
      sheet.put(row, 3, projectLevel3Placeholder(rows, k), TEXT_INPUT);
      sheet.put(row, 4, null, TEXT_INPUT);
      sheet.put(row, 5, null, TEXT_INPUT);
      sheet.put(row, 6, null, SCORE);
      sheet.put(row, 7, null, SCORE);
      sheet.put(row, 8, null, TEXT_INPUT);
      for (const { column, col } of INDICATOR_COLUMNS) {
        sheet.field(level3Key(i, j, k, column), row, col);
      }
      sheet.validateScore(row, 7, scoreMax(level2), scorePrompt(scoreMax(level2)));
    }
  });
  return bottom + 1;
}

export function planProject(opts: PlanOptions): SheetPlan {
  const sheet = new SheetBuilder();
  const last = WIDTH - 1;
  addHeading(sheet, 'project', opts, WIDTH);
  let row = addFundsAndGoals(sheet, opts);

  const indicators = opts.indicators ?? PROJECT_INDICATORS;
  const indicatorRows = indicators.reduce((n, level1) => n + level1RowCount(level1), 0);
  sheet.block(row, 0, row + indicatorRows, 0, '绩效指标', LABEL);
  INDICATOR_HEADINGS.forEach((text, i) => sheet.put(row, 1 + i, text, LABEL));
  addCheckHeader(sheet, row, WIDTH);
  sheet.height(row, 30);
  sheet.keepTogether(row, row + 1); // the headings travel with the first 二级
  // Repeated on every page (not the title): see planOverall.
  const headerRows = { first: row, last: row };
  row += 1;
  indicators.forEach((level1, i) => {
    row = addLevel1(sheet, level1, i, row);
  });

  // 总分 = 100: the 10 points of 预算执行率 plus the indicators'.
  sheet.put(row, 0, '总分', LABEL);
  sheet.block(row, 1, row, 5, null, LABEL);
  sheet.put(row, 6, 100, SCORE);
  sheet.put(row, 7, null, SCORE);
  sheet.put(row, 8, null, TEXT_INPUT);
  sheet.field(TOTAL_WEIGHT_KEY, row, 6);
  sheet.field(TOTAL_SCORE_KEY, row, 7);
  sheet.height(row, 22);
  row += 1;
  sheet.put(row, 0, '等级', LABEL);
  sheet.block(row, 1, row, last, null, LABEL);
  sheet.field(GRADE_KEY, row, 1);
  sheet.height(row, 22);
  sheet.keepTogether(row - 1, row);

  sheet.style(
    { top: FIRST_TABLE_ROW, left: 0, bottom: row, right: last },
    { fontSize: COMPACT_FONT_SIZE },
  );
  return sheet.build({
    kind: 'project',
    sheetName: opts.sheetName ?? PROJECT_SHEET_NAME,
    columnWidths: [...COLUMN_WIDTHS, CHECK_COLUMN_WIDTH],
    pageSetup: pageSetupFor('landscape', { top: 0, left: 0, bottom: row, right: last }, headerRows),
    checkColumn: WIDTH,
  });
}
