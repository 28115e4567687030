/**
 * 编辑时自动重算 on the memory host: the acceptance test as the accountant would do it,
 * and scripted edits that must end where a full recalculation ends.
 */
import { createExcelActions } from '../../src/hosts/excel';
import { memoryWorkbookFromPlans } from '../../src/hosts/memory';
import { allNotes, notesChanged, OVERALL, seedPlans } from './helpers';
import {
  DEBOUNCE,
  drain,
  flagKeys,
  formValues,
  recalculatedFresh,
  scriptedEdits,
  watchedSeed,
  type Edit,
} from './watchHelpers';

beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'] }));
afterEach(() => jest.useRealTimers());

/** 附件2 项目支出 全年执行数 typed under its budget (2,620,800). */
const UNDER_BUDGET: Edit = [OVERALL, 'F9', 2_600_000];

describe('watch: the acceptance test', () => {
  it('follows 项目支出 falling under budget within one debounce, in 2 round trips', async () => {
    const { book, evaluations, errors } = await watchedSeed('1.20');
    expect(book.value(OVERALL, 'G9')).toBe(1.8726);
    const notes = allNotes(book);
    await book.edit(...UNDER_BUDGET);

    await jest.advanceTimersByTimeAsync(DEBOUNCE - 1);
    expect(evaluations).toHaveLength(0); // still typing, as far as the add-in knows
    await drain(book, 1);

    expect(errors).toEqual([]);
    expect(evaluations).toHaveLength(1);
    const [evaluation] = evaluations;
    expect(book.value(OVERALL, 'G9')).toBe(0.9921);
    expect(flagKeys(evaluation)).not.toContain(`OVER_BUDGET ${OVERALL}!G9`);
    expect(flagKeys(evaluation)).toContain(`OVER_BUDGET ${OVERALL}!G6`);
    const overall = evaluation.summary.forms.find((f) => f.sheet === OVERALL);
    const line = overall?.lines?.find((l) => l.label.includes('项目支出'));
    expect(line?.rate).toBe('0.9921');
    // One read (the edited sheet and the sheet list), one write (G9, and the 校验 notes its
    // findings change), one undo step.
    expect(book.syncCount).toBe(2);
    expect(evaluation.applied).toEqual([
      { sheet: OVERALL, address: 'G9', before: 1.8726, after: 0.9921 },
    ]);
    expect(book.cellsWritten).toBe(1 + notesChanged(notes, allNotes(book)));
    expect(notesChanged(notes, allNotes(book))).toBeGreaterThan(0);
    expect(book.undoSteps).toBe(1);
    expect(book.loads.map((l) => l.sheet)).toEqual([OVERALL]);

    const fresh = await recalculatedFresh([UNDER_BUDGET]);
    expect(formValues(book)).toEqual(formValues(fresh));
    const full = await createExcelActions(fresh.api()).check();
    expect(flagKeys(evaluation)).toEqual(flagKeys(full));
    expect(evaluation.summary).toEqual(full.summary);
  });

  it('gives the same result on ExcelApi 1.2 through 重新计算得分', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(1), { excelApi: '1.2' });
    const actions = createExcelActions(book.api());
    expect(actions.watch).toBeUndefined();
    expect(actions.capabilities().autoRecalc).toBe(false);
    await actions.recalculate();
    await book.edit(...UNDER_BUDGET);
    await drain(book);
    expect(book.value(OVERALL, 'G9')).toBe(1.8726); // no events below 1.7: nothing happened
    await actions.recalculate();
    expect(book.value(OVERALL, 'G9')).toBe(0.9921);
    // What the pane lists once the rates are rewritten (重新计算得分 names the stale rate first).
    const evaluation = await actions.check();

    const watched = await watchedSeed('1.20');
    await watched.book.edit(...UNDER_BUDGET);
    await drain(watched.book);
    expect(formValues(book)).toEqual(formValues(watched.book));
    expect(flagKeys(evaluation)).toEqual(flagKeys(watched.evaluations[0]));
    expect(evaluation.summary).toEqual(watched.evaluations[0].summary);
  });
});

describe('watch: edits end where a full recalculation ends', () => {
  it.each(['1.20', '1.13', '1.7'])(
    '50 scripted edits across 附件1/2/3 (ExcelApi %s)',
    async (api) => {
      const { book, actions, evaluations, errors } = await watchedSeed(api);
      const edits = scriptedEdits(50);
      for (const [i, edit] of edits.entries()) {
        await book.edit(...edit);
        // Pauses of varying length: some edits are recalculated alone, some together.
        if (i % 7 === 3) await drain(book);
        else await jest.advanceTimersByTimeAsync(i % 3 === 0 ? DEBOUNCE / 3 : 10);
      }
      await drain(book);
      expect(errors).toEqual([]);
      expect(evaluations.length).toBeGreaterThan(1);
      const fresh = await recalculatedFresh(edits, 1, api);
      expect(formValues(book)).toEqual(formValues(fresh));
      // Nothing left to recalculate: a check of either workbook names the same problems, and
      // the pane's last list (from the watch) is that list too.
      const full = await createExcelActions(fresh.api()).check();
      expect(flagKeys(evaluations[evaluations.length - 1])).toEqual(flagKeys(full));
      expect(flagKeys(await actions.check())).toEqual(flagKeys(full));
    },
  );

  it('1,000 edits in a burst: a bounded number of recalculations, the right end state', async () => {
    const { book, evaluations, errors } = await watchedSeed('1.20');
    const edits = scriptedEdits(1000, 11);
    for (const edit of edits) {
      await book.edit(...edit);
      await jest.advanceTimersByTimeAsync(1); // a paste or a macro: 1 ms apart
    }
    await drain(book);
    expect(errors).toEqual([]);
    expect(evaluations.length).toBeGreaterThanOrEqual(1);
    expect(evaluations.length).toBeLessThanOrEqual(3);
    expect(book.runs.length).toBe(evaluations.length);
    const fresh = await recalculatedFresh(edits);
    expect(formValues(book)).toEqual(formValues(fresh));
  });
});
