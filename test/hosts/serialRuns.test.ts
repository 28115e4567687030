/** One Excel.run at a time: an edit's recalculation and a button's action never overlap. */
import type { ExcelContext, ExcelHostApi } from '../../src/hosts/excel/api';
import { serialRuns } from '../../src/hosts/excel/serialRuns';

function recordingApi(log: string[]): ExcelHostApi {
  return {
    isSetSupported: () => true,
    runOptions: { mergeUndoGroup: true, delayForCellEdit: true },
    run: async (batch) => {
      log.push('enter');
      try {
        return await batch({} as ExcelContext);
      } finally {
        log.push('leave');
      }
    },
  };
}

describe('serialRuns', () => {
  it('starts a batch only when the one before it has finished, failed or not', async () => {
    const log: string[] = [];
    const api = serialRuns(recordingApi(log));
    let release!: () => void;
    const first = api.run(() => new Promise<string>((r) => (release = () => r('first'))));
    const second = api.run(async () => {
      throw new Error('second fails');
    });
    const third = api.run(async () => 'third');
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual(['enter']);
    release();
    await expect(first).resolves.toBe('first');
    await expect(second).rejects.toThrow('second fails');
    await expect(third).resolves.toBe('third');
    expect(log).toEqual(['enter', 'leave', 'enter', 'leave', 'enter', 'leave']);
  });
});
