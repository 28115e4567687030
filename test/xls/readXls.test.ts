/**
 * .xls (BIFF8) files as LibreOffice writes them (`soffice --headless --convert-to xls`) read into
 * the same grids as the .xlsx they were made from: values, merges, number formats, formulas,
 * and so the same forms and flags. The variants' .xls are committed (test/fixtures/xls, made
 * from test/fixtures/variants by that command); the demo workbook is converted here when
 * LibreOffice is installed.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { evaluate } from '../../src/core';
import type { SheetGrid } from '../../src/core';
import { readWorkbookGrids } from '../../src/hosts/xlsx';
import { XlsReadError, readXls, readXlsWorkbook } from '../../src/hosts/xls';
import { DEFAULT_XLS_LIMITS as DEFAULT_LIMITS } from '../../src/hosts/xls/readXls';
import { demoWorkbookFile } from '../docx/seedDemo';

const FIXTURES = join(__dirname, '..', 'fixtures');

/** A grid trimmed of trailing empty cells and rows, for comparing two readers. */
function trimmed(g: SheetGrid) {
  const rows = g.values.map((row, r) => {
    const cells = row.map((v, c) => ({
      v: v === '' ? null : v,
      f: v === null || v === '' ? null : (g.numberFormats?.[r]?.[c] ?? null),
      x: g.formulas?.[r]?.[c] === true,
    }));
    while (cells.length && cells[cells.length - 1].v === null) cells.pop();
    return cells;
  });
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  const merges = [...g.merges].sort((a, b) => a.top - b.top || a.left - b.left);
  return { name: g.name, rows, merges };
}

function expectSameGrids(xls: SheetGrid[], xlsx: SheetGrid[]): void {
  expect(xls.map(trimmed)).toEqual(xlsx.map(trimmed));
  const a = evaluate(xls);
  const b = evaluate(xlsx);
  expect(a.summary).toEqual(b.summary);
  expect(a.flags).toEqual(b.flags);
}

describe.each(['v04-merged-labels', 'v08-stacked-projects'])('%s.xls', (name) => {
  it('reads as its .xlsx does', async () => {
    const xls = readXls(readFileSync(join(FIXTURES, 'xls', `${name}.xls`)));
    const xlsx = await readWorkbookGrids(join(FIXTURES, 'variants', `${name}.xlsx`));
    expectSameGrids(xls, xlsx);
    expect(evaluate(xls).forms.length).toBeGreaterThanOrEqual(3);
  });
});

const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find(existsSync);
const withSoffice = soffice ? it : it.skip;

withSoffice(
  'the demo workbook converted by LibreOffice reads as the demo .xlsx (percent formats, merges, the seed flags)',
  async () => {
    const xlsxPath = await demoWorkbookFile();
    const out = mkdtempSync(join(tmpdir(), 'selfeval-xls-'));
    execFileSync(
      soffice as string,
      ['--headless', '--convert-to', 'xls', '--outdir', out, xlsxPath],
      {
        timeout: 120000,
        env: { ...process.env, HOME: out },
      },
    );
    const xls = readXls(readFileSync(join(out, 'demo.xls')));
    const xlsx = await readWorkbookGrids(xlsxPath);
    expectSameGrids(xls, xlsx);
    const rate = evaluate(xls).flags.find((f) => f.code === 'RATE_PRECISION');
    expect(rate?.message).toContain('155%、116.7%、187%');
  },
  180000,
);

describe('the sheets of an .xls', () => {
  it('are listed with their visibility, in the workbook order', () => {
    const book = readXlsWorkbook(readFileSync(join(FIXTURES, 'xls', 'v04-merged-labels.xls')));
    expect(book.sheets.map((s) => s.name)).toEqual(book.grids.map((g) => g.name));
    expect(book.sheets.every((s) => s.state === 'visible')).toBe(true);
  });
});

describe('a file that is not a readable .xls', () => {
  const base = readFileSync(join(FIXTURES, 'xls', 'v04-merged-labels.xls'));

  it.each([
    ['empty', new Uint8Array(0)],
    ['an .xlsx', readFileSync(join(FIXTURES, 'variants', 'v04-merged-labels.xlsx'))],
    ['text', new TextEncoder().encode('编制数,17\n')],
    ['cut in half', base.subarray(0, base.length >> 1)],
  ])('%s: an XlsReadError, never a crash', (_name, bytes) => {
    expect(() => readXls(bytes)).toThrow(XlsReadError);
  });

  it('cells far to the right of many rows stop at the slot budget, named too large', () => {
    // The fixture's own cells fill a few thousand slots; a budget below that is passed.
    expect(() => readXlsWorkbook(base, { ...DEFAULT_LIMITS, maxSlots: 1000 })).toThrow(
      expect.objectContaining({ reason: 'tooLarge' }),
    );
    expect(readXlsWorkbook(base, DEFAULT_LIMITS).grids.length).toBeGreaterThan(0);
  });

  it('a FAT whose chain loops on itself ends with an error', () => {
    const bytes = new Uint8Array(base);
    // The directory's first sector points at itself in the FAT.
    const view = new DataView(bytes.buffer);
    const dirStart = view.getUint32(48, true);
    const fatSector = view.getUint32(76, true);
    view.setUint32((fatSector + 1) * 512 + dirStart * 4, dirStart, true);
    expect(() => readXls(bytes)).toThrow(XlsReadError);
  });

  it('random damage to the records gives grids or an XlsReadError, never anything else', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let round = 0; round < 200; round++) {
      const bytes = new Uint8Array(base);
      for (let i = 0; i < 20; i++)
        bytes[512 + Math.floor(random() * (bytes.length - 512))] = Math.floor(random() * 256);
      try {
        readXls(bytes);
      } catch (e) {
        expect(e).toBeInstanceOf(XlsReadError);
      }
    }
  });
});
