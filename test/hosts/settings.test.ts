/** Stored settings through the Excel host on the memory workbook: hidden sheet, round trips. */
import {
  SETTINGS_SHEET_NAME,
  settingsFromGrid,
  settingsToRows,
} from '../../src/core/settingsSheet';
import { createExcelActions } from '../../src/hosts/excel';
import { memoryWorkbookFromPlans } from '../../src/hosts/memory';
import { OVERALL, seedPlans } from './helpers';

describe('readSettings / saveSettings', () => {
  it('reads defaults in one round trip when the workbook stores none', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(1));
    const actions = createExcelActions(book.api());
    const settings = await actions.readSettings?.();
    expect(settings).toMatchObject({
      ratePrecision: 2,
      autoRecalc: true,
      reverseFormula: 'linear',
    });
    expect(book.syncCount).toBe(1);
  });

  it('creates the hidden sheet in one round trip once read, and reads it back', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(1));
    const actions = createExcelActions(book.api());
    await actions.readSettings?.();
    book.resetCounters();
    await actions.saveSettings?.({ ratePrecision: 1, autoRecalc: false, unitName: '某单位' });
    expect(book.syncCount).toBe(1);
    expect(book.sheetNames()).toContain(SETTINGS_SHEET_NAME);
    const visibility = await book.api().run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem(SETTINGS_SHEET_NAME).load('visibility');
      await ctx.sync();
      return sheet.visibility;
    });
    expect(visibility).toBe('Hidden');
    const grid = book.toGrid(SETTINGS_SHEET_NAME);
    expect(grid.values.map((row) => row[0])).toEqual(settingsToRows({}).map((row) => row[0]));
    expect(settingsFromGrid(grid)).toMatchObject({ ratePrecision: 1, autoRecalc: false });
    expect(book.numberFormat(SETTINGS_SHEET_NAME, 'B5')).toBe('@');

    // A fresh pane session reads what was saved: names, then the sheet's cells.
    const again = createExcelActions(book.api());
    book.resetCounters();
    const read = await again.readSettings?.();
    expect(read).toMatchObject({ ratePrecision: 1, autoRecalc: false, unitName: '某单位' });
    expect(book.syncCount).toBe(2);
  });

  it('saves into the existing sheet without adding another, reading first when unread', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(1));
    await createExcelActions(book.api()).saveSettings?.({ year: 2021 });
    const actions = createExcelActions(book.api());
    book.resetCounters();
    await actions.saveSettings?.({ reverseFormula: 'ratio' });
    expect(book.syncCount).toBe(3);
    expect(book.sheetNames().filter((n) => n === SETTINGS_SHEET_NAME)).toHaveLength(1);
    expect(await actions.readSettings?.()).toMatchObject({ year: 2021, reverseFormula: 'ratio' });
  });

  it('check and recalculate evaluate with the stored settings', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(1));
    await createExcelActions(book.api()).saveSettings?.({ ratePrecision: 1 });
    const actions = createExcelActions(book.api());
    book.resetCounters();
    const evaluation = await actions.recalculate();
    const rate = evaluation.writes.find((w) => w.sheet === OVERALL && w.address === 'G6');
    expect(rate).toMatchObject({ value: 1.545, numberFormat: '0.0%' });
    expect(book.numberFormat(OVERALL, 'G6')).toBe('0.0%');
    // The settings sheet is no form.
    expect(evaluation.forms.map((f) => f.sheet)).not.toContain(SETTINGS_SHEET_NAME);
    const first = book.syncCount;
    book.resetCounters();
    await actions.check();
    // Read once per session: later reads cost no more than before.
    expect(book.syncCount).toBeLessThan(first);
  });
});
