/**
 * Issue #6, point 3: `selfeval check FOLDER` as the finance bureau runs it on what units send:
 * a one-line-per-file table first, then the details; `--csv` writes the table for Excel; a
 * progress line on a terminal. The figures are the seed's, worked out by hand.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';
import { csvField, tableCsv } from '../../src/cli/csv';
import { displayWidth } from '../../src/cli/table';
import { FLAG_SEVERITY } from '../../src/core';
import type { FlagCode } from '../../src/core';
import { VARIANTS } from '../../scripts/fixtures/variants';
import { FIXTURES } from './helpers';
import { SEED_READING } from './seedReading';

const dir = mkdtempSync(join(tmpdir(), 'selfeval-folder-'));
const folder = join(dir, '收到的自评表');
const csv = join(dir, '汇总.csv');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const progress: string[] = [];
  const io = {
    out: (t: string) => out.push(t),
    err: (t: string) => err.push(t),
    progress: (t: string) => progress.push(t),
  };
  return { io, out, err, progress };
}

/** Errors and warnings of the seed's three attachments, counted from the hand-made list. */
function seedCount(
  severity: 'error' | 'warning',
  kinds: (keyof typeof SEED_READING)[] = ['base', 'overall', 'project'],
) {
  return kinds
    .flatMap((k) => SEED_READING[k].flagCodes)
    .filter((c) => FLAG_SEVERITY[c as FlagCode] === severity).length;
}

let run: ReturnType<typeof capture>;
let exit: number;

beforeAll(async () => {
  mkdirSync(folder);
  for (const v of VARIANTS) copyFileSync(join(FIXTURES, v.file), join(folder, v.file));
  writeFileSync(join(folder, 'zz-broken.xlsx'), 'not a workbook');
  run = capture();
  exit = await main(['check', folder, '--csv', csv], run.io);
});

it('exits 2: one file could not be read, the others were still checked', () => {
  expect(exit).toBe(2);
});

it('prints the table first, one line per file, then each file’s details', () => {
  const text = run.out.join('\n');
  const lines = text.split('\n');
  expect(lines[0]).toMatch(/^文件\s+单位\s+年度\s+找到的表\s+总分\s+等级\s+错误\s+警告\s+说明$/);
  expect(lines.slice(1, 12).map((l) => l.split(/\s+/)[0])).toEqual([
    ...VARIANTS.map((v) => join(folder, v.file)),
    join(folder, 'zz-broken.xlsx'),
  ]);
  expect(lines[12]).toBe('');
  expect(lines[13]).toBe(`文件：${join(folder, VARIANTS[0].file)}`);
  // Columns line up in terminal columns (a CJK character takes two): 单位 starts at the same
  // place on every row.
  const column = (line: string, text: string) => displayWidth(line.slice(0, line.indexOf(text)));
  const unitAt = column(lines[0], '单位');
  for (const line of lines.slice(1, 11).filter((l) => !l.includes('v08'))) {
    expect(column(line, '浏阳市招商引资服务中心')).toBe(unitAt);
  }
  expect(lines[1]).toContain('浏阳市招商引资服务中心  2021  附件1、附件2、附件3');
});

describe('--csv', () => {
  const rows = () =>
    readFileSync(csv, 'utf8')
      .replace(/^\ufeff/, '')
      .split('\r\n');

  it('is UTF-8 with a byte-order mark and CRLF line ends, so Excel opens it in Chinese', () => {
    const bytes = readFileSync(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(rows()[0]).toBe('文件,单位,年度,找到的表,总分,等级,错误,警告,说明');
    expect(rows()).toHaveLength(1 + 11 + 1);
    expect(rows()[12]).toBe('');
  });

  it('one row per file: the seed’s unit, 2021, 90 优, its 5 errors and 17 warnings', () => {
    // Errors: 附件2 155% for 154.50%; 附件3 187%, two weight sums, 总分 90 for 100.
    // Warnings: 附件1 项目支出 empty (its three columns, one finding) and 业务工作专项 over
    // budget; 附件2 three lines over budget, five reasons, its 等级 left blank; 附件3 six reasons
    // (its addition and 附件2's mixed precisions are info).
    expect([seedCount('error'), seedCount('warning')]).toEqual([5, 17]);
    VARIANTS.filter((v) => v.file !== 'v08-stacked-projects.xlsx').forEach((v) => {
      const row = rows().find((r) => r.startsWith(join(folder, v.file)));
      expect(row?.split(',').slice(1)).toEqual([
        '浏阳市招商引资服务中心',
        '2021',
        '附件1、附件2、附件3',
        '90',
        '优',
        '5',
        '17',
        '',
      ]);
    });
  });

  it('three 附件3 alone: no unit, total or grade of the department; 3 × the 附件3’s flags', () => {
    const row = rows().find((r) => r.includes('v08-stacked-projects.xlsx'));
    const errors = 3 * seedCount('error', ['project']);
    const warnings = 3 * seedCount('warning', ['project']);
    expect(row?.split(',').slice(1)).toEqual([
      '—',
      '2021',
      '附件3×3',
      '—',
      '—',
      String(errors),
      String(warnings),
      '',
    ]);
    // Per 附件3: 4 errors; 6 reasons missing (its 228.68万元 addition is info).
    expect([errors, warnings]).toEqual([12, 18]);
  });

  it('names the file that could not be read', () => {
    const row = rows().find((r) => r.includes('zz-broken.xlsx')) ?? '';
    expect(row).toContain('无法读取');
  });

  it('quotes what CSV needs quoted and keeps Excel from reading a name as a formula', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('说"明"')).toBe('"说""明"""');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-')).toBe("'-");
    expect(csvField('—')).toBe('—');
    expect(tableCsv([]).startsWith('\ufeff文件,')).toBe(true);
  });
});

it('shows `正在检查 n/N …` as it goes, and wipes it before the report', () => {
  const n = VARIANTS.length + 1;
  expect(run.progress.slice(0, 3)).toEqual([
    `\r正在检查 1/${n} …`,
    `\r正在检查 2/${n} …`,
    `\r正在检查 3/${n} …`,
  ]);
  expect(run.progress).toContain(`\r正在检查 ${n}/${n} …`);
  expect(run.progress[run.progress.length - 1]).toMatch(/^\r +\r$/);
});

it('one file: no table and no progress, the report as before', async () => {
  const one = capture();
  await main(['check', join(FIXTURES, VARIANTS[0].file)], one.io);
  expect(one.out.join('\n').startsWith('文件：')).toBe(true);
  expect(one.progress).toEqual([]);
});

it('--json keeps its contract over a folder: files[].file, forms, flags, error', async () => {
  const json = capture();
  await main(['check', folder, '--json'], json.io);
  const doc = JSON.parse(json.out.join('\n')) as {
    files: { file: string; error?: string; forms: { kind: string }[]; flags: unknown[] }[];
  };
  expect(doc.files).toHaveLength(11);
  expect(doc.files[0].forms.map((f) => f.kind)).toEqual(['base', 'overall', 'project']);
  expect(doc.files[10].error).toContain('zz-broken.xlsx');
});
