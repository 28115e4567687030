/**
 * The workbook session (src/hosts/excel/session.ts) against what real Excel does that the memory
 * host now refuses: a write Excel rejects leaves the session as it was; a recalculation that
 * meets the user's cell edit happens when the edit ends; co-authors' changes are not the user's
 * edits; 600 merged areas read; ExcelApi 1.1 checks and recalculates the seed.
 */
import { evaluate } from '../../src/core';
import { CELL_EDIT_RETRY_MS, createExcelActions } from '../../src/hosts/excel';
import { MemoryWorkbook, memoryWorkbookFromPlans } from '../../src/hosts/memory';
import { planToGrid } from '../../src/layout/toGrid';
import { OVERALL, seedPlans } from './helpers';
import {
  DEBOUNCE,
  drain,
  flagKeys,
  formValues,
  PROJECT,
  recalculatedFresh,
  watchedSeed,
  type Edit,
} from './watchHelpers';

beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'] }));
afterEach(() => jest.useRealTimers());

/** 附件2 项目支出 全年执行数 typed under its budget (2,620,800): G9 becomes 99.21%. */
const UNDER_BUDGET: Edit = [OVERALL, 'F9', 2_600_000];
/** 附件3 年度资金总额 全年执行数: H7 becomes 81.51%. */
const PROJECT_ACTUAL: Edit = [PROJECT, 'F7', 400];

describe('a write Excel rejects leaves the session as it was', () => {
  it('重新计算得分 on a protected sheet fails; unprotected, the next one writes it all', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(1));
    const actions = createExcelActions(book.api());
    await actions.check();
    book.protectSheet(OVERALL);
    await expect(actions.recalculate()).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(book.value(OVERALL, 'G6')).toBe(1.55); // as typed (155%)
    book.protectSheet(OVERALL, false);
    const evaluation = await actions.recalculate();
    expect(book.value(OVERALL, 'G6')).toBe(1.545);
    const fresh = await recalculatedFresh([]);
    expect(formValues(book)).toEqual(formValues(fresh));
    expect(flagKeys(evaluation)).toEqual(flagKeys(await createExcelActions(fresh.api()).check()));
  });

  it('an edit whose write is refused is written with the next edit, elsewhere', async () => {
    const { book, evaluations, errors } = await watchedSeed('1.20');
    book.protectSheet(OVERALL);
    await book.edit(...UNDER_BUDGET);
    await drain(book);
    expect(errors.map((e) => e.code)).toEqual(['AccessDenied']);
    expect(book.value(OVERALL, 'G9')).toBe(1.8726);
    book.protectSheet(OVERALL, false);
    // An edit in 附件3 only: had the session kept the refused write as done, 附件2 would stay stale.
    await book.edit(...PROJECT_ACTUAL);
    await drain(book);
    expect(book.value(OVERALL, 'G9')).toBe(0.9921);
    expect(book.value(PROJECT, 'H7')).toBe(0.8151);
    const fresh = await recalculatedFresh([UNDER_BUDGET, PROJECT_ACTUAL]);
    expect(formValues(book)).toEqual(formValues(fresh));
    const last = evaluations[evaluations.length - 1];
    expect(flagKeys(last)).toEqual(flagKeys(await createExcelActions(fresh.api()).check()));
  });

  it('a refused write does not count its highlights as laid', async () => {
    const laidOut = await memoryWorkbookFromPlans(seedPlans(1), { excelApi: '1.2' });
    const book = MemoryWorkbook.fromGrids(laidOut.toGrids(), { excelApi: '1.7' });
    const actions = createExcelActions(book.api());
    book.protectSheet(OVERALL);
    await expect(actions.recalculate()).rejects.toMatchObject({ code: 'AccessDenied' });
    book.protectSheet(OVERALL, false);
    await actions.recalculate();
    expect(book.inspect(OVERALL).conditionalFormats.length).toBeGreaterThan(0);
  });
});

describe('the user editing a cell', () => {
  it('where office.js passes delayForCellEdit on, the recalculation waits for the edit', async () => {
    const { book, evaluations, errors } = await watchedSeed('1.20');
    await book.edit(...UNDER_BUDGET);
    book.startCellEdit(); // typing into another cell before the debounce ran out
    await drain(book);
    expect(evaluations).toHaveLength(0);
    expect(book.value(OVERALL, 'G9')).toBe(1.8726);
    await book.endCellEdit({ sheet: PROJECT, address: 'F7', value: 400 });
    await drain(book);
    expect(errors).toEqual([]);
    expect(book.value(OVERALL, 'G9')).toBe(0.9921);
    expect(book.value(PROJECT, 'H7')).toBe(0.8151);
  });

  it('where it cannot wait, the failed recalculation runs again when the edit ends', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(1), {
      officeJs: { delayForCellEdit: false },
    });
    const actions = createExcelActions(book.api(), { watch: { debounceMs: DEBOUNCE } });
    await actions.recalculate();
    const evaluations: unknown[] = [];
    const errors: unknown[] = [];
    await actions.watch?.(
      (e) => evaluations.push(e),
      (e) => errors.push(e),
    );
    await book.edit(...UNDER_BUDGET);
    book.startCellEdit();
    await drain(book);
    // Refused (InvalidOperationInCellEditMode): nothing shown, nothing written, nothing lost.
    expect(errors).toEqual([]);
    expect(evaluations).toHaveLength(0);
    expect(book.value(OVERALL, 'G9')).toBe(1.8726);
    // Enter in a cell of a sheet that is no form: its change event is the edit's end.
    book.addSheet({ name: '草稿', values: [['备注']], merges: [] });
    await drain(book);
    await book.endCellEdit({ sheet: '草稿', address: 'B2', value: '已核对' });
    await drain(book);
    expect(book.value(OVERALL, 'G9')).toBe(0.9921);
    expect(errors).toEqual([]);

    // Left with Esc (no event): the retry timer picks it up.
    await book.edit(OVERALL, 'F9', 2_000_000);
    book.startCellEdit();
    await drain(book);
    expect(book.value(OVERALL, 'G9')).toBe(0.9921);
    await book.endCellEdit();
    await drain(book, CELL_EDIT_RETRY_MS);
    expect(book.value(OVERALL, 'G9')).toBe(0.7631);
    expect(errors).toEqual([]);
  });

  it('重新计算得分 waits for the edit too', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(1));
    const actions = createExcelActions(book.api());
    book.startCellEdit();
    let done = false;
    const recalculation = actions.recalculate().then(() => (done = true));
    await drain(book);
    expect(done).toBe(false);
    await book.endCellEdit();
    await recalculation;
    expect(book.value(OVERALL, 'G6')).toBe(1.545);
  });
});

describe("a co-author's changes", () => {
  it('cause no recalculation; the next local one reads their sheet again', async () => {
    const { book, evaluations } = await watchedSeed('1.20');
    await book.remoteEdit(...UNDER_BUDGET);
    await drain(book);
    expect(book.runs).toHaveLength(0);
    expect(evaluations).toHaveLength(0);
    expect(book.value(OVERALL, 'G9')).toBe(1.8726);
    await book.edit(...PROJECT_ACTUAL);
    await drain(book);
    expect(book.value(OVERALL, 'G9')).toBe(0.9921);
    const fresh = await recalculatedFresh([UNDER_BUDGET, PROJECT_ACTUAL]);
    expect(formValues(book)).toEqual(formValues(fresh));
  });
});

describe('merged areas', () => {
  it('a form sheet with 600 merged areas reads, every area once', async () => {
    const [, overall] = seedPlans(1);
    const grid = planToGrid(overall);
    // 600 merged pairs under the form (a hand-made sheet that merged every note row).
    const top = grid.values.length + 2;
    const merges = [...grid.merges];
    for (let i = 0; i < 600; i += 1) {
      grid.values[top + i] = [`说明${i + 1}`];
      merges.push({ top: top + i, left: 0, bottom: top + i, right: 1 });
    }
    const handMade = { ...grid, merges };
    const book = MemoryWorkbook.fromGrids([handMade]);
    const evaluation = await createExcelActions(book.api()).check();
    expect(evaluation.forms.map((f) => f.sheet)).toEqual([OVERALL]);
    // The workbook as it holds itself, every merged area included.
    const [held] = book.toGrids();
    expect(held.merges.length).toBeGreaterThan(600);
    expect(evaluation).toEqual(evaluate([held]));
  });
});

describe('ExcelApi 1.1 (Excel 2016 volume licence)', () => {
  it('checks and recalculates the seed, as on any later Excel', async () => {
    const laidOut = await memoryWorkbookFromPlans(seedPlans(1));
    const book = MemoryWorkbook.fromGrids(laidOut.toGrids(), { excelApi: '1.1' });
    const actions = createExcelActions(book.api());
    expect(actions.capabilities()).toMatchObject({
      excelApi: '1.1',
      cellLayout: false,
      autoRecalc: false,
      undoKept: false,
    });
    // Below 1.13 no merged areas are read: the forms as the workbook's cells show them alone.
    const checked = await actions.check();
    expect(checked).toEqual(evaluate(book.toGrids().map((g) => ({ ...g, merges: [] }))));
    await actions.recalculate();
    const fresh = await recalculatedFresh([]);
    expect(formValues(book)).toEqual(formValues(fresh));
    // The highlights as written fills (no conditional formats before 1.6).
    expect(book.cellFormat(OVERALL, 'G6').fill).toBe('#FFC7CE');
  });

  it('lays the forms out without merges and widths, and stores settings', async () => {
    const book = new MemoryWorkbook({ excelApi: '1.1' });
    const actions = createExcelActions(book.api());
    const names = await actions.insertForms({
      kinds: ['base', 'overall', 'project'],
      unit: '某单位',
      year: 2021,
      projectNames: ['招商引资工作经费'],
    });
    expect(names).toHaveLength(3);
    expect(book.inspect(names[1]).merges).toEqual([]);
    expect(book.inspect(names[1]).columnWidths.size).toBe(0);
    const evaluation = await actions.check();
    expect(evaluation.forms.map((f) => f.kind)).toEqual(['base', 'overall', 'project']);
    await actions.saveSettings?.({ ratePrecision: 1 });
    expect(await actions.readSettings?.()).toMatchObject({ ratePrecision: 1 });
  });
});
