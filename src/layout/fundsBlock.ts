/**
 * The funds block of the forms laid out like a project table (附件3 项目资金, 附件2 年度预算申请):
 * 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over its lines, columns B..I.
 */
import type { FundLineKey } from '../core/forms/funds';
import { EXECUTION_WEIGHT } from '../core/forms/project';
import { fundKey } from './fieldKeys';
import { scorePrompt } from './heading';
import type { SheetBuilder } from './sheetBuilder';
import { AMOUNT, LABEL, RATE, SCORE, lineLabel } from './styles';

export interface FundsLineLayout {
  key: FundLineKey;
  label: string;
  /** A group heading (`按收入性质分`): a label across the row, no figures. */
  heading?: boolean;
  indent?: number;
}

const COLUMNS = ['initial', 'budget', 'actual', 'weight', 'rate', 'score'] as const;

/** Lays the block out from `row`; returns the next free row. */
export function addFundsBlock(
  sheet: SheetBuilder,
  row: number,
  blockLabel: string,
  lines: readonly FundsLineLayout[],
): number {
  const top = row;
  sheet.block(row, 0, row + lines.length, 0, blockLabel, LABEL);
  sheet.block(row, 1, row, 2, null, LABEL);
  ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((text, i) =>
    sheet.put(row, 3 + i, text, LABEL),
  );
  sheet.height(row, 24);
  row += 1;
  lines.forEach((line, i) => {
    if (line.heading) {
      sheet.block(row, 1, row, 8, line.label, lineLabel(0));
      sheet.height(row, 18);
      row += 1;
      return;
    }
    sheet.block(row, 1, row, 2, line.label, lineLabel(line.indent ?? 0));
    sheet.put(row, 3, null, AMOUNT);
    sheet.put(row, 4, null, AMOUNT);
    sheet.put(row, 5, null, AMOUNT);
    sheet.put(row, 6, i === 0 ? EXECUTION_WEIGHT : null, SCORE);
    sheet.put(row, 7, null, RATE);
    sheet.put(row, 8, null, SCORE);
    COLUMNS.forEach((column, c) => sheet.field(fundKey(line.key, column), row, 3 + c));
    const max = i === 0 ? EXECUTION_WEIGHT : 100;
    sheet.validateScore(row, 8, max, scorePrompt(max));
    sheet.height(row, 18);
    row += 1;
  });
  sheet.keepTogether(top, row - 1);
  return row;
}
