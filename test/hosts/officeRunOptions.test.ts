/**
 * @jest-environment jsdom
 */
/**
 * What the office.js actually loaded does with Excel.run's options, found the way the add-in
 * finds it at start-up (src/hosts/excel/office.ts): the npm copy, 1.1.110, drops mergeUndoGroup,
 * so the add-in must not claim one undo step per recalculation with it.
 */
import { officeHostApi } from '../../src/hosts/excel/office';
import { excel } from './officeJs';

type RunWithFlags = (
  options: object,
  batch: (ctx: unknown) => Promise<unknown>,
) => Promise<unknown>;

describe('officeHostApi on the npm office.js (1.1.110)', () => {
  it('finds that mergeUndoGroup is dropped', async () => {
    // office.js runs the batch (no host needed for one that ends before its closing sync).
    const run = (excel() as unknown as { run: RunWithFlags }).run;
    const flags = (options: object) =>
      run(options, async (ctx) => {
        throw { flags: (ctx as { _requestFlagModifier?: unknown })._requestFlagModifier };
      }).catch((seen: { flags: unknown }) => seen.flags);
    expect(typeof (await flags({}))).toBe('number');
    expect(await flags({ mergeUndoGroup: true })).toBe(await flags({}));
    const api = await officeHostApi();
    expect(api.runOptions.mergeUndoGroup).toBe(false);
  });

  it('finds an option honoured when office.js turns it into request flags', async () => {
    // A stand-in for a newer office.js: Excel.run setting a flag for mergeUndoGroup, as the
    // CDN's build does for its options (onBeforeExcelRun).
    const real = excel() as unknown as { run: unknown };
    const saved = real.run;
    real.run = async (options: { mergeUndoGroup?: boolean }, batch: (ctx: unknown) => unknown) =>
      batch({ _requestFlagModifier: options.mergeUndoGroup ? 128 : 0 });
    try {
      const api = await officeHostApi();
      expect(api.runOptions).toEqual({ mergeUndoGroup: true, delayForCellEdit: false });
    } finally {
      real.run = saved;
    }
  });
});
