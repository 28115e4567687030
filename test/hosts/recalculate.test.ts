/** check() and recalculate() through the Excel host on the memory workbook: round trips, writes. */
import { evaluate, type CellWrite } from '../../src/core';
import { createExcelActions } from '../../src/hosts/excel';
import { MemoryWorkbook, memoryWorkbookFromPlans } from '../../src/hosts/memory';
import { addPlanSheet, applyWrites, loadWorkbookBuffer, newWorkbook } from '../../src/hosts/xlsx';
import { worksheetToGrid } from '../../src/hosts/xlsx/readGrids';
import { planToGrid } from '../../src/layout/toGrid';
import { allNotes, ledgerGrid, OVERALL, projectNames, seedPlans } from './helpers';

const PROJECT = '附件3 项目1';

function summary(writes: readonly CellWrite[]) {
  return writes.map((w) => [w.sheet, w.address, w.value, w.numberFormat ?? null]);
}

/**
 * The seed demo as the CLI writes it to .xlsx and reads it back: the xlsx host's grids; with
 * `writes`, after the xlsx host applied them (what `check --fix` leaves).
 */
async function xlsxGrids(writes: readonly CellWrite[] = []) {
  const workbook = newWorkbook();
  for (const p of seedPlans(1)) addPlanSheet(workbook, p);
  applyWrites(workbook, writes);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return (await loadWorkbookBuffer(buffer)).worksheets.map(worksheetToGrid);
}

describe('recalculate', () => {
  it('recalculates the seed demo as the xlsx host does', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(1));
    const evaluation = await createExcelActions(book.api()).recalculate();
    const expected = evaluate(await xlsxGrids());
    expect(summary(evaluation.writes)).toEqual(summary(expected.writes));
    // The flags shown are the workbook's once written: the typed 155% is gone from G6, so is
    // its RATE_MISMATCH; what is still wrong (over budget, weights, 总分 typed) stays.
    const written = evaluate(await xlsxGrids(expected.writes));
    expect(evaluation.flags.map((f) => [f.code, f.sheet, f.address])).toEqual(
      written.flags.map((f) => [f.code, f.sheet, f.address]),
    );
    expect(evaluation.flags.map((f) => f.code)).not.toContain('RATE_MISMATCH');
    expect(expected.flags.map((f) => f.code)).toContain('RATE_MISMATCH');
    // The acceptance figures: 附件2 rates over budget; 附件3 总分 left as typed (90, not the 100
    // its scores add up to) while its weights add up to 110 (issue 12).
    for (const [address, rate] of [
      ['G6', 1.545],
      ['G8', 1.1667],
      ['G9', 1.8726],
    ] as const) {
      expect(book.value(OVERALL, address)).toBe(rate);
      expect(book.numberFormat(OVERALL, address)).toBe('0.00%');
    }
    expect(book.value(PROJECT, 'H32')).toBe(90);
    expect(evaluation.applied?.some((w) => w.sheet === PROJECT && w.address === 'H32')).toBe(false);
    expect(book.value(PROJECT, 'H7')).toBe(1);
    // The derived cells, and the 校验 notes beside the rows that still have findings.
    expect(book.cellsWritten).toBe(expected.writes.length + allNotes(book).size);
  });

  it('reads a cold workbook in three round trips and writes in a fourth', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(1));
    const actions = createExcelActions(book.api());
    await actions.check();
    expect(book.syncCount).toBe(3);
    expect(book.cellsWritten).toBe(0);

    const cold = await memoryWorkbookFromPlans(seedPlans(1));
    await createExcelActions(cold.api()).recalculate();
    expect(cold.syncCount).toBe(4);
  });

  it('recalculates 附件1 + 附件2 + 50 附件3 in at most three round trips', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(50));
    const actions = createExcelActions(book.api());
    await actions.check(); // the pane checks the workbook when it opens
    book.resetCounters();
    const evaluation = await actions.recalculate();
    expect(evaluation.summary.forms).toHaveLength(52);
    expect(book.syncCount).toBeLessThanOrEqual(3);
    expect(book.syncCount).toBe(2);
    // 附件1 控制率 and 附件2 等级; per 附件3 its 执行率 (总分 and 等级 kept: weights of 110);
    // 附件2 the three 执行率.
    expect(evaluation.writes.length).toBe(2 + 1 * 50 + 3);
    expect(book.cellsWritten).toBe(evaluation.writes.length + allNotes(book).size);
    expect(book.undoSteps).toBe(1);
  });

  it('writes nothing when nothing changed: no write batch, same values', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(3));
    const actions = createExcelActions(book.api());
    await actions.recalculate();
    const before = book.toGrids();
    book.resetCounters();
    const again = await actions.recalculate();
    expect(again.writes).toEqual([]);
    expect(book.syncCount).toBe(1);
    expect(book.cellsWritten).toBe(0);
    expect(book.undoSteps).toBe(0);
    expect(book.toGrids()).toEqual(before);
  });

  it('never loads a 100,000-row ledger beyond its probe', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(2));
    book.addSheet(ledgerGrid('明细账', 100_000));
    const actions = createExcelActions(book.api());
    await actions.check();
    await actions.recalculate();
    const ledgerLoads = book.loads.filter((l) => l.sheet === '明细账');
    expect(ledgerLoads.length).toBeGreaterThan(0);
    for (const load of ledgerLoads) {
      expect(load).toEqual({
        sheet: '明细账',
        address: 'A1:Z15',
        properties: ['values'],
        cells: 390,
      });
    }
    const formLoads = book.loads.filter((l) => l.sheet !== '明细账' && l.address !== 'A1:Z15');
    expect(formLoads.every((l) => l.cells < 1000)).toBe(true);
  });

  it('follows sheets added, renamed or deleted since the last read', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(2));
    const actions = createExcelActions(book.api());
    await actions.recalculate();
    // A sheet renamed: the memo is stale, the read starts over and still finds every form.
    book.renameSheet('附件3 项目2', '附件3 改名');
    book.addSheet(planToGrid(seedPlans(1)[2], '附件3 新增'));
    book.deleteSheet('附件3 项目1');
    book.resetCounters();
    const evaluation = await actions.recalculate();
    expect(evaluation.forms.map((f) => f.sheet)).toEqual([
      '附件1 基础数据表',
      OVERALL,
      '附件3 改名',
      '附件3 新增',
    ]);
    expect(summary(evaluation.writes)).toEqual([['附件3 新增', 'H7', 1, '0.00%']]);
    // A failed first round trip (ItemNotFound), three cold ones, one write.
    expect(book.syncCount).toBe(5);
    // Only added sheets: two round trips more than an unchanged workbook, no more.
    book.addSheet(planToGrid(seedPlans(1)[2], '附件3 再增'));
    book.resetCounters();
    await actions.recalculate();
    expect(book.syncCount).toBe(4);
  });

  it('asks one undo step on ExcelApi 1.20 only, and waits out a cell edit always', async () => {
    const recent = await memoryWorkbookFromPlans(seedPlans(1));
    await createExcelActions(recent.api()).recalculate();
    expect(recent.runs).toEqual([{ mergeUndoGroup: true, delayForCellEdit: true, syncs: 4 }]);
    expect(recent.undoSteps).toBe(1);

    const old = await memoryWorkbookFromPlans(seedPlans(1), { excelApi: '1.19' });
    await createExcelActions(old.api()).recalculate();
    expect(old.runs).toEqual([{ mergeUndoGroup: false, delayForCellEdit: true, syncs: 4 }]);
  });

  it('recalculates on ExcelApi 1.2 without merged-area reads', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(1), { excelApi: '1.2' });
    const actions = createExcelActions(book.api());
    const evaluation = await actions.recalculate();
    expect(summary(evaluation.writes)).toEqual(summary(evaluate(await xlsxGrids()).writes));
    expect(book.value(OVERALL, 'G6')).toBe(1.545);
    expect(actions.capabilities()).toEqual({
      excelApi: '1.2',
      autoRecalc: false,
      pageSetup: false,
      cellLayout: true,
      undoKept: false,
      undoGrouped: false,
    });
  });

  it('lays out then recalculates blank forms without writing', async () => {
    const book = new MemoryWorkbook();
    const actions = createExcelActions(book.api());
    await actions.insertForms({
      kinds: ['base', 'overall', 'project'],
      unit: '某单位',
      year: 2021,
      projectNames: projectNames(5),
    });
    book.resetCounters();
    const evaluation = await actions.recalculate();
    expect(evaluation.forms).toHaveLength(7);
    expect(book.syncCount).toBe(1);
  });
});
