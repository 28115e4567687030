/** readWorkbookGrids on a hand-built workbook with the odd content real files hold. */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { readWorkbookGrids } from '../../src/hosts/xlsx';
import { dateToSerial, readCellValue } from '../../src/hosts/xlsx/readCellValue';
import { parseMergeRange } from '../../src/hosts/xlsx/readGrids';

const dir = mkdtempSync(join(tmpdir(), 'selfeval-read-'));

async function handBuilt(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('自评表');
  sheet.getCell('A1').value = 4889977;
  sheet.getCell('A1').numFmt = '#,##0.00';
  sheet.getCell('B1').value = '  ２６２．０８万元';
  sheet.getCell('C1').value = { formula: 'A1/A2', result: 1.544996 };
  sheet.getCell('A2').value = 7554995.22;
  sheet.getCell('B2').value = {
    richText: [{ text: '预算' }, { text: '编审', font: { bold: true } }, { text: '管理' }],
  };
  sheet.getCell('C2').value = { error: '#DIV/0!' };
  sheet.getCell('A3').value = new Date(Date.UTC(2021, 11, 31));
  sheet.getCell('A3').numFmt = 'yyyy-mm-dd';
  sheet.getCell('B3').value = true;
  sheet.getCell('C3').value = false;
  sheet.getCell('A4').value = { text: '财政部', hyperlink: 'https://www.mof.gov.cn/' };
  sheet.getCell('B4').value = { formula: 'A1*2', result: 9779954 };
  sheet.getCell('B5').value = { sharedFormula: 'B4', result: 15109990.44 };
  sheet.getCell('C4').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  sheet.mergeCells('A6:C7');
  sheet.getCell('A6').value = '年度总体目标';
  workbook.addWorksheet('空表');
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('readWorkbookGrids', () => {
  let grids: Awaited<ReturnType<typeof readWorkbookGrids>>;

  beforeAll(async () => {
    const path = join(dir, 'hand.xlsx');
    writeFileSync(path, await handBuilt());
    grids = await readWorkbookGrids(path);
  });

  it('reads every worksheet, the empty one too', () => {
    expect(grids.map((g) => g.name)).toEqual(['自评表', '空表']);
    expect(grids[1].values).toEqual([]);
    expect(grids[1].merges).toEqual([]);
  });

  it('reads numbers, text, booleans, rich text and hyperlinks as plain values', () => {
    const v = grids[0].values;
    expect(v[0][0]).toBe(4889977);
    expect(v[0][1]).toBe('  ２６２．０８万元');
    expect(v[1][1]).toBe('预算编审管理');
    expect(v[2][1]).toBe(true);
    expect(v[2][2]).toBe(false);
    expect(v[3][0]).toBe('财政部');
  });

  it('reads formulas as their cached result and marks them', () => {
    const { values, formulas } = grids[0];
    expect(values[0][2]).toBe(1.544996);
    expect(formulas?.[0][2]).toBe(true);
    expect(values[3][1]).toBe(9779954);
    expect(values[4][1]).toBe(15109990.44);
    expect(formulas?.[4][1]).toBe(true);
    expect(formulas?.[0][0]).toBeNull();
  });

  it('reads errors as their text, from a value or a formula', () => {
    expect(grids[0].values[1][2]).toBe('#DIV/0!');
    expect(grids[0].values[3][2]).toBe('#DIV/0!');
  });

  it('reads a date as its 1900-system serial and keeps its number format', () => {
    expect(grids[0].values[2][0]).toBe(44561);
    expect(grids[0].numberFormats?.[2][0]).toBe('yyyy-mm-dd');
    expect(grids[0].numberFormats?.[0][0]).toBe('#,##0.00');
  });

  it('reads merges 0-based, the merged area empty but for its top-left cell', () => {
    expect(grids[0].merges).toEqual([{ top: 5, left: 0, bottom: 6, right: 2 }]);
    expect(grids[0].values[5][0]).toBe('年度总体目标');
    expect(grids[0].values[5][1] ?? null).toBeNull();
    expect(grids[0].values[6]?.[0] ?? null).toBeNull();
  });

  it('rejects a file that is not an .xlsx workbook, saying why', async () => {
    const path = join(dir, 'not-a-workbook.xlsx');
    writeFileSync(path, 'plain text, not a zip');
    await expect(readWorkbookGrids(path)).rejects.toMatchObject({ problem: 'not-excel' });
    await expect(readWorkbookGrids(join(dir, 'missing.xlsx'))).rejects.toThrow(/missing\.xlsx/);
    await expect(readWorkbookGrids(Buffer.from('garbage'))).rejects.toMatchObject({
      problem: 'not-excel',
    });
  });
});

describe('readCellValue', () => {
  it('never throws on odd values', () => {
    const odd: unknown[] = [
      undefined,
      NaN,
      Infinity,
      {},
      [],
      { richText: 'not an array' },
      { text: { richText: [{ text: '甲' }, { nope: 1 }] }, hyperlink: 'x' },
      { hyperlink: 'https://example.com' },
      { formula: 'A1' },
      new Date(Number.NaN),
    ];
    expect(odd.map((v) => readCellValue(v).value)).toEqual([
      null,
      null,
      null,
      null,
      null,
      '',
      '甲',
      'https://example.com',
      null,
      null,
    ]);
    expect(readCellValue({ formula: 'A1' }).isFormula).toBe(true);
  });

  it('turns dates back into the serial the file holds (the inverse of ExcelJS)', () => {
    // ExcelJS reads serial n as 1899-12-30 + n days, so serial 1 comes back as 1899-12-31.
    expect(dateToSerial(new Date(Date.UTC(1899, 11, 31)))).toBe(1);
    expect(dateToSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
    expect(dateToSerial(new Date(Date.UTC(2021, 11, 31)))).toBe(44561);
  });

  it('parses merge ranges and rejects junk', () => {
    expect(parseMergeRange('B2:A1')).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
    expect(parseMergeRange('C3')).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
    expect(parseMergeRange('nonsense')).toBeNull();
  });
});
