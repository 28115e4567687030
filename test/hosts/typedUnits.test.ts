/**
 * Units typed into cells, as Excel stores them (issue 12): `95%` is 0.95 with a percent format in
 * the memory host as in Excel, and a percent or 万元 in a 元 amount cell is a UNIT_MISMATCH that
 * names what was typed and the unit expected; no absurd rate is written from it.
 */
import type { HostEvaluation } from '../../src/app/actions';
import { createExcelActions } from '../../src/hosts/excel';
import { memoryWorkbookFromPlans } from '../../src/hosts/memory';
import { OVERALL, seedPlans } from './helpers';
import { DEBOUNCE, drain } from './watchHelpers';

beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'] }));
afterEach(() => jest.useRealTimers());

/** 附件2 财政拨款 全年预算数 (元) and its 执行率. */
const BUDGET = 'E6';
const RATE = 'G6';

async function typedInto(value: string): Promise<{ last: HostEvaluation; rate: unknown }> {
  const book = await memoryWorkbookFromPlans(seedPlans(1));
  const actions = createExcelActions(book.api(), { watch: { debounceMs: DEBOUNCE } });
  await actions.recalculate();
  const evaluations: HostEvaluation[] = [];
  const stop = await actions.watch!(
    (e) => evaluations.push(e),
    () => undefined,
  );
  await book.edit(OVERALL, BUDGET, value);
  await drain(book);
  stop();
  return { last: evaluations[evaluations.length - 1], rate: book.value(OVERALL, RATE) };
}

describe('units typed into cells', () => {
  it('`95%` is stored as 0.95 with a percent format, as Excel does', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(1));
    await book.edit(OVERALL, BUDGET, '95%');
    expect(book.value(OVERALL, BUDGET)).toBe(0.95);
    expect(book.numberFormat(OVERALL, BUDGET)).toBe('0%');
    await book.edit(OVERALL, 'E8', '12.5%');
    expect(book.value(OVERALL, 'E8')).toBe(0.125);
    expect(book.numberFormat(OVERALL, 'E8')).toBe('0.00%');
  });

  it('a percent in a 元 amount cell: UNIT_MISMATCH naming 95% and 元; the rate left alone', async () => {
    const { last, rate } = await typedInto('95%');
    const flags = last.flags.filter((f) => f.sheet === OVERALL && f.address === BUDGET);
    expect(flags).toMatchObject([{ code: 'UNIT_MISMATCH', actual: '95%', expected: '元' }]);
    expect(flags[0].message).toContain('“95%”');
    expect(flags[0].message).toContain('元');
    // Not 7,554,995.22 ÷ 0.95: the 执行率 keeps what 重新计算得分 wrote (7,554,995.22 ÷ 4,889,977).
    expect(rate).toBe(1.545);
    expect(last.applied ?? []).toEqual([]);
  });

  it('262.08万元 in a 元 amount cell: UNIT_MISMATCH naming 262.08万元 and 元', async () => {
    const { last } = await typedInto('262.08万元');
    const flags = last.flags.filter(
      (f) => f.sheet === OVERALL && f.address === BUDGET && f.code === 'UNIT_MISMATCH',
    );
    expect(flags[0].message).toContain('本表金额单位为元');
    // Read as 2,620,800 元 it is also short of 基本支出 + 项目支出: SOURCE_STRUCTURE_MISMATCH.
    expect(flags).toMatchObject([{ code: 'UNIT_MISMATCH', actual: '262.08万元', expected: '元' }]);
  });
});
