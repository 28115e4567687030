/** 附件1 部门整体支出绩效自评基础数据表: portrait, four columns (label + three figures). */
import { BASE_LINES, BASE_MEASURES_LABEL, BASE_NOTE } from '../core/forms/base';
import {
  MEASURES_KEY,
  STAFF_ACTUAL_KEY,
  STAFF_CONTROL_RATE_KEY,
  STAFF_ESTABLISHMENT_KEY,
  baseLineKey,
  type BaseLineColumn,
} from './fieldKeys';
import {
  CHECK_COLUMN_WIDTH,
  FIRST_TABLE_ROW,
  TITLE_ROWS,
  addCheckHeader,
  addHeading,
} from './heading';
import { pageSetupFor } from './pageSetup';
import type { PlanOptions, SheetPlan } from './plan';
import { SheetBuilder } from './sheetBuilder';
import { AMOUNT, LABEL, LONG_TEXT, NOTE, RATE, SCORE, lineLabel } from './styles';

const WIDTH = 4;
const COLUMN_WIDTHS = [36, 20, 20, 20];
const LINE_COLUMNS: readonly BaseLineColumn[] = ['prior', 'budget', 'final'];

export const BASE_SHEET_NAME = '附件1 基础数据表';

function yearLabels(year?: number): {
  prior: string;
  budget: string;
  final: string;
  staff: string;
} {
  if (year === undefined) {
    return {
      prior: '上年决算数',
      budget: '本年预算数',
      final: '本年决算数',
      staff: '本年实际在职人数',
    };
  }
  return {
    prior: `${year - 1}年决算数`,
    budget: `${year}年预算数`,
    final: `${year}年决算数`,
    staff: `${year}年实际在职人数`,
  };
}

export function planBase(opts: PlanOptions): SheetPlan {
  const sheet = new SheetBuilder();
  const labels = yearLabels(opts.year);
  addHeading(sheet, 'base', opts, WIDTH);

  // 财政供养人员情况: headings, then the figures; the label spans both rows.
  let row = FIRST_TABLE_ROW;
  sheet.block(row, 0, row + 1, 0, '财政供养人员情况', LABEL);
  sheet.put(row, 1, '编制数', LABEL);
  sheet.put(row, 2, labels.staff, LABEL);
  sheet.put(row, 3, '控制率', LABEL);
  sheet.height(row, 30);
  row += 1;
  sheet.put(row, 1, null, SCORE);
  sheet.put(row, 2, null, SCORE);
  sheet.put(row, 3, null, RATE);
  sheet.field(STAFF_ESTABLISHMENT_KEY, row, 1);
  sheet.field(STAFF_ACTUAL_KEY, row, 2);
  sheet.field(STAFF_CONTROL_RATE_KEY, row, 3);
  sheet.height(row, 22);
  row += 1;
  sheet.height(row, 10); // the official form leaves a gap between its two tables
  row += 1;

  sheet.put(row, 0, '经费控制情况', LABEL);
  sheet.put(row, 1, labels.prior, LABEL);
  sheet.put(row, 2, labels.budget, LABEL);
  sheet.put(row, 3, labels.final, LABEL);
  sheet.height(row, 24);
  addCheckHeader(sheet, row, WIDTH);
  row += 1;

  for (const line of BASE_LINES) {
    sheet.put(row, 0, line.label, lineLabel(line.indent));
    LINE_COLUMNS.forEach((column, i) => {
      sheet.put(row, i + 1, null, AMOUNT);
      sheet.field(baseLineKey(line.key, column), row, i + 1);
    });
    sheet.height(row, 24);
    row += 1;
  }

  sheet.put(row, 0, BASE_MEASURES_LABEL, LABEL);
  sheet.block(row, 1, row, WIDTH - 1, null, LONG_TEXT);
  sheet.field(MEASURES_KEY, row, 1);
  sheet.height(row, 120);
  row += 1;

  sheet.block(row, 0, row, WIDTH - 1, BASE_NOTE, NOTE);
  sheet.height(row, 40);

  return sheet.build({
    kind: 'base',
    sheetName: opts.sheetName ?? BASE_SHEET_NAME,
    columnWidths: [...COLUMN_WIDTHS, CHECK_COLUMN_WIDTH],
    pageSetup: pageSetupFor(
      'portrait',
      { top: 0, left: 0, bottom: row, right: WIDTH - 1 },
      TITLE_ROWS,
    ),
    checkColumn: WIDTH,
  });
}
