/** addPlanSheet -> .xlsx bytes -> readWorkbookGrids and ExcelJS: what the file really holds. */
import ExcelJS from 'exceljs';
import { rangeAddress, type MergeRange } from '../../src/core/grid';
import { addPlanSheet, newWorkbook, readWorkbookGrids } from '../../src/hosts/xlsx';
import { fillFields, plan } from '../../src/layout';

function sortMerges(merges: MergeRange[]): string[] {
  return merges.map(rangeAddress).sort();
}

async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await workbook.xlsx.writeBuffer());
  return again;
}

describe('addPlanSheet', () => {
  const overall = fillFields(plan('overall', { year: 2021, unit: '某单位' }), {
    'scale.fiscal.budget': 4889977,
    'scale.fiscal.rate': { value: 1.55, numberFormat: '0%' },
    'ind.1.1.0.target': '目标'.repeat(200),
  });

  it('gives back the values and merges through a written file', async () => {
    const workbook = newWorkbook();
    expect(addPlanSheet(workbook, overall)).toBe('附件2 整体支出自评表');
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const [grid] = await readWorkbookGrids(buffer);
    expect(grid.name).toBe('附件2 整体支出自评表');
    for (const cell of overall.cells) {
      expect([cell.row, cell.col, grid.values[cell.row]?.[cell.col]]).toEqual([
        cell.row,
        cell.col,
        cell.value,
      ]);
    }
    expect(sortMerges(grid.merges)).toEqual(sortMerges(overall.merges));
    const rate = overall.fields['scale.fiscal.rate'];
    expect(grid.numberFormats?.[rate.row][rate.col]).toBe('0%');
    const budget = overall.fields['scale.fiscal.budget'];
    expect(grid.numberFormats?.[budget.row][budget.col]).toBe('#,##0.00');
  });

  it('never overwrites a sheet: a clash gets (2), then (3)', () => {
    const workbook = newWorkbook();
    workbook.addWorksheet('附件1 基础数据表').getCell('A1').value = 'mine';
    const base = plan('base', {});
    expect(addPlanSheet(workbook, base)).toBe('附件1 基础数据表 (2)');
    expect(addPlanSheet(workbook, base)).toBe('附件1 基础数据表 (3)');
    expect(workbook.getWorksheet('附件1 基础数据表')?.getCell('A1').value).toBe('mine');
    const long = { ...base, sheetName: 'x'.repeat(31) };
    addPlanSheet(workbook, long);
    expect(addPlanSheet(workbook, long)).toBe(`${'x'.repeat(27)} (2)`);
  });

  it('writes the print setup, footer, widths, heights, breaks and validations', async () => {
    const workbook = newWorkbook();
    addPlanSheet(workbook, overall);
    const sheet = (await roundTrip(workbook)).worksheets[0];
    const setup = sheet.pageSetup;
    expect(setup.paperSize).toBe(9);
    expect(setup.orientation).toBe('landscape');
    expect(setup.fitToPage).toBe(true);
    expect(setup.fitToWidth).toBe(1);
    expect(setup.fitToHeight).toBe(0);
    expect(setup.horizontalCentered).toBe(true);
    const titles = overall.pageSetup.printTitleRows;
    expect(setup.printTitlesRow).toBe(`${titles.first + 1}:${titles.last + 1}`);
    expect(setup.printArea).toBe(rangeAddress(overall.pageSetup.printArea));
    expect(sheet.headerFooter.oddFooter).toBe('&C第 &P 页 共 &N 页');
    expect(sheet.getColumn(5).width).toBe(overall.columnWidths[4]);
    const target = overall.fields['ind.1.1.0.target'];
    expect(sheet.getRow(target.row + 1).height).toBe(overall.rowHeights[target.row]);

    const score = overall.fields['ind.0.3.0.score'];
    const validation = sheet.getCell(score.row + 1, score.col + 1).dataValidation;
    expect(validation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 5] });
    expect(validation.prompt).toMatch(/得分/);
  });

  it('styles the table: fonts, borders, wrap, the title', async () => {
    const workbook = newWorkbook();
    addPlanSheet(workbook, overall);
    const sheet = (await roundTrip(workbook)).worksheets[0];
    const title = sheet.getCell('A2');
    expect(title.font).toMatchObject({ name: '黑体', size: 16, bold: true });
    expect(title.alignment).toMatchObject({ horizontal: 'center' });
    const score = overall.fields['ind.0.3.0.score'];
    const cell = sheet.getCell(score.row + 1, score.col + 1);
    expect(cell.font.name).toBe('宋体');
    expect(cell.border.top?.style).toBe('thin');
    expect(cell.alignment).toMatchObject({ wrapText: true, vertical: 'middle' });
  });

  it('writes a fixed print area and the manual page breaks the plan asks for', async () => {
    const workbook = newWorkbook();
    addPlanSheet(workbook, { ...overall, rowBreaks: [20, 30] });
    // Stored (not deflated) so the sheet XML can be read in the bytes.
    const bytes = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
    const xml = Buffer.from(bytes).toString('utf8');
    // A break before 0-based row 20 is a break after 1-based row 20.
    expect(xml).toMatch(/<brk id="20"[^>]*man="1"/);
    expect(xml).toMatch(/<brk id="30"/);
    // `$A$1`, not the mixed `$A1` LibreOffice does not read as a fixed area.
    const last = overall.pageSetup.printArea.bottom + 1;
    expect(xml).toContain(`整体支出自评表&apos;!$A$1:$H$${last}</definedName>`);
  });
});
