/**
 * Undo is never claimed where it is not true. The pane says Excel keeps its undo history only
 * where the host reports `undoKept`, and one undo step per recalculation only where it reports
 * `undoGrouped`; here every combination of Excel (ExcelApi level, its undo support) and office.js
 * (the npm copy drops mergeUndoGroup) is run through 重新计算得分, an edit and a layout, and what
 * the memory workbook counted must bear the claims out.
 */
import { createExcelActions } from '../../src/hosts/excel';
import { memoryWorkbookFromPlans, type MemoryWorkbookOptions } from '../../src/hosts/memory';
import { OVERALL, PROJECT_SHEET, seedPlans } from './helpers';
import { drain, DEBOUNCE } from './watchHelpers';

beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'] }));
afterEach(() => jest.useRealTimers());

const HOSTS: [string, MemoryWorkbookOptions][] = [
  ['ExcelApi 1.1', { excelApi: '1.1' }],
  ['ExcelApi 1.7', { excelApi: '1.7' }],
  ['ExcelApi 1.19', { excelApi: '1.19' }],
  ['ExcelApi 1.20, CDN office.js', { excelApi: '1.20' }],
  [
    'ExcelApi 1.20, npm office.js 1.1.110',
    { excelApi: '1.20', officeJs: { mergeUndoGroup: false } },
  ],
  ['ExcelApi 1.19 with ExcelUndoApiAll', { excelApi: '1.19', undoApi: true }],
];

describe.each(HOSTS)('undo on %s', (_, options) => {
  it('keeps the history only where it says so; one step per run only where it says so', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(2), options);
    const actions = createExcelActions(book.api(), { watch: { debounceMs: DEBOUNCE } });
    const { undoKept, undoGrouped } = actions.capabilities();
    book.resetCounters();

    // 重新计算得分, an edit's recalculation (where there are events), a layout.
    await actions.recalculate();
    if (actions.watch) {
      await actions.watch(jest.fn(), jest.fn());
      await book.edit(OVERALL, 'F9', 2_600_000);
      await drain(book);
    }
    await actions.insertForms({
      kinds: ['project'],
      unit: '某单位',
      year: 2021,
      projectNames: ['新项目'],
    });
    const writingRuns = book.runs.filter((r) => r.syncs > 0 && r.mergeUndoGroup);
    expect(book.undoSteps + book.undoCleared).toBeGreaterThan(0);

    if (undoKept) expect(book.undoCleared).toBe(0);
    else expect(book.undoSteps).toBe(0); // nothing to undo: do not let the pane say otherwise
    if (undoGrouped) {
      expect(undoKept).toBe(true);
      // Each writing run is one step, however many requests it took.
      expect(book.undoSteps).toBe(writingRuns.length);
    }
    expect(book.value(PROJECT_SHEET, 'H7')).toBe(1);
  });
});

describe('settings', () => {
  it('are saved outside any undo group: creating the hidden sheet never fails on 1.20', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(1));
    const actions = createExcelActions(book.api());
    await actions.saveSettings?.({ ratePrecision: 1 });
    expect(book.runs.every((r) => !r.mergeUndoGroup)).toBe(true);
    expect(await actions.readSettings?.()).toMatchObject({ ratePrecision: 1 });
  });
});
