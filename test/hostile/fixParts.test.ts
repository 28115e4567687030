/**
 * `--fix` changes only what it says: the written workbook differs from its input in the derived
 * cells' values (and a new number-format style for them), every other part byte for byte — on
 * the demo, on a workbook with a chart, a pivot table, names, breaks, custom properties and
 * protection, on random edits of the demo's derived cells, and on LibreOffice-saved files.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { evaluate } from '../../src/core';
import type { Evaluation } from '../../src/core';
import { fixWorkbookData } from '../../src/hosts/xlsx/fixPackage';
import { readWorkbookData } from '../../src/hosts/xlsx/readPackage';
import { ReadBudget } from '../../src/hosts/xlsx/readLimits';
import { openWorkbookPackage } from '../../src/hosts/xlsx/workbookPackage';
import { readZip } from '../../src/hosts/xlsx/zipRead';
import {
  demoWorkbookData,
  setText,
  sheetPart,
  text,
  unzipParts,
  zipParts,
} from '../../scripts/hostile/ooxml';
import { OVERALL_SHEET } from '../../scripts/hostile/files';
import { richWorkbookData } from '../../scripts/hostile/richWorkbook';
import { fixDiff } from './packageDiff';
import { tempFolder } from './helpers';

function sheetParts(data: Buffer): Map<string, string> {
  const pkg = openWorkbookPackage(readZip(data), new ReadBudget());
  return new Map(pkg.sheets.map((s) => [s.name, s.part ?? '']));
}

async function evaluated(data: Buffer): Promise<Evaluation> {
  return evaluate((await readWorkbookData(data)).grids);
}

/** Fixes, checks the rule part by part, and checks the fixed file needs no further writes. */
async function fixAndCompare(data: Buffer): Promise<{ fixed: Buffer; result: Evaluation }> {
  const result = await evaluated(data);
  const fixed = fixWorkbookData(data, result.writes);
  expect(fixed.written).toBe(result.writes.length);
  expect(fixDiff(data, fixed.data, result.writes, sheetParts(data))).toEqual([]);
  expect((await evaluated(fixed.data)).writes).toEqual([]);
  return { fixed: fixed.data, result };
}

let demo: Buffer;
let rich: Buffer;

beforeAll(async () => {
  demo = await demoWorkbookData();
  rich = await richWorkbookData();
});

describe('--fix on the demo', () => {
  it('writes the 8 derived cells the seed gets wrong or leaves empty, nothing else', async () => {
    const { fixed, result } = await fixAndCompare(demo);
    // 控制率, three 附件2 rates, 等级 优, and 附件3's rates and 总分 (see the golden test).
    expect(result.writes.map((w) => `${w.sheet}!${w.address}`)).toContain(`${OVERALL_SHEET}!G6`);
    // Read back by another reader (ExcelJS): the rate is 154.50% in a new style of its own.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fixed as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(OVERALL_SHEET);
    expect(sheet?.getCell('G6').value).toBe(1.545);
    expect(sheet?.getCell('G6').numFmt).toBe('0.00%');
    // The amount cells beside it keep their own format (no bleed through a shared style).
    expect(sheet?.getCell('E6').numFmt).toBe(
      (await loadExcelJs(demo)).getWorksheet(OVERALL_SHEET)?.getCell('E6').numFmt,
    );
  });
});

async function loadExcelJs(data: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook;
}

describe('the part-by-part comparison itself', () => {
  async function exceljsRoundTrip(data: Buffer, result: Evaluation): Promise<Buffer> {
    const workbook = await loadExcelJs(data);
    for (const w of result.writes) {
      const cell = workbook.getWorksheet(w.sheet)?.getCell(w.row + 1, w.col + 1);
      if (!cell) continue;
      cell.value = w.value;
      if (w.numberFormat) cell.numFmt = w.numberFormat;
    }
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  it('catches what a round trip through ExcelJS (the old --fix) does to the demo', async () => {
    const result = await evaluated(demo);
    const problems = fixDiff(
      demo,
      await exceljsRoundTrip(demo, result),
      result.writes,
      sheetParts(demo),
    );
    expect(problems).toContain('xl/workbook.xml changed');
    expect(problems.some((p) => p.includes('changed outside the written cells'))).toBe(true);
  });

  it('(the old --fix could not write the rich workbook at all: a table without tableStyleInfo)', async () => {
    await expect(exceljsRoundTrip(rich, await evaluated(rich))).rejects.toThrow(TypeError);
  });
});

describe('--fix on a workbook with a chart, a pivot table, names, breaks and protection', () => {
  it('keeps every other part byte for byte', async () => {
    const { fixed } = await fixAndCompare(rich);
    const names = readZip(fixed).entries.map((e) => e.name);
    for (const part of [
      'xl/charts/chart1.xml',
      'xl/pivotTables/pivotTable1.xml',
      'xl/pivotCache/pivotCacheDefinition1.xml',
      'xl/pivotCache/pivotCacheRecords1.xml',
      'xl/tables/table1.xml',
      'docProps/custom.xml',
    ])
      expect(names).toContain(part);
    const workbook = unzipParts(fixed).get('xl/workbook.xml')?.toString('utf8') ?? '';
    expect(workbook).toContain('<workbookProtection lockStructure="1"/>');
    expect(workbook).toContain('<definedName name="税率">0.13</definedName>');
    const overall =
      unzipParts(fixed)
        .get(sheetPart(unzipParts(fixed), OVERALL_SHEET))
        ?.toString('utf8') ?? '';
    expect(overall).toContain('<colBreaks count="1" manualBreakCount="1">');
    // The demo's 附件2 has one break of its own (a second would leave a page a third empty).
    expect(overall).toContain('<rowBreaks count="1" manualBreakCount="1">');
    expect(overall).toContain('x14:sparklineGroups');
  });

  it('holds for random edits of the derived cells (typed rates, cleared totals, wrong grades)', async () => {
    const base = unzipParts(rich);
    const part = sheetPart(base, OVERALL_SHEET);
    const derived = ['G6', 'G7', 'G8', 'G9', 'G44', 'B45'];
    const value = fc.oneof(
      fc.constant(null),
      fc.double({ min: 0, max: 3, noNaN: true }),
      fc.constantFrom('155%', '良', '差', '——', '90', ' 优 '),
    );
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...derived), value), async (edits) => {
        const parts = new Map(base);
        let xml = text(parts, part);
        for (const [ref, v] of Object.entries(edits)) {
          const cell = new RegExp(`<c r="${ref}"[^>]*?(?:/>|>.*?</c>)`).exec(xml);
          if (!cell) continue;
          const s = /\ss="(\d+)"/.exec(cell[0])?.[1];
          const style = s ? ` s="${s}"` : '';
          const replacement =
            v === null
              ? `<c r="${ref}"${style}/>`
              : typeof v === 'number'
                ? `<c r="${ref}"${style}><v>${v}</v></c>`
                : `<c r="${ref}"${style} t="inlineStr"><is><t>${v}</t></is></c>`;
          xml = xml.replace(cell[0], replacement);
        }
        setText(parts, part, xml);
        await fixAndCompare(zipParts(parts));
      }),
      { numRuns: 20 },
    );
  });

  it('writes a missing derived cell into its row, and a missing row in order', async () => {
    const parts = unzipParts(demo);
    const part = sheetPart(parts, OVERALL_SHEET);
    // The 等级 cell (B45) gone, and 附件2's whole G6 removed from its row.
    const xml = text(parts, part)
      .replace(/<c r="B45"[^>]*?(?:\/>|>.*?<\/c>)/, '')
      .replace(/<c r="G6"[^>]*?(?:\/>|>.*?<\/c>)/, '');
    setText(parts, part, xml);
    const { result } = await fixAndCompare(zipParts(parts));
    expect(result.writes.some((w) => w.address === 'G6' && w.sheet === OVERALL_SHEET)).toBe(true);
  });
});

const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));
const describeLo = soffice ? describe : describe.skip;
if (!soffice) console.warn('skipped: LibreOffice (soffice) is not installed');

describeLo('--fix on LibreOffice-saved workbooks', () => {
  const dir = tempFolder('lo');
  const saved = (name: string): Buffer => readFileSync(join(dir, 'lo', name));
  // LibreOffice writes each page as a `/Type /Page` object.
  const pages = (pdf: string): number =>
    (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

  beforeAll(() => {
    writeFileSync(join(dir, 'demo.xlsx'), demo);
    writeFileSync(join(dir, 'rich.xlsx'), rich);
    mkdirSync(join(dir, 'lo'));
    execFileSync(
      soffice as string,
      [
        '--headless',
        '--convert-to',
        'xlsx',
        '--outdir',
        join(dir, 'lo'),
        join(dir, 'demo.xlsx'),
        join(dir, 'rich.xlsx'),
      ],
      {
        stdio: 'ignore',
        timeout: 120_000,
      },
    );
  }, 180_000);

  it.each(['demo.xlsx', 'rich.xlsx'])(
    '%s: every part but the written cells as LibreOffice saved it',
    async (name) => {
      const input = saved(name);
      const { fixed } = await fixAndCompare(input);
      // LibreOffice's own attributes kept: sheet protection, fit to page, the pivot table.
      const after = unzipParts(fixed);
      const workbook = after.get('xl/workbook.xml')?.toString('utf8') ?? '';
      expect(workbook).toContain('definedName');
      writeFileSync(join(dir, `fixed-${name}`), fixed);
      writeFileSync(join(dir, `saved-${name}`), input);
    },
  );

  it('prints the same pages before and after --fix (breaks and fit-to-page kept)', () => {
    execFileSync(
      soffice as string,
      [
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'saved-rich.xlsx'),
        join(dir, 'fixed-rich.xlsx'),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const before = pages(join(dir, 'saved-rich.pdf'));
    expect(before).toBeGreaterThan(1);
    expect(pages(join(dir, 'fixed-rich.pdf'))).toBe(before);
  }, 180_000);
});
