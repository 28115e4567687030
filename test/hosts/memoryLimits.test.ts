/**
 * What the memory workbook refuses, as real Excel does: requests over 5 MB, batches while the
 * user edits a cell, changes to a protected sheet, changes undo does not support inside an undo
 * group, more than 512 merged areas at once, anything above its ExcelApi level.
 */
import type { SheetGrid } from '../../src/core';
import { MemoryWorkbook } from '../../src/hosts/memory';

function sheet(name = '表一'): SheetGrid {
  return { name, values: [['标题', 1, 2]], merges: [] };
}

describe('the memory workbook refuses what Excel refuses', () => {
  it('a request over 5 MB (RequestPayloadSizeLimitExceeded), nothing of it applied', async () => {
    const book = MemoryWorkbook.fromGrids([sheet()]);
    const rows = 150_000;
    const values = Array.from({ length: rows }, (_, i) => [`第${i}行的一段说明文字`, i * 1.5]);
    const sync = book.api().run(async (ctx) => {
      ctx.workbook.worksheets.getItem('表一').getRange(`A1:B${rows}`).values = values;
      await ctx.sync();
    });
    await expect(sync).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(book.value('表一', 'A1')).toBe('标题');
    expect(book.largestRequest).toBeGreaterThan(5_000_000);
  });

  it('any batch while a cell is edited, unless it asked to wait and office.js passes that on', async () => {
    const book = MemoryWorkbook.fromGrids([sheet()]);
    book.startCellEdit();
    const write = (delayForCellEdit: boolean) =>
      book.api().run(
        async (ctx) => {
          ctx.workbook.worksheets.getItem('表一').getRange('B1').values = [[9]];
          await ctx.sync();
        },
        { delayForCellEdit },
      );
    await expect(write(false)).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    expect(book.value('表一', 'B1')).toBe(1);
    let done = false;
    const waiting = write(true).then(() => (done = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(done).toBe(false); // waits for the edit
    await book.endCellEdit();
    await waiting;
    expect(book.value('表一', 'B1')).toBe(9);

    // The npm office.js (1.1.110) where Excel does not honour it: the batch fails all the same.
    const old = MemoryWorkbook.fromGrids([sheet()], { officeJs: { delayForCellEdit: false } });
    old.startCellEdit();
    await expect(
      old.api().run(
        async (ctx) => {
          ctx.workbook.worksheets.getItem('表一').getRange('B1').load('values');
          await ctx.sync();
        },
        { delayForCellEdit: true },
      ),
    ).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
  });

  it("a change to a protected sheet's cells (AccessDenied); reading it is fine", async () => {
    const book = MemoryWorkbook.fromGrids([sheet()]);
    book.protectSheet('表一');
    await expect(
      book.api().run(async (ctx) => {
        const range = ctx.workbook.worksheets.getItem('表一').getRange('A1:C1');
        range.load('values');
        await ctx.sync();
        expect(range.values).toEqual([['标题', 1, 2]]);
        range.format.fill.color = '#FFC7CE';
        await ctx.sync();
      }),
    ).rejects.toMatchObject({
      code: 'AccessDenied',
      debugInfo: { errorLocation: 'RangeFill.color' },
    });
  });

  it('Worksheet.visibility inside an undo group (UndoNotSupported); outside, it clears the undo history', async () => {
    const hide = (book: MemoryWorkbook, mergeUndoGroup: boolean) =>
      book.api().run(
        async (ctx) => {
          ctx.workbook.worksheets.getItem('表一').visibility = 'Hidden';
          await ctx.sync();
        },
        { mergeUndoGroup },
      );
    const grouped = MemoryWorkbook.fromGrids([sheet(), sheet('表二')]);
    await expect(hide(grouped, true)).rejects.toMatchObject({ code: 'UndoNotSupported' });
    await hide(grouped, false);
    expect(grouped.undoCleared).toBe(1);
    // The npm office.js drops mergeUndoGroup: no group, no error (and the history cleared).
    const npm = MemoryWorkbook.fromGrids([sheet(), sheet('表二')], {
      officeJs: { mergeUndoGroup: false },
    });
    await hide(npm, true);
    expect(npm.undoCleared).toBe(1);
  });

  it('counts undo: a step per run in a group, per sync outside; cleared history without undo support', async () => {
    const twoSyncs = (book: MemoryWorkbook) =>
      book.api().run(
        async (ctx) => {
          const range = ctx.workbook.worksheets.getItem('表一').getRange('B1');
          range.values = [[3]];
          await ctx.sync();
          range.values = [[4]];
          await ctx.sync();
        },
        { mergeUndoGroup: true },
      );
    const recent = MemoryWorkbook.fromGrids([sheet()]);
    await twoSyncs(recent);
    expect([recent.undoSteps, recent.undoCleared]).toEqual([1, 0]);
    const npm = MemoryWorkbook.fromGrids([sheet()], { officeJs: { mergeUndoGroup: false } });
    await twoSyncs(npm);
    expect([npm.undoSteps, npm.undoCleared]).toEqual([2, 0]);
    const old = MemoryWorkbook.fromGrids([sheet()], { excelApi: '1.19' });
    await twoSyncs(old);
    expect([old.undoSteps, old.undoCleared]).toEqual([0, 2]);
  });

  it('more than 512 merged areas in one getMergedAreasOrNullObject', async () => {
    const merges = Array.from({ length: 600 }, (_, i) => ({
      top: i,
      left: 0,
      bottom: i,
      right: 1,
    }));
    const book = MemoryWorkbook.fromGrids([{ name: '表一', values: [['x']], merges }]);
    const read = (address: string) =>
      book.api().run(async (ctx) => {
        const areas = ctx.workbook.worksheets
          .getItem('表一')
          .getRange(address)
          .getMergedAreasOrNullObject()
          .load('address');
        await ctx.sync();
        return areas.address.split(', ').length;
      });
    await expect(read('A1:B600')).rejects.toMatchObject({ code: 'GeneralException' });
    expect(await read('A1:B512')).toBe(512);
    // An area is listed under the range holding its top-left cell only.
    expect(await read('B1:B600').catch(() => 0)).toBe(0);
  });

  it('ExcelApi 1.2 calls on ExcelApi 1.1: merges, widths, getUsedRange(valuesOnly)', async () => {
    const book = MemoryWorkbook.fromGrids([sheet()], { excelApi: '1.1' });
    const run = (batch: (ws: ReturnType<typeof getSheet>) => void) =>
      book.api().run(async (ctx) => {
        batch(getSheet(ctx));
        await ctx.sync();
      });
    type Ctx = Parameters<Parameters<ReturnType<MemoryWorkbook['api']>['run']>[0]>[0];
    const getSheet = (ctx: Ctx) => ctx.workbook.worksheets.getItem('表一');
    await expect(run((ws) => ws.getRange('A1:B1').merge())).rejects.toMatchObject({
      code: 'ApiNotFound',
    });
    await expect(run((ws) => (ws.getRange('A:A').format.columnWidth = 80))).rejects.toMatchObject({
      code: 'ApiNotFound',
    });
    await expect(run((ws) => ws.getUsedRange(true).load('values'))).rejects.toMatchObject({
      code: 'ApiNotFound',
    });
    await run((ws) => ws.getUsedRange().load('values'));
  });
});
