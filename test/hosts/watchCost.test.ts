/**
 * What an edit costs under 编辑时自动重算: round trips, cells read and written, recalculations
 * the add-in's own writes must not cause, sheets that come, go and change names.
 */
import { createExcelActions } from '../../src/hosts/excel';
import { memoryWorkbookFromPlans } from '../../src/hosts/memory';
import { planToGrid } from '../../src/layout/toGrid';
import { ledgerGrid, OVERALL, seedPlans } from './helpers';
import { DEBOUNCE, drain, recalculatedFresh, watchedSeed } from './watchHelpers';

beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'] }));
afterEach(() => jest.useRealTimers());

describe('watch: round trips', () => {
  it('an edit in one of 52 form sheets: ≤ 2 round trips, only that sheet read', async () => {
    const { book, evaluations } = await watchedSeed('1.20', 50);
    for (const [i, project] of ['附件3 项目7', '附件3 项目31', OVERALL].entries()) {
      book.resetCounters();
      await book.edit(project, project === OVERALL ? 'F9' : 'F7', 300 + i);
      await drain(book);
      expect(evaluations).toHaveLength(i + 1);
      expect(book.syncCount).toBeLessThanOrEqual(2);
      expect(book.loads.map((l) => l.sheet)).toEqual([project]);
      expect(evaluations[i].summary.forms).toHaveLength(52);
    }
  });

  it('an edit that changes no derived value writes nothing (1 round trip)', async () => {
    const { book, evaluations } = await watchedSeed('1.20');
    const rate = book.value(OVERALL, 'G9');
    await book.edit(OVERALL, 'F9', book.value(OVERALL, 'F9')); // typed over with the same figure
    await book.edit(OVERALL, 'H15', '部分项目超预算'); // a reason: no derived cell depends on it
    await drain(book);
    expect(evaluations).toHaveLength(1);
    expect(evaluations[0].writes).toEqual([]);
    expect(book.syncCount).toBe(1);
    expect(book.cellsWritten).toBe(0);
    expect(book.undoSteps).toBe(0);
    expect(book.value(OVERALL, 'G9')).toBe(rate);
  });

  it('an edit in a 100,000-row ledger costs 0 round trips', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(1));
    book.addSheet(ledgerGrid('明细账', 100_000));
    const actions = createExcelActions(book.api(), { watch: { debounceMs: DEBOUNCE } });
    await actions.recalculate();
    const evaluations: unknown[] = [];
    await actions.watch?.((e) => evaluations.push(e), jest.fn());
    await book.settled();
    book.resetCounters();
    for (let r = 2; r < 50; r += 1) await book.edit('明细账', `C${r}`, r * 3);
    await drain(book);
    expect(book.syncCount).toBe(0);
    expect(book.runs).toHaveLength(0);
    expect(evaluations).toHaveLength(0);
  });
});

describe('watch: a form sheet that stops being one', () => {
  it('costs nothing once cleared: its events come, no round trip follows', async () => {
    const { book, evaluations } = await watchedSeed('1.20', 2);
    const sheet = '附件3 项目2';
    const grid = book.toGrid(sheet);
    for (const [r, row] of grid.values.entries()) {
      for (const [c, value] of (row ?? []).entries()) {
        if (value !== null) await book.edit(sheet, `${String.fromCharCode(65 + c)}${r + 1}`, '');
      }
    }
    await drain(book);
    expect(evaluations.at(-1)?.summary.forms.map((f) => f.sheet)).not.toContain(sheet);
    const seen = evaluations.length;
    book.resetCounters();
    await book.edit(sheet, 'B4', '一张草稿');
    await drain(book);
    expect(book.syncCount).toBe(0);
    expect(evaluations).toHaveLength(seen);
  });
});

describe.each(['1.20', '1.14', '1.13', '1.7'])('watch on ExcelApi %s: own writes', (api) => {
  it('never recalculates because of its own writes', async () => {
    const { book, actions, evaluations, errors } = await watchedSeed(api);
    // Five separate edits, each changing derived cells (rates, 总分).
    const values = [2_600_000, 2_700_000, 2_500_000, 2_620_800, 2_000_000];
    for (const v of values) {
      await book.edit(OVERALL, 'F9', v);
      await drain(book);
    }
    // 重新计算得分 while watching writes too (the rate of a line whose rate was typed over).
    await book.edit(OVERALL, 'G8', 0.5);
    await drain(book);
    await actions.recalculate();
    await drain(book, 10 * DEBOUNCE);
    expect(errors).toEqual([]);
    // One recalculation per edit, none for the writes they (and 重新计算得分) made.
    expect(evaluations).toHaveLength(values.length + 1);
    expect(book.runs).toHaveLength(values.length + 2);
    expect(book.value(OVERALL, 'G8')).toBe(1.1667);
  });
});

describe('watch: sheets added, renamed, deleted', () => {
  it('watches a 附件3 added later, follows a rename, forgets a deleted one', async () => {
    const { book, evaluations, errors } = await watchedSeed('1.20', 2);
    book.addSheet(planToGrid(seedPlans(1)[2], '附件3 新增'));
    await drain(book);
    expect(evaluations).toHaveLength(1); // the new form is part of the recalculation
    expect(evaluations[0].summary.forms.map((f) => f.sheet)).toContain('附件3 新增');

    book.resetCounters();
    await book.edit('附件3 新增', 'F7', 400);
    await drain(book);
    expect(evaluations).toHaveLength(2);
    expect(book.syncCount).toBeLessThanOrEqual(2);

    book.renameSheet('附件3 项目2', '附件3 改名');
    await drain(book);
    const last = evaluations[evaluations.length - 1];
    expect(last.summary.forms.map((f) => f.sheet)).toContain('附件3 改名');

    book.deleteSheet('附件3 项目1');
    await drain(book);
    const after = evaluations[evaluations.length - 1];
    expect(after.summary.forms.map((f) => f.sheet)).not.toContain('附件3 项目1');
    expect(errors).toEqual([]);
  });

  it('below ExcelApi 1.17 a rename is seen by the next edit read', async () => {
    const { book, evaluations } = await watchedSeed('1.16', 2);
    book.renameSheet('附件3 项目2', '附件3 改名');
    await drain(book);
    expect(evaluations).toHaveLength(0); // no onNameChanged below 1.17
    book.resetCounters();
    await book.edit(OVERALL, 'F9', 2_600_000);
    await drain(book);
    expect(book.syncCount).toBeLessThanOrEqual(2);
    expect(evaluations[0].summary.forms.map((f) => f.sheet)).toContain('附件3 改名');
  });

  it('stops: no recalculation after the switch is turned off', async () => {
    const { book, evaluations, stop } = await watchedSeed('1.20');
    stop();
    await book.settled();
    book.resetCounters();
    await book.edit(OVERALL, 'F9', 2_600_000);
    await drain(book);
    expect(evaluations).toHaveLength(0);
    expect(book.syncCount).toBe(0);
    const fresh = await recalculatedFresh([]);
    expect(book.value(OVERALL, 'G9')).toBe(fresh.value(OVERALL, 'G9'));
  });
});
