/**
 * Issue 12's write policy on the memory host, on the seed demo (whose typed rates are the seed's
 * printed 94%, 155%, 116.7%, 187% and 187%): a check writes nothing; only 重新计算得分 rewrites
 * derived cells across the workbook, and says each one before → after; an edit rewrites the
 * derived cells its own change changed; laying out a form writes that form; the switch writes no
 * form cell; while it is off a change is reported stale and nothing is read or written.
 */
import type { HostEvaluation } from '../../src/app/actions';
import { createExcelActions } from '../../src/hosts/excel';
import { memoryWorkbookFromPlans } from '../../src/hosts/memory';
import { allNotes, BASE, checkNotes, ledgerGrid, OVERALL, seedPlans } from './helpers';
import { DEBOUNCE, drain, formValues, PROJECT } from './watchHelpers';

beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'] }));
afterEach(() => jest.useRealTimers());

/** The derived cells the seed prints, as typed: 控制率 94%, 执行率 155% / 116.7% / 187%, 187%. */
const TYPED = [
  [BASE, 'D5', 0.94],
  [OVERALL, 'G6', 1.55],
  [OVERALL, 'G8', 1.167],
  [OVERALL, 'G9', 1.87],
  [PROJECT, 'H7', 1.87],
] as const;

async function seed() {
  const book = await memoryWorkbookFromPlans(seedPlans(1));
  const actions = createExcelActions(book.api(), { watch: { debounceMs: DEBOUNCE } });
  return { book, actions };
}

describe('write policy (issue 12)', () => {
  it('a check writes nothing: the typed rates stay, no applied, no 校验 note', async () => {
    const { book, actions } = await seed();
    const evaluation = await actions.check();
    expect(book.cellsWritten).toBe(0);
    expect(evaluation.applied ?? []).toEqual([]);
    for (const [sheet, address, typed] of TYPED) expect(book.value(sheet, address)).toBe(typed);
    // What 重新计算得分 would write is still listed (the pane's 预览).
    expect(evaluation.writes.length).toBeGreaterThan(0);
    expect(allNotes(book).size).toBe(0);
  });

  it('重新计算得分 rewrites every derived cell that differs and says each, before → after', async () => {
    const { book, actions } = await seed();
    await actions.check();
    const evaluation = await actions.recalculate();
    const overallGrade = evaluation.applied?.find((w) => w.sheet === OVERALL && w.before === null);
    expect(evaluation.applied).toEqual([
      // 16 ÷ 17; 7,554,995.22 ÷ 4,889,977; 2,647,356.88 ÷ 2,269,177; 4,907,638.34 ÷ 2,620,800.
      { sheet: BASE, address: 'D5', before: 0.94, after: 0.9412 },
      { sheet: OVERALL, address: 'G6', before: 1.55, after: 1.545 },
      { sheet: OVERALL, address: 'G8', before: 1.167, after: 1.1667 },
      { sheet: OVERALL, address: 'G9', before: 1.87, after: 1.8726 },
      // 附件2's blank 等级 beside 总分 90: 优.
      { sheet: OVERALL, address: overallGrade?.address, before: null, after: '优' },
      // 490.76 ÷ 490.76; 附件3's 总分 90 and blank 等级 stay (weights of 110).
      { sheet: PROJECT, address: 'H7', before: 1.87, after: 1 },
    ]);
    for (const w of evaluation.applied ?? []) expect(book.value(w.sheet, w.address)).toBe(w.after);
    // The evaluation is the workbook's after the writes: no RATE_MISMATCH on a rewritten rate.
    expect(evaluation.flags.filter((f) => f.code === 'RATE_MISMATCH')).toEqual([]);
    // Nothing left to write: a second press writes nothing and says so.
    book.resetCounters();
    expect((await actions.recalculate()).applied).toEqual([]);
    expect(book.cellsWritten).toBe(0);
  });

  it('an edit rewrites only the derived cells it changed; the other typed rates stay', async () => {
    const { book, actions } = await seed();
    await actions.check();
    const evaluations: HostEvaluation[] = [];
    const stop = await actions.watch!(
      (e) => evaluations.push(e),
      (e) => {
        throw new Error(e.message);
      },
    );
    // 附件2 项目支出 全年执行数 under its budget (2,620,800).
    await book.edit(OVERALL, 'F9', 2_600_000);
    await drain(book);
    stop();
    expect(evaluations).toHaveLength(1);
    // 2,600,000 ÷ 2,620,800 = 0.99206… and 财政拨款 unchanged: only G9 is the edit's.
    expect(evaluations[0].applied).toEqual([
      { sheet: OVERALL, address: 'G9', before: 1.87, after: 0.9921 },
    ]);
    for (const [sheet, address, typed] of TYPED.filter(([, a]) => a !== 'G9'))
      expect(book.value(sheet, address)).toBe(typed);
    // Still flagged, still the accountant's to fix or 重新计算得分's to rewrite.
    const codes = evaluations[0].flags.map((f) => `${f.code} ${f.sheet}!${f.address}`);
    expect(codes).toContain(`RATE_MISMATCH ${OVERALL}!G6`);
  });

  it('新增项目支出自评表 writes that form only; the switch writes no form cell', async () => {
    const { book, actions } = await seed();
    await actions.check();
    const before = formValues(book);
    const sheet = await actions.addProject('新项目', '浏阳市招商引资服务中心', 2021);
    expect(sheet.startsWith('附件3')).toBe(true);
    const after = formValues(book) as { name: string }[];
    expect(after.filter((g) => g.name !== sheet)).toEqual(before);
    // The check after it (what the pane does) writes nothing either.
    book.resetCounters();
    const evaluation = await actions.check();
    expect(book.cellsWritten).toBe(0);
    expect(evaluation.applied ?? []).toEqual([]);
    // 编辑时自动重算 turned off and on: settings stored, no form cell written.
    const forms = formValues(book);
    await actions.saveSettings!({ autoRecalc: false });
    await actions.saveSettings!({ autoRecalc: true });
    const stop = await actions.watch!(
      () => undefined,
      () => undefined,
    );
    await drain(book);
    stop();
    expect(formValues(book)).toEqual(forms);
  });

  it('while the switch is off a change is reported stale, nothing read or written', async () => {
    const { book, actions } = await seed();
    await actions.check();
    let stale = 0;
    const stop = await actions.watchStale!(() => (stale += 1));
    book.resetCounters();
    await book.edit(OVERALL, 'F9', 2_600_000);
    await book.edit(OVERALL, 'F8', 2_600_000);
    await drain(book);
    expect(stale).toBe(1);
    expect(book.syncCount).toBe(0);
    expect(book.value(OVERALL, 'G9')).toBe(1.87);
    // A ledger's typing is no form's change.
    book.addSheet(ledgerGrid('明细账', 10));
    await book.edit('明细账', 'B2', 10);
    await drain(book);
    expect(stale).toBe(1);
    stop();
  });

  it('the 校验 column of the add-in’s sheets: each row’s flags and each deviation', async () => {
    const { book, actions } = await seed();
    await actions.recalculate();
    const notes = [...checkNotes(book, PROJECT).values()];
    // 成本指标 262.08万元 planned, 490.76万元 spent: +87.26%; 数量指标 150 个以上, 207: +38.00%.
    expect(notes.some((n) => n.includes('偏差 +87.26%'))).toBe(true);
    expect(notes.some((n) => n.includes('偏差 +38.00%'))).toBe(true);
    // Every flag of the sheet is on its row's note.
    const evaluation = await actions.check();
    const byRow = checkNotes(book, PROJECT);
    for (const flag of evaluation.flags.filter((f) => f.sheet === PROJECT)) {
      const row = Number(/\d+$/.exec(flag.address)?.[0]);
      expect(byRow.get(row)).toContain(flag.message);
    }
  });
});
