/** Over-100% rates highlighted in the sheet: conditional formats from 1.6, written fills below. */
import type { CellHighlight, OverallForm } from '../../src/core';
import { createExcelActions } from '../../src/hosts/excel';
import { MemoryWorkbook, memoryWorkbookFromPlans } from '../../src/hosts/memory';
import type { MergeRange } from '../../src/core';
import { OVER_FILL, OVER_FONT } from '../../src/layout/rateCells';
import { OVERALL, seedPlans } from './helpers';

async function handMade(excelApi: string): Promise<MemoryWorkbook> {
  const laidOut = await memoryWorkbookFromPlans(seedPlans(1), { excelApi: '1.2' });
  return MemoryWorkbook.fromGrids(laidOut.toGrids(), { excelApi });
}

const within = (r: MergeRange, c: CellHighlight) =>
  r.top <= c.row && c.row <= r.bottom && r.left <= c.col && c.col <= r.right;

/** How many rules cover each of the sheet's rate cells (each must be covered exactly once). */
function coverage(book: MemoryWorkbook, sheet: string, formats: readonly CellHighlight[]) {
  const rules = book.inspect(sheet).conditionalFormats;
  return formats
    .filter((c) => c.sheet === sheet)
    .map((c) => rules.filter((r) => within(r.range, c)).length);
}

describe('over-budget highlights', () => {
  it('lays out new forms with a cell-value > 1 rule over every rate cell (ExcelApi 1.6+)', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(1));
    const actions = createExcelActions(book.api());
    const { formats } = await actions.check();
    const rules = book.inspect(OVERALL).conditionalFormats;
    expect(rules[0]).toMatchObject({
      type: 'CellValue',
      rule: { formula1: '1', operator: 'GreaterThan' },
      fill: OVER_FILL,
      fontColor: OVER_FONT,
    });
    // 附件2's four 执行率 (财政拨款, 其他资金, 基本支出, 项目支出), 附件1's 控制率: one rule each.
    expect(rules.every((r) => r.range.left === 6 && r.range.right === 6)).toBe(true);
    expect(coverage(book, OVERALL, formats)).toEqual([1, 1, 1, 1]);
    expect(coverage(book, '附件1 基础数据表', formats)).toEqual([1]);
    // Recalculating (twice) never stacks another rule on a cell.
    await actions.recalculate();
    await actions.recalculate();
    expect(coverage(book, OVERALL, formats)).toEqual([1, 1, 1, 1]);
    expect(book.inspect(OVERALL).conditionalFormats).toHaveLength(rules.length);
  });

  it('gives a hand-made form its rules with the first recalculation that writes', async () => {
    const book = await handMade('1.7');
    expect(book.inspect(OVERALL).conditionalFormats).toHaveLength(0);
    const actions = createExcelActions(book.api());
    const { formats } = await actions.recalculate();
    expect(coverage(book, OVERALL, formats)).toEqual([1, 1, 1, 1]);
    const count = book.inspect(OVERALL).conditionalFormats.length;
    await actions.recalculate();
    expect(book.inspect(OVERALL).conditionalFormats).toHaveLength(count);
    // No fills written where Excel keeps the highlight itself.
    expect(book.cellFormat(OVERALL, 'G6').fill).toBeUndefined();
  });

  it('below 1.6 writes the fill, and clears it when 项目支出 comes back under budget', async () => {
    const book = await handMade('1.2');
    const actions = createExcelActions(book.api());
    const first = await actions.recalculate();
    const overall = first.forms.find((f): f is OverallForm => f.kind === 'overall');
    const line = overall?.funds.find((l) => l.label.includes('项目支出'));
    if (!line?.rate || !line.actual || !line.budget) throw new Error('no 项目支出 line');
    const rate = line.rate.address;
    expect(book.cellFormat(OVERALL, rate)).toMatchObject({ fill: OVER_FILL, fontColor: OVER_FONT });
    expect(book.inspect(OVERALL).conditionalFormats).toHaveLength(0);

    // 全年执行数 brought down to the budget: 100%, not over.
    await book.edit(OVERALL, line.actual.address, book.value(OVERALL, line.budget.address));
    await actions.recalculate();
    expect(book.value(OVERALL, rate)).toBe(1);
    expect(book.cellFormat(OVERALL, rate).fill).toBeUndefined();
    expect(book.cellFormat(OVERALL, rate).fontColor).toBe('#000000');
  });
});
