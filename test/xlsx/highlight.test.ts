/** Over-100% rate cells carry a conditional format in the CLI's .xlsx outputs. */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { loadWorkbook } from '../../src/hosts/xlsx';
import { addRateHighlights } from '../../src/hosts/xlsx/highlight';
import { evaluate } from '../../src/core';
import { worksheetToGrid } from '../../src/hosts/xlsx';

const io = { out: () => undefined, err: () => undefined };
const dir = mkdtempSync(join(tmpdir(), 'selfeval-highlight-'));

interface Rule {
  ref: string;
  rules: { type: string; operator?: string; formulae?: unknown[] }[];
}

function rulesOf(sheet: ExcelJS.Worksheet | undefined): Rule[] {
  const model = sheet?.model as unknown as { conditionalFormattings?: Rule[] };
  return model.conditionalFormattings ?? [];
}

describe('rate highlights in .xlsx', () => {
  it('demo: every 执行率 of 附件2 and 附件3 and 附件1 控制率 gets cell value > 1', async () => {
    const demo = join(dir, 'demo.xlsx');
    expect(await main(['demo', '-o', demo], io)).toBe(0);
    const workbook = await loadWorkbook(demo);
    const overall = rulesOf(workbook.worksheets[1]);
    // 资金来源 财政拨款, 其他资金, 合计 and 资金结构 基本支出, 项目支出, 合计: the 执行率 column G.
    expect(overall.length).toBeGreaterThanOrEqual(4);
    expect(overall.every((r) => /^G\d+$/.test(r.ref))).toBe(true);
    expect(overall[0].rules[0]).toMatchObject({
      type: 'cellIs',
      operator: 'greaterThan',
      formulae: ['1'],
    });
    expect(rulesOf(workbook.worksheets[0])).toHaveLength(1);
    expect(rulesOf(workbook.worksheets[2]).length).toBeGreaterThanOrEqual(1);
  });

  it('is not added twice (check --fix of a file that has them)', async () => {
    const demo = join(dir, 'demo2.xlsx');
    const fixed = join(dir, 'fixed.xlsx');
    await main(['demo', '-o', demo], io);
    await main(['check', demo, '--fix', '-o', fixed], io);
    const workbook = await loadWorkbook(fixed);
    const before = rulesOf(workbook.worksheets[1]).length;
    const { formats } = evaluate(workbook.worksheets.map(worksheetToGrid));
    expect(addRateHighlights(workbook, formats)).toBe(0);
    expect(rulesOf(workbook.worksheets[1])).toHaveLength(before);
  });
});
