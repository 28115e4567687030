/** selectCell, capabilities and failures through createExcelActions on the memory workbook. */
import { createExcelActions } from '../../src/hosts/excel';
import { MemoryWorkbook, memoryWorkbookFromPlans } from '../../src/hosts/memory';
import { OVERALL, seedPlans } from './helpers';

describe('createExcelActions', () => {
  it('selects a flag cell, activating its sheet, in one round trip', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(1));
    const actions = createExcelActions(book.api());
    await actions.selectCell(OVERALL, 'G6');
    expect(book.syncCount).toBe(1);
    expect(book.activeSheet).toBe(OVERALL);
    expect(book.selection).toEqual({ sheet: OVERALL, address: 'G6' });
  });

  const none = { autoRecalc: false, pageSetup: false, undoKept: false, undoGrouped: false };
  it.each([
    ['1.1', { ...none, excelApi: '1.1', cellLayout: false }],
    ['1.2', { ...none, excelApi: '1.2', cellLayout: true }],
    ['1.7', { ...none, excelApi: '1.7', cellLayout: true, autoRecalc: true }],
    ['1.9', { ...none, excelApi: '1.9', cellLayout: true, autoRecalc: true, pageSetup: true }],
    [
      '1.20',
      {
        excelApi: '1.20',
        cellLayout: true,
        autoRecalc: true,
        pageSetup: true,
        undoKept: true,
        undoGrouped: true,
      },
    ],
  ])('reports the capabilities of ExcelApi %s', (excelApi, expected) => {
    const actions = createExcelActions(new MemoryWorkbook({ excelApi }).api());
    expect(actions.capabilities()).toEqual(expected);
  });

  it('rejects with an ActionError saying what to do', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(1));
    const actions = createExcelActions(book.api());
    await expect(actions.selectCell('已删除的表', 'A1')).rejects.toEqual({
      message: '定位单元格失败：找不到要操作的工作表或单元格，可能刚被重命名或删除。请再试一次。',
      code: 'ItemNotFound',
      debugInfo: 'WorksheetCollection.getItem — Worksheet.activate',
    });
    await expect(actions.selectCell(OVERALL, '不是地址')).rejects.toMatchObject({
      code: 'InvalidArgument',
      debugInfo: 'Worksheet.getRange — Range.select',
    });
  });

  it('passes the workbook settings to the evaluation', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(1));
    const actions = createExcelActions(book.api(), { settings: () => ({ ratePrecision: 1 }) });
    const evaluation = await actions.check();
    const rate = evaluation.writes.find((w) => w.sheet === OVERALL && w.address === 'G6');
    expect(rate).toMatchObject({ value: 1.545, numberFormat: '0.0%' });
    expect(book.cellsWritten).toBe(0);
  });
});
