/**
 * The Office.js side of a memory workbook: Excel.run over its state, with a context per run, the
 * run's options recorded, and a final sync at the end.
 */
import type { ExcelContext, ExcelHostApi, HostRunOptions } from '../excel/api';
import type { BookState, RunRecord } from './bookState';
import { MemoryContext } from './context';

/** The injection point for createExcelActions. Excel.run semantics: a final sync at the end. */
export function memoryHostApi(state: BookState): ExcelHostApi {
  return {
    async run<T>(batch: (context: ExcelContext) => Promise<T>, options: HostRunOptions = {}) {
      const record: RunRecord = {
        mergeUndoGroup: options.mergeUndoGroup === true,
        delayForCellEdit: options.delayForCellEdit === true,
        syncs: 0,
      };
      state.runs.push(record);
      const ctx = new MemoryContext(state, record);
      const result = await batch(ctx);
      // Excel.run syncs whatever the batch left queued (no round trip if nothing is).
      await ctx.sync();
      return result;
    },
    isSetSupported: (version: string, set = 'ExcelApi') => state.supportsSet(set, version),
    runOptions: { ...state.officeJs },
  };
}
