/**
 * The indicator table of the forms laid out like a project table (附件3, and 附件2 in the newer
 * Hunan layout): 绩效指标 | 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因,
 * then 总分 (the 10 points of 预算执行率 plus the indicators') and 等级.
 */
import type { Level1Def } from '../core/forms/overall';
import {
  GRADE_KEY,
  TOTAL_SCORE_KEY,
  TOTAL_WEIGHT_KEY,
  level1LabelKey,
  level2LabelKey,
  level3Key,
  type IndicatorColumn,
} from './fieldKeys';
import { addCheckHeader, scorePrompt } from './heading';
import { level1RowCount, level2Label, projectLevel3Placeholder, scoreMax } from './indicatorLabels';
import type { SheetBuilder } from './sheetBuilder';
import { LABEL, SCORE, TEXT_INPUT } from './styles';

/** Columns A..I of the layout. */
export const SCORED_WIDTH = 9;
export const SCORED_COLUMN_WIDTHS = [11, 10, 14, 11, 35, 35, 6, 8, 15];

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

/**
 * Lays the table out from `row`; returns the row of 等级 (the last) and the heading row that
 * repeats on every printed page.
 */
export function addScoredTable(
  sheet: SheetBuilder,
  row: number,
  indicators: readonly Level1Def[],
): { lastRow: number; headerRows: { first: number; last: number } } {
  const last = SCORED_WIDTH - 1;
  const indicatorRows = indicators.reduce((n, level1) => n + level1RowCount(level1), 0);
  sheet.block(row, 0, row + indicatorRows, 0, '绩效指标', LABEL);
  INDICATOR_HEADINGS.forEach((text, i) => sheet.put(row, 1 + i, text, LABEL));
  addCheckHeader(sheet, row, SCORED_WIDTH);
  sheet.height(row, 30);
  sheet.keepTogether(row, row + 1); // the headings travel with the first 二级
  // Repeated on every page (not the title): a continuation page must say which column is 得分.
  const headerRows = { first: row, last: row };
  row += 1;
  indicators.forEach((level1, i) => {
    row = addLevel1(sheet, level1, i, row);
  });

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
  return { lastRow: row, headerRows };
}
