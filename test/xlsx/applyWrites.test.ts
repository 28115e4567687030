/** applyWrites changes the named cells only, and only their values and formats. */
import ExcelJS from 'exceljs';
import { applyWrites, newWorkbook } from '../../src/hosts/xlsx';
import type { CellWrite } from '../../src/core/writes';

function workbookWithForm(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('附件2');
  sheet.getCell('B2').value = 4889977;
  sheet.getCell('C2').value = 7554995.22;
  sheet.getCell('D2').value = 1.55;
  sheet.getCell('D2').numFmt = '0%';
  sheet.getCell('D2').font = { name: '宋体', size: 10, bold: true };
  sheet.getCell('D2').border = { top: { style: 'thin' } };
  sheet.getCell('E2').value = '备注';
  workbook.addWorksheet('台账').getCell('A1').value = 'ledger';
  return workbook;
}

function snapshot(workbook: ExcelJS.Workbook): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        cells[`${sheet.name}!${cell.address}`] = { value: cell.value, numFmt: cell.numFmt };
      }),
    );
  }
  return cells;
}

describe('applyWrites', () => {
  it('sets the value and format of the named cells and nothing else', () => {
    const workbook = workbookWithForm();
    const before = snapshot(workbook);
    const writes: CellWrite[] = [
      { sheet: '附件2', row: 1, col: 3, address: 'D2', value: 1.545, numberFormat: '0.00%' },
      { sheet: '附件2', row: 5, col: 6, address: 'G6', value: '优' },
    ];
    applyWrites(workbook, writes);
    const after = snapshot(workbook);
    expect(after['附件2!D2']).toEqual({ value: 1.545, numFmt: '0.00%' });
    expect(after['附件2!G6']).toEqual({ value: '优', numFmt: undefined });
    delete after['附件2!D2'];
    delete after['附件2!G6'];
    delete before['附件2!D2'];
    expect(after).toEqual(before);
  });

  it('keeps fonts and borders, and clears a cell on null', () => {
    const workbook = workbookWithForm();
    applyWrites(workbook, [{ sheet: '附件2', row: 1, col: 3, address: 'D2', value: null }]);
    const cell = workbook.getWorksheet('附件2')?.getCell('D2');
    expect(cell?.value).toBeNull();
    expect(cell?.numFmt).toBe('0%');
    expect(cell?.font).toMatchObject({ name: '宋体', bold: true });
    expect(cell?.border.top?.style).toBe('thin');
  });

  it('refuses a write to a sheet the workbook does not have', () => {
    expect(() =>
      applyWrites(workbookWithForm(), [
        { sheet: '附件9', row: 0, col: 0, address: 'A1', value: 1 },
      ]),
    ).toThrow(/附件9/);
  });
});
