/** The memory workbook keeps Office.js's rules, so the Excel host cannot cheat on them. */
import type { ExcelWorksheetChangedArgs } from '../../src/hosts/excel';
import { MemoryOfficeError, MemoryWorkbook } from '../../src/hosts/memory';

function book(excelApi?: string): MemoryWorkbook {
  return MemoryWorkbook.fromGrids(
    [
      {
        name: '表一',
        values: [
          ['标题', null, 3],
          [1.5, '备注', null],
        ],
        merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
        numberFormats: [[null, null, '0.00%']],
        formulas: [[null, null, true]],
      },
      { name: 'Sheet 2', values: [], merges: [] },
    ],
    { excelApi },
  );
}

describe('the memory workbook', () => {
  it('throws PropertyNotLoaded before load + sync, like Office.js', async () => {
    const memory = book();
    await memory.api().run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('表一').getRange('A1:C2');
      expect(() => range.values).toThrow(MemoryOfficeError);
      expect(() => range.values).toThrow(/load/);
      range.load('values');
      expect(() => range.values).toThrow(/not available/); // loaded, not synced yet
      expect(() => range.isNullObject).toThrow(/isNullObject/);
      await ctx.sync();
      expect(range.values).toEqual([
        ['标题', '', 3],
        [1.5, '备注', ''],
      ]);
      expect(range.isNullObject).toBe(false);
      expect(() => range.numberFormat).toThrow(
        expect.objectContaining({ code: 'PropertyNotLoaded' }),
      );
    });
  });

  it('applies writes at sync, counts round trips, not empty syncs', async () => {
    const memory = book();
    await memory.api().run(async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem('表一').getRange('B3');
      cell.values = [['新值']];
      expect(memory.value('表一', 'B3')).toBe('');
      expect(cell.values).toEqual([['新值']]); // a set property reads back at once
      await ctx.sync();
      expect(memory.value('表一', 'B3')).toBe('新值');
      await ctx.sync(); // nothing queued: no round trip
    });
    expect(memory.syncCount).toBe(1);
    expect(memory.cellsWritten).toBe(1);
  });

  it('syncs what a run leaves queued, as Excel.run does', async () => {
    const memory = book();
    await memory.api().run(async (ctx) => {
      ctx.workbook.worksheets.getItem('表一').getRange('A3').values = [[7]];
    });
    expect(memory.value('表一', 'A3')).toBe(7);
    expect(memory.syncCount).toBe(1);
  });

  it('enters values as Excel does: formulas, numbers typed as text, null leaves alone', async () => {
    const memory = book();
    await memory.api().run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('表一').getRange('A2:C2');
      range.values = [[null, '42', '=A2*2']];
      range.numberFormat = [['0.00', null, '']];
      range.load('values, formulas, numberFormat');
      await ctx.sync();
      expect(range.values).toEqual([[1.5, 42, '']]);
      expect(range.formulas).toEqual([[1.5, 42, '=A2*2']]);
      expect(range.numberFormat).toEqual([['0.00', 'General', 'General']]);
    });
  });

  it('rejects the sync at the failing statement, keeping the ones before', async () => {
    const memory = book();
    const failure = memory.api().run(async (ctx) => {
      ctx.workbook.worksheets.getItem('表一').getRange('A5').values = [['先写']];
      ctx.workbook.worksheets.getItem('没有这张表').getRange('A1').values = [['x']];
      await ctx.sync();
    });
    await expect(failure).rejects.toMatchObject({
      code: 'ItemNotFound',
      debugInfo: { errorLocation: 'WorksheetCollection.getItem' },
    });
    expect(memory.value('表一', 'A5')).toBe('先写');
  });

  it('checks a 2-D input against the range size', async () => {
    const memory = book();
    const failure = memory.api().run(async (ctx) => {
      ctx.workbook.worksheets.getItem('表一').getRange('A1:B2').values = [[1, 2]];
      await ctx.sync();
    });
    await expect(failure).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('fails with ApiNotFound above its requirement set', async () => {
    const memory = book('1.8');
    expect(memory.api().isSetSupported('1.8')).toBe(true);
    expect(memory.api().isSetSupported('1.9')).toBe(false);
    const failure = memory.api().run(async (ctx) => {
      ctx.workbook.worksheets.getItem('表一').pageLayout.orientation = 'Landscape';
      await ctx.sync();
    });
    await expect(failure).rejects.toMatchObject({ code: 'ApiNotFound' });
    const merged = memory.api().run(async (ctx) => {
      ctx.workbook.worksheets.getItem('表一').getRange('A1:C2').getMergedAreasOrNullObject();
      await ctx.sync();
    });
    await expect(merged).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('lists merged areas from ExcelApi 1.13, or a null object', async () => {
    const memory = book();
    await memory.api().run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      const some = sheets
        .getItem('表一')
        .getUsedRange()
        .getMergedAreasOrNullObject()
        .load('address');
      const none = sheets
        .getItem('表一')
        .getRange('C2')
        .getMergedAreasOrNullObject()
        .load('address');
      await ctx.sync();
      expect(some.isNullObject).toBe(false);
      expect(some.address).toBe('表一!A1:B1');
      expect(none.isNullObject).toBe(true);
    });
  });

  it('records which cells each load read', async () => {
    const memory = book();
    await memory.api().run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet 2').getRange('A1:Z15').load('values');
      ctx.workbook.worksheets.getItem('表一').getUsedRange().load(['values', 'rowIndex']);
      await ctx.sync();
    });
    expect(memory.loads).toEqual([
      { sheet: 'Sheet 2', address: 'A1:Z15', properties: ['values'], cells: 390 },
      { sheet: '表一', address: 'A1:C2', properties: ['values', 'rowIndex'], cells: 6 },
    ]);
  });

  it('round-trips grids: values, merges, number formats, formula flags', () => {
    const [grid] = book().toGrids();
    expect(grid).toEqual({
      name: '表一',
      values: [
        ['标题', null, 3],
        [1.5, '备注', null],
      ],
      merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
      numberFormats: [
        [null, null, '0.00%'],
        [null, null, null],
      ],
      formulas: [
        [null, null, true],
        [null, null, null],
      ],
    });
  });

  it('raises onChanged: Unknown for the user, ThisLocalAddin for the add-in', async () => {
    const memory = book();
    const seen: ExcelWorksheetChangedArgs[] = [];
    await memory.api().run(async (ctx) => {
      ctx.workbook.worksheets.getItem('表一').onChanged.add(async (args) => {
        seen.push(args);
      });
      await ctx.sync();
    });
    await memory.edit('表一', 'C1', 5);
    await memory.api().run(async (ctx) => {
      ctx.workbook.worksheets.getItem('表一').getRange('D1').values = [[6]];
      await ctx.sync();
    });
    await memory.settled();
    expect(seen.map((a) => [a.address, a.triggerSource, a.changeType])).toEqual([
      ['C1', 'Unknown', 'RangeEdited'],
      ['D1', 'ThisLocalAddin', 'RangeEdited'],
    ]);
    expect(memory.value('表一', 'C1')).toBe(5);
  });

  it('has no triggerSource before ExcelApi 1.14 and no events before 1.7', async () => {
    const seen: ExcelWorksheetChangedArgs[] = [];
    const older = book('1.13');
    await older.api().run(async (ctx) => {
      ctx.workbook.worksheets.getItem('表一').onChanged.add(async (args) => {
        seen.push(args);
      });
    });
    await older.edit('表一', 'C1', 5);
    expect(seen).toHaveLength(1);
    expect(seen[0].triggerSource).toBeUndefined();

    const oldest = book('1.6');
    const failure = oldest.api().run(async (ctx) => {
      ctx.workbook.worksheets.getItem('表一').onChanged.add(async () => undefined);
    });
    await expect(failure).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('refuses bad sheet names and duplicate ones, as Excel does', async () => {
    const memory = book();
    for (const name of ['a/b', 'x'.repeat(32), '表一', "'quoted'"]) {
      const failure = memory.api().run(async (ctx) => {
        ctx.workbook.worksheets.add(name);
        await ctx.sync();
      });
      await expect(failure).rejects.toBeInstanceOf(MemoryOfficeError);
    }
    expect(memory.sheetNames()).toEqual(['表一', 'Sheet 2']);
  });
});
