/**
 * Where the browser test types and what it expects, worked out from the same demo workbook on
 * the memory host in Node (so the test follows the layout rather than hard-coding addresses).
 */
import { demoPlans } from '../../src/cli/demoWorkbook';
import type { Flag } from '../../src/core';
import { toAddress } from '../../src/core/grid';
import { createExcelActions } from '../../src/hosts/excel';
import { memoryWorkbookFromPlans } from '../../src/hosts/memory';
import { scaleKey } from '../../src/layout/fieldKeys';

export interface SeedCells {
  overallSheet: string;
  /** 附件2 项目支出: 全年预算数, 全年执行数 and 执行率 cells. */
  projectBudget: { address: string; value: number };
  projectActual: { address: string; value: number };
  projectRate: string;
  /** The REASON_MISSING flag of 经济效益 on 附件2. */
  reasonFlag: Flag;
  flags: Flag[];
}

export async function seedCells(): Promise<SeedCells> {
  const plans = demoPlans();
  const overall = plans.find((p) => p.kind === 'overall');
  if (!overall) throw new Error('demo has no 附件2');
  const at = (key: string) => {
    const f = overall.fields[key];
    if (!f) throw new Error(`no field ${key}`);
    return toAddress(f.row, f.col);
  };
  const book = await memoryWorkbookFromPlans(plans);
  const evaluation = await createExcelActions(book.api()).check();
  const sheet = book.sheetNames().find((s) => s.startsWith('附件2'));
  if (!sheet) throw new Error('no 附件2 sheet');
  const reasonFlag = evaluation.flags.find(
    (f) => f.code === 'REASON_MISSING' && f.sheet === sheet && f.message.includes('经济效益'),
  );
  if (!reasonFlag) throw new Error('no REASON_MISSING on 经济效益');
  const num = (address: string) => Number(book.value(sheet, address));
  const budget = at(scaleKey('project', 'budget'));
  const actual = at(scaleKey('project', 'actual'));
  return {
    overallSheet: sheet,
    projectBudget: { address: budget, value: num(budget) },
    projectActual: { address: actual, value: num(actual) },
    projectRate: at(scaleKey('project', 'rate')),
    reasonFlag,
    flags: evaluation.flags,
  };
}
