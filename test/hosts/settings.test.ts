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
    // The settings sheet is read in the probe round trip: a cold 重新计算得分 is names, probes
    // (and settings), form ranges, writes — no round trip for the settings of their own.
    expect(book.syncCount).toBeLessThanOrEqual(4);
    book.resetCounters();
    await actions.check();
    // After a read, a check is one round trip (memo of the form sheets), settings included.
    expect(book.syncCount).toBeLessThanOrEqual(2);
  });

  it('the first check of a session stays within 3 round trips with a settings sheet', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(1));
    await createExcelActions(book.api()).saveSettings?.({ ratePrecision: 1 });
    book.resetCounters();
    const evaluation = await createExcelActions(book.api()).check();
    expect(book.syncCount).toBeLessThanOrEqual(3);
    // …and the stored precision is used: 154.50% shows as 154.5%.
    const overall = evaluation.flags.filter(
      (f) => f.code === 'OVER_BUDGET' && f.sheet.includes('附件2'),
    );
    expect(overall[0]?.actual).toBe('154.5%');
  });
});
