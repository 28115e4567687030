/** 附件2 部门整体支出绩效自评表: landscape, eight columns. */
import {
  OVERALL_FOOTNOTE,
  OVERALL_INDICATORS,
  OVERALL_INPUT_MANAGEMENT_NOTE,
  SCALE_LINES,
  type Level1Def,
} from '../core/forms/overall';
import {
  GRADE_KEY,
  TOTAL_SCORE_KEY,
  TOTAL_WEIGHT_KEY,
  UNIT_NAME_KEY,
  level1LabelKey,
  level1WeightKey,
  level2LabelKey,
  level3Key,
  scaleKey,
} from './fieldKeys';
import {
  CHECK_COLUMN_WIDTH,
  FIRST_TABLE_ROW,
  addCheckHeader,
  addHeading,
  scorePrompt,
} from './heading';
import { level1RowCount, level2Label, overallLevel3Placeholder, scoreMax } from './indicatorLabels';
import { pageSetupFor } from './pageSetup';
import type { PlanOptions, SheetPlan } from './plan';
import { addGoalBlock } from './goalBlock';
import { SheetBuilder } from './sheetBuilder';
import {
  AMOUNT,
  COMPACT_FONT_SIZE,
  LABEL,
  NOTE,
  RATE,
  SCORE,
  TEXT_INPUT,
  lineLabel,
} from './styles';

/** A 一级 | B 权重 | C 二级 | D 三级 | E 年度指标值 | F 全年完成值 | G 自评得分 | H 偏差及原因分析 */
const WIDTH = 8;
const COLUMN_WIDTHS = [11, 6, 18, 9, 38, 38, 7, 18];
const INDICATOR_HEADINGS = [
  '一级指标',
  '权重',
  '二级指标',
  '三级指标',
  '年度指标值',
  '全年完成值',
  '自评得分',
  '偏差及原因分析',
];
/** Its 三级 cells hold the instruction note instead of targets. */
const INPUT_MANAGEMENT = OVERALL_INDICATORS[0].name;

export const OVERALL_SHEET_NAME = '附件2 整体支出自评表';

/** Rows 3..: 部门名称, 整体支出规模, 年度总体目标; returns the next free row. */
function addScaleAndGoals(sheet: SheetBuilder, opts: PlanOptions): number {
  const last = WIDTH - 1;
  let row = FIRST_TABLE_ROW;
  sheet.block(row, 0, row, 1, '部门（单位）名称', LABEL);
  sheet.block(row, 2, row, last, opts.unit ?? null, { ...TEXT_INPUT });
  sheet.field(UNIT_NAME_KEY, row, 2);
  sheet.height(row, 20);
  row += 1;

  sheet.block(row, 0, row + SCALE_LINES.length, 0, '整体支出规模', LABEL);
  sheet.block(row, 1, row, 3, null, LABEL);
  sheet.put(row, 4, '全年预算数', LABEL);
  sheet.put(row, 5, '全年执行数', LABEL);
  sheet.block(row, 6, row, 7, '执行率', LABEL);
  sheet.height(row, 22);
  row += 1;
  for (const line of SCALE_LINES) {
    // The second line of each group is indented under the first (（2）under（1）).
    sheet.block(row, 1, row, 3, line.label, lineLabel(line.label.startsWith('（') ? 5 : 0));
    sheet.put(row, 4, null, AMOUNT);
    sheet.put(row, 5, null, AMOUNT);
    sheet.block(row, 6, row, 7, null, RATE);
    sheet.field(scaleKey(line.key, 'budget'), row, 4);
    sheet.field(scaleKey(line.key, 'actual'), row, 5);
    sheet.field(scaleKey(line.key, 'rate'), row, 6);
    sheet.height(row, 18);
    row += 1;
  }

  return addGoalBlock(sheet, row, last, { target: '年初设定目标', result: '全年完成情况' });
}

/** The 分解目标自评 rows of one 一级; returns the next free row. */
function addLevel1(sheet: SheetBuilder, level1: Level1Def, i: number, top: number): number {
  const bottom = top + level1RowCount(level1) - 1;
  sheet.block(top, 0, bottom, 0, level1.label, LABEL);
  sheet.block(top, 1, bottom, 1, level1.weight, SCORE);
  sheet.field(level1LabelKey(i), top, 0);
  sheet.field(level1WeightKey(i), top, 1);
  const isInputManagement = level1.name === INPUT_MANAGEMENT;
  if (isInputManagement) {
    sheet.block(top, 3, bottom, 4, OVERALL_INPUT_MANAGEMENT_NOTE, LABEL);
    sheet.keepTogether(top, bottom);
  }

  let row = top;
  level1.children.forEach((level2, j) => {
    const rows = Math.max(1, level2.rows);
    sheet.block(row, 2, row + rows - 1, 2, level2Label(level2), LABEL);
    sheet.field(level2LabelKey(i, j), row, 2);
    if (!isInputManagement) sheet.keepTogether(row, row + rows - 1);
    // 三级 rows keep Excel's own height, so Excel refits them as the accountant types.
    for (let k = 0; k < rows; k += 1, row += 1) {
      if (!isInputManagement) {
        sheet.put(row, 3, overallLevel3Placeholder(rows, k), TEXT_INPUT);
        sheet.put(row, 4, null, TEXT_INPUT);
        sheet.field(level3Key(i, j, k, 'level3'), row, 3);
        sheet.field(level3Key(i, j, k, 'target'), row, 4);
      }
      sheet.put(row, 5, null, TEXT_INPUT);
      sheet.put(row, 6, null, SCORE);
      sheet.put(row, 7, null, TEXT_INPUT);
      sheet.field(level3Key(i, j, k, 'result'), row, 5);
      sheet.field(level3Key(i, j, k, 'score'), row, 6);
      sheet.field(level3Key(i, j, k, 'reason'), row, 7);
      sheet.validateScore(row, 6, scoreMax(level2), scorePrompt(scoreMax(level2)));
    }
  });
  return bottom + 1;
}

export function planOverall(opts: PlanOptions): SheetPlan {
  const sheet = new SheetBuilder();
  const last = WIDTH - 1;
  addHeading(sheet, 'overall', opts, WIDTH);
  let row = addScaleAndGoals(sheet, opts);

  // The headings travel with the first 一级's first rows (see keepTogether below).
  const headingsRow = row;
  sheet.block(row, 0, row, last, '分解目标自评', { ...LABEL, bold: true });
  sheet.height(row, 22);
  row += 1;
  INDICATOR_HEADINGS.forEach((text, col) => sheet.put(row, col, text, LABEL));
  addCheckHeader(sheet, row, WIDTH);
  sheet.height(row, 30);
  // The column headings, not the title, repeat on every page: a continuation page of the
  // indicator table must say which column is 自评得分 (the title is on page 1 and the footer
  // numbers the pages).
  const headerRows = { first: row, last: row };
  row += 1;

  const indicators = opts.indicators ?? OVERALL_INDICATORS;
  sheet.keepTogether(headingsRow, row);
  indicators.forEach((level1, i) => {
    row = addLevel1(sheet, level1, i, row);
  });

  const totalWeight = indicators.reduce((sum, level1) => sum + level1.weight, 0);
  sheet.put(row, 0, '总  分', LABEL);
  sheet.put(row, 1, totalWeight, SCORE);
  sheet.block(row, 2, row, 5, null, LABEL);
  sheet.put(row, 6, null, SCORE);
  sheet.put(row, 7, null, TEXT_INPUT);
  sheet.field(TOTAL_WEIGHT_KEY, row, 1);
  sheet.field(TOTAL_SCORE_KEY, row, 6);
  sheet.height(row, 22);
  row += 1;
  sheet.put(row, 0, '等  级', LABEL);
  sheet.block(row, 1, row, last, null, LABEL);
  sheet.field(GRADE_KEY, row, 1);
  sheet.height(row, 22);
  row += 1;

  sheet.block(row, 0, row, last, OVERALL_FOOTNOTE, NOTE);
  sheet.height(row, 22);
  sheet.keepTogether(row - 2, row);

  sheet.style(
    { top: FIRST_TABLE_ROW, left: 0, bottom: row, right: last },
    { fontSize: COMPACT_FONT_SIZE },
  );
  return sheet.build({
    kind: 'overall',
    sheetName: opts.sheetName ?? OVERALL_SHEET_NAME,
    columnWidths: [...COLUMN_WIDTHS, CHECK_COLUMN_WIDTH],
    pageSetup: pageSetupFor('landscape', { top: 0, left: 0, bottom: row, right: last }, headerRows),
    checkColumn: WIDTH,
  });
}
