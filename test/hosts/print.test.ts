/** 设置打印格式 through the Excel host on the memory workbook. */
import { createExcelActions } from '../../src/hosts/excel';
import { widthToPoints } from '../../src/hosts/excel/layoutSheet';
import { planScale } from '../../src/hosts/excel/printSetup';
import { MemoryWorkbook, memoryWorkbookFromPlans } from '../../src/hosts/memory';
import { fitScale } from '../../src/layout/printScale';
import { BASE, OVERALL, seedPlans } from './helpers';

/** The seed as an accountant's own workbook: the same cells, no page setup, default widths. */
async function handMade(excelApi = '1.9'): Promise<MemoryWorkbook> {
  const laidOut = await memoryWorkbookFromPlans(seedPlans(1));
  return MemoryWorkbook.fromGrids(laidOut.toGrids(), { excelApi });
}

const PROJECT = '附件3 项目1';

describe('setupPrint', () => {
  it('sets every form sheet up as its official attachment, in two round trips after a check', async () => {
    const book = await handMade();
    const actions = createExcelActions(book.api());
    await actions.check();
    book.resetCounters();
    const sheets = await actions.setupPrint?.();
    expect(sheets).toEqual([BASE, OVERALL, PROJECT]);
    expect(book.syncCount).toBe(2);
    const overall = book.inspect(OVERALL).pageLayout;
    expect(overall).toMatchObject({
      paperSize: 'A4',
      orientation: 'Landscape',
      // Default 48 pt columns fit at 100%.
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0, scale: 100 },
      // The indicator table's column headings repeat on every page.
      printTitleRows: '$13:$13',
      centerFooter: '第 &P 页 共 &N 页',
    });
    // The form's columns only: A:H, not the 校验 column I the layout put beside it.
    expect(overall.printArea).toBe(seedPlans(1)[1].pageSetup.printArea.right === 7 ? 'A1:H46' : '');
    expect(book.inspect(BASE).pageLayout).toMatchObject({
      orientation: 'Portrait',
      printTitleRows: '$1:$3',
    });
    expect(book.inspect(PROJECT).pageLayout.orientation).toBe('Landscape');
  });

  it('falls back to a scale that fits the width when columns are wide', async () => {
    const book = await handMade();
    const actions = createExcelActions(book.api());
    // The accountant widened 三级指标 and 年度指标值 (E, F) to 300 pt each.
    const points = [11, 6, 18, 9, 38, 38, 7, 18].map(widthToPoints);
    await book.api().run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem(OVERALL);
      points.forEach((w, col) => {
        const letter = String.fromCharCode(65 + col);
        sheet.getRange(`${letter}:${letter}`).format.columnWidth = col === 4 || col === 5 ? 300 : w;
      });
      await ctx.sync();
    });
    await actions.setupPrint?.();
    // 57.75 + 31.5 + 94.5 + 47.25 + 300 + 300 + 36.75 + 94.5 = 962.25 pt of columns;
    // A4 landscape 841.89 pt less 2 × 0.4 in (57.6 pt) = 784.29 pt; 784.29 ÷ 962.25 = 81.5%.
    expect(book.inspect(OVERALL).pageLayout.zoom).toMatchObject({ scale: 81 });
  });

  it('gives the seed 附件2 as laid out the scale 100: 761.25 pt of columns fit 784.29 pt', () => {
    const overall = seedPlans(1)[1];
    expect(planScale(overall)).toBe(100);
    const points = overall.columnWidths.slice(0, 8).map(widthToPoints);
    expect(points.reduce((a, b) => a + b, 0)).toBe(761.25);
    expect(
      fitScale(
        points.map((p) => p * 2),
        overall.pageSetup,
      ),
    ).toBe(51);
  });

  it('lays out new forms with the fallback scale too', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(1));
    expect(book.inspect(OVERALL).pageLayout.zoom).toEqual({
      horizontalFitToPages: 1,
      verticalFitToPages: 0,
      scale: 100,
    });
  });

  it('is absent below ExcelApi 1.9', async () => {
    const book = await handMade('1.2');
    expect(createExcelActions(book.api()).setupPrint).toBeUndefined();
  });
});
