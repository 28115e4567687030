/**
 * The legacy pane on the demo workbook, for the IE11 emulation test (legacyIe11.test.ts): built
 * by webpack.config.js's legacyConfig, the product's own legacy settings (ES5, the same
 * polyfills first), into a page without office.js. The seed's demo workbook is laid out in a
 * memory workbook through the Excel host's code, as the standalone preview does, and the pane
 * is mounted over it with the Excel host's actions; `window.__book` lets the test type into the
 * workbook as the accountant would and read its cells and selection.
 *
 *   legacyHarness.html            the latest ExcelApi (编辑时自动重算 available)
 *   legacyHarness.html?api=1.1    Excel 2016 volume licence (MSI): no merges or widths, no change
 *                                 events, no page setup
 */
import '../../src/legacy/polyfills';
import { demoPlans } from '../../src/cli/demoWorkbook';
import { createExcelActions } from '../../src/hosts/excel';
import { memoryWorkbookFromPlans, type MemoryWorkbook } from '../../src/hosts/memory';
import { mountLegacyPane } from '../../src/legacy/mount';

interface HarnessWindow {
  __book?: MemoryWorkbook;
  /** Set once the pane is mounted, or to the error that stopped it. */
  __harness?: 'ready' | string;
}

/** `?api=1.1`: the ExcelApi requirement set the memory workbook claims. */
function requestedApi(): string | undefined {
  const m = /[?&]api=([0-9.]+)/.exec(window.location.search);
  return m ? m[1] : undefined;
}

async function boot(): Promise<void> {
  const w = window as unknown as HarnessWindow;
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root');
  const excelApi = requestedApi();
  const book = await memoryWorkbookFromPlans(demoPlans(), excelApi ? { excelApi } : {});
  w.__book = book;
  mountLegacyPane(root, createExcelActions(book.api(), { watch: { debounceMs: 300 } }), {
    preview: true,
  });
  w.__harness = 'ready';
}

boot().catch((e: unknown) => {
  (window as unknown as HarnessWindow).__harness = String(e);
  // Thrown outside the promise: an uncaught page error, which the test collects and fails on.
  window.setTimeout(() => {
    throw e;
  }, 0);
});
