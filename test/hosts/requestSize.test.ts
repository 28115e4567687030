/**
 * @jest-environment jsdom
 */
/**
 * Request sizes: the memory host's estimate of each request against what the real office.js
 * (1.1.110) builds for the same batch, and the Excel host's own estimates (used to cut requests
 * under 4 MB) never short of either.
 */
import { demoPlans } from '../../src/cli/demoWorkbook';
import { evaluate } from '../../src/core';
import type { ExcelContext } from '../../src/hosts/excel';
import { sheetProxies, writeParts } from '../../src/hosts/excel/applyWrites';
import { detectFeatures } from '../../src/hosts/excel/capabilities';
import { EMPTY_HIGHLIGHTS, planHighlights } from '../../src/hosts/excel/highlight';
import { planRequestBytes, queuePlan } from '../../src/hosts/excel/layoutSheet';
import { pageLayoutBytes, queuePageLayout } from '../../src/hosts/excel/printSetup';
import { queueForm } from '../../src/hosts/excel/readForms';
import { SHEET_LIST } from '../../src/hosts/excel/sheetList';
import { MemoryWorkbook, memoryWorkbookFromPlans } from '../../src/hosts/memory';
import { planToGrid } from '../../src/layout/toGrid';
import { officeJsContext } from './officeJs';
import { OVERALL, seedPlans } from './helpers';

/** The same batch through the real office.js and through the memory host: bytes of each. */
async function both(book: MemoryWorkbook, batch: (ctx: ExcelContext) => void) {
  const real = officeJsContext();
  batch(real.ctx);
  await real.ctx.sync();
  book.resetCounters();
  await book.api().run(async (ctx) => {
    batch(ctx);
    await ctx.sync();
  });
  return { real: real.requests[0], memory: book.requestSizes[0] };
}

/** Within 3% of office.js. */
function close(sizes: { real: number; memory: number }): void {
  expect(sizes.memory).toBeGreaterThan(0);
  expect(Math.abs(sizes.memory - sizes.real) / sizes.real).toBeLessThan(0.03);
}

const features = detectFeatures(new MemoryWorkbook().api());
const [, overallPlan, projectPlan] = demoPlans();

describe('request sizes, as office.js serialises them', () => {
  it('laying out a 附件3 and a 附件2: the memory host within 3%, the host estimate above', async () => {
    for (const plan of [projectPlan, overallPlan]) {
      const sizes = await both(new MemoryWorkbook(), (ctx) => {
        queuePlan(ctx, plan, '附件3 新表', features);
      });
      close(sizes);
      expect(planRequestBytes(plan, features)).toBeGreaterThanOrEqual(sizes.real);
      // Close enough that 50 附件3 still fit one request.
      expect(planRequestBytes(plan, features)).toBeLessThan(sizes.real * 1.3);
    }
  });

  it('a recalculation’s writes and highlights', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(3));
    const { writes, formats } = evaluate(book.toGrids());
    let estimate = 0;
    const sizes = await both(book, (ctx) => {
      const sheets = sheetProxies(ctx);
      const parts = [
        ...writeParts(sheets, writes),
        ...planHighlights(sheets, true, formats, EMPTY_HIGHLIGHTS).parts,
      ];
      estimate = parts.reduce((n, p) => n + p.bytes, 0);
      for (const part of parts) part.queue();
    });
    close(sizes);
    expect(estimate).toBeGreaterThanOrEqual(sizes.real);
  });

  it('a page setup', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(1));
    const setup = projectPlan.pageSetup;
    const sizes = await both(book, (ctx) => {
      queuePageLayout(ctx.workbook.worksheets.getItem('附件3 项目1'), setup, 87);
    });
    close(sizes);
    expect(pageLayoutBytes(setup)).toBeGreaterThanOrEqual(sizes.real);
  });

  it('a read: the sheet list, a form’s used range and its merged-area bands', async () => {
    const book = MemoryWorkbook.fromGrids([planToGrid(overallPlan)]);
    const sizes = await both(book, (ctx) => {
      ctx.workbook.worksheets.load(SHEET_LIST);
      queueForm(ctx.workbook.worksheets.getItem(OVERALL), features, null);
    });
    close(sizes);
  });
});
