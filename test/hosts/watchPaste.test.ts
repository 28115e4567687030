/**
 * A form pasted into a sheet that was none (a blank sheet, a draft): watched from the paste on,
 * without a 重新计算得分. Typing in such a sheet, or pasting below its top-left corner, still
 * costs nothing; a paste over the corner that brings no form costs one probe round trip.
 */
import type { Evaluation } from '../../src/core';
import { demoPlans } from '../../src/cli/demoWorkbook';
import { createExcelActions } from '../../src/hosts/excel';
import type { OfficeCellValue } from '../../src/hosts/excel/api';
import { memoryWorkbookFromPlans } from '../../src/hosts/memory';
import { planToGrid } from '../../src/layout/toGrid';
import { ledgerGrid, seedPlans } from './helpers';
import { DEBOUNCE, drain } from './watchHelpers';

beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'] }));
afterEach(() => jest.useRealTimers());

const DRAFT = '草稿';

async function watchedWithDraft(excelApi = '1.20') {
  const book = await memoryWorkbookFromPlans(seedPlans(1), { excelApi });
  book.addSheet({ name: DRAFT, values: [], merges: [] });
  book.addSheet(ledgerGrid('明细账', 2000));
  const actions = createExcelActions(book.api(), { watch: { debounceMs: DEBOUNCE } });
  await actions.recalculate();
  const evaluations: Evaluation[] = [];
  await actions.watch?.((e) => evaluations.push(e), jest.fn());
  await book.settled();
  book.resetCounters();
  return { book, evaluations };
}

/** The seed's 附件3 as the accountant copies it from another workbook: values only. */
function projectFormValues(): OfficeCellValue[][] {
  const grid = planToGrid(demoPlans()[2]);
  return grid.values.map((row) => (row ?? []).map((v) => v ?? ''));
}

const sheetsOf = (e: Evaluation | undefined) => e?.summary.forms.map((f) => f.sheet) ?? [];

describe.each(['1.20', '1.7'])('watch on ExcelApi %s: a form pasted into a blank sheet', (api) => {
  it('is recognised after the paste and recalculated on its next edit', async () => {
    const { book, evaluations } = await watchedWithDraft(api);
    await book.paste(DRAFT, 'A1', projectFormValues());
    await drain(book);
    expect(sheetsOf(evaluations.at(-1))).toContain(DRAFT);
    const seen = evaluations.length;
    book.resetCounters();
    await book.edit(DRAFT, 'F7', 400); // 全年执行数 (万元) down from 490.76
    await drain(book);
    expect(evaluations).toHaveLength(seen + 1);
    expect(book.syncCount).toBeLessThanOrEqual(2);
    const rate = evaluations.at(-1)?.summary.forms.find((f) => f.sheet === DRAFT)?.lines[0]?.rate;
    // 400 ÷ 490.76 = 0.8150623522… → 81.51% at the default two decimals, written to 执行率 (H7).
    expect(rate).toBe('0.8151');
    expect(book.value(DRAFT, 'H7')).toBe(0.8151);
  });
});

describe('watch: pastes that bring no form', () => {
  it('typing and pasting below the top-left corner of a ledger cost nothing', async () => {
    const { book, evaluations } = await watchedWithDraft();
    await book.edit('明细账', 'B3', '凭证改'); // typing, even in the corner
    await book.paste('明细账', 'A100', [
      [45001, '凭证', 1, 0, 2],
      [45002, '凭证', 2, 0, 4],
    ]);
    await drain(book);
    expect(book.syncCount).toBe(0);
    expect(evaluations).toHaveLength(0);
  });

  it('a block pasted over the corner costs one probe round trip and writes nothing', async () => {
    const { book, evaluations } = await watchedWithDraft();
    await book.paste('明细账', 'A2', [
      [45001, '凭证', 1, 0, 2],
      [45002, '凭证', 2, 0, 4],
    ]);
    await drain(book);
    expect(book.syncCount).toBe(1);
    expect(book.cellsWritten).toBe(0);
    expect(sheetsOf(evaluations.at(-1))).not.toContain('明细账');
  });
});
