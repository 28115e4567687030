/**
 * Every request under 4 MB, in as few round trips as that allows: laying out 200 附件3, a full
 * recalculation, an edit and the print setup of 附件1 + 附件2 + 200 附件3 on the memory
 * workbook, which sizes each request as office.js serialises it (5 MB refused).
 */
import { createExcelActions, REQUEST_BUDGET_BYTES, WorkbookSession } from '../../src/hosts/excel';
import { MemoryWorkbook } from '../../src/hosts/memory';
import { seedPlans } from './helpers';
import { DEBOUNCE, drain } from './watchHelpers';

beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'] }));
afterEach(() => jest.useRealTimers());

/** The fewest requests these bytes need under the budget. */
const fewest = (sizes: readonly number[]): number =>
  Math.ceil(sizes.reduce((a, b) => a + b, 0) / REQUEST_BUDGET_BYTES);

describe('requests under 4 MB, 附件1 + 附件2 + 200 附件3', () => {
  it('lays out, recalculates, follows an edit and sets up printing', async () => {
    const book = new MemoryWorkbook();
    await new WorkbookSession(book.api()).layoutPlans(seedPlans(200));
    // The sheet names, then the sheets: over 13 MB cut into requests as full as the budget allows.
    const layout = book.requestSizes.slice(1);
    expect(Math.max(...book.requestSizes)).toBeLessThan(REQUEST_BUDGET_BYTES);
    expect(layout.length).toBeLessThanOrEqual(fewest(layout) + 1);
    expect(layout.length).toBeGreaterThan(1);

    const actions = createExcelActions(book.api(), { watch: { debounceMs: DEBOUNCE } });
    book.resetCounters();
    await actions.check();
    const recalculation = await actions.recalculate();
    // Per 附件3 its 执行率 only: 总分 and 等级 stay as typed while its weights add up to 110.
    expect(recalculation.writes.length).toBe(2 + 1 * 200 + 3);
    expect(book.largestRequest).toBeLessThan(REQUEST_BUDGET_BYTES);
    expect(book.largestResponse).toBeLessThan(5_000_000);

    await actions.watch?.(jest.fn(), jest.fn());
    await drain(book);
    book.resetCounters();
    await book.edit('附件3 项目100', 'F7', 400);
    await drain(book);
    expect(book.syncCount).toBe(2);
    expect(book.largestRequest).toBeLessThan(REQUEST_BUDGET_BYTES);

    book.resetCounters();
    expect(await actions.setupPrint?.()).toHaveLength(202);
    expect(book.syncCount).toBe(2);
    expect(book.largestRequest).toBeLessThan(REQUEST_BUDGET_BYTES);
  });
});
