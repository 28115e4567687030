/**
 * One Excel.run at a time. A recalculation after an edit and a button's action (重新计算得分,
 * 插入自评表, 设置打印格式…) would otherwise interleave their reads and writes: each would
 * evaluate the workbook as it was before the other wrote. Queued, each sees the other's result.
 */
import type { ExcelHostApi } from './api';

export function serialRuns(api: ExcelHostApi): ExcelHostApi {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    isSetSupported: (version, set) => api.isSetSupported(version, set),
    runOptions: api.runOptions,
    run(batch, options) {
      const result = tail.then(() => api.run(batch, options));
      // A failed run rejects for its caller only; the next one still runs.
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
