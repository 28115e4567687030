/**
 * `selfeval check` on a Word report (.docx) and an Excel 97-2003 workbook (.xls), alone and in
 * one folder with a workbook and files it cannot read: each file in its own worker, its tables'
 * flags at 表N 行R 列C, the body's findings quoting their sentence (the seed report of issue 14),
 * one row per file in the table and the CSV whatever its kind.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { main } from '../../src/cli/main';
import type { JsonFile } from '../../src/cli/jsonReport';
import { columnLetters } from '../../src/core/grid';
import { cellPlace, readDocxReport } from '../../src/hosts/docx';
import type { DocxReport } from '../../src/hosts/docx';
import { PROBLEM_TEXT } from '../../src/strings/cli';
import { HOSTILE_FILES } from '../../scripts/hostile/files';
import { demoWorkbookData } from '../../scripts/hostile/ooxml';
import { tempFolder } from '../hostile/helpers';
import { capture } from './helpers';

const FIXTURES = join(__dirname, '..', 'fixtures');
const SEED_DOCX = join(FIXTURES, 'docx', 'seed-report.docx');
const XLS = join(FIXTURES, 'xls', 'v04-merged-labels.xls');
const XLSX = join(FIXTURES, 'variants', 'v04-merged-labels.xlsx');

const dir = tempFolder('report-check');
const legacyDoc = () =>
  (HOSTILE_FILES.find((f) => f.name === 'legacy.doc') as { build: () => Promise<Buffer> }).build();

async function checkJson(args: string[]) {
  const run = capture();
  const exit = await main(['check', ...args, '--json'], run.io);
  return { exit, run, files: (JSON.parse(run.out.join('\n')) as { files: JsonFile[] }).files };
}

describe('a Word report', () => {
  let file: JsonFile;
  let exit: number;
  let report: DocxReport;
  beforeAll(async () => {
    ({
      exit,
      files: [file],
    } = await checkJson([SEED_DOCX]));
    report = readDocxReport(readFileSync(SEED_DOCX));
  }, 120_000);

  const body = () => file.flags.filter((f) => f.code.startsWith('BODY_'));

  it('is read as a report: its three attachments evaluated, exit 1 for their errors', () => {
    expect(exit).toBe(1);
    expect(file.format).toBe('docx');
    expect(file.forms.map((f) => f.kind)).toEqual(['base', 'overall', 'project']);
    expect(file.forms[1]).toMatchObject({ scoreSum: '90', grade: '优' });
  });

  it('addresses a table flag as 表N 行R 列C, with the caption of its table', () => {
    // 附件2's 财政拨款 执行率 printed 155%: the table's third row, its fifth cell.
    const rate = file.flags.find((f) => f.code === 'RATE_MISMATCH' && f.sheet === '表2');
    expect(rate).toMatchObject({
      sheet: '表2',
      address: '行3 列5',
      place: '表2 行3 列5（附件2 2021年部门整体支出绩效自评表）',
    });
  });

  it('gives every body finding of issue 14, each quoting its sentence and naming its paragraph', () => {
    const found = body().map((f) => [f.code, f.sheet, f.address, f.actual]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['BODY_SUM_ROUNDING', '正文', '二、（二）2．', '490.76万元'],
        ['BODY_SUM_ROUNDING', '正文', '五、（二）', '490.76万元'],
        ['BODY_STATED_TWICE', '正文', '五、1、', '3个'],
        ['BODY_UNIT_SUSPECT', '正文', '四、第1段', '29.41元'],
        ['BODY_SUM_ROUNDING', '正文', '四、第1段', '39.99万元'],
        ['BODY_SUM_ROUNDING', '正文', '四、第1段', '17.38万元'],
      ]),
    );
    for (const f of body()) {
      expect(f.quote?.sentence.length).toBeGreaterThan(0);
      expect(f.place).toBe(`正文 ${f.address}`);
    }
    const twice = body().find((f) => f.code === 'BODY_STATED_TWICE');
    expect(twice?.quote?.sentence).toContain('其中50亿元以上项目3个');
    expect(twice?.quote?.headings).toEqual(['五、部门整体支出绩效情况']);
  });

  it('and nothing on the figures that are right (755.5, 264.74, 9.97, 33.92, 90 分 优)', () => {
    // The one further finding: the body's 129.92万元 for the project whose name 附件3 carries
    // with all eight projects' 490.76万元.
    expect(
      body()
        .map((f) => f.code)
        .sort(),
    ).toEqual([
      'BODY_STATED_TWICE',
      'BODY_SUM_ROUNDING',
      'BODY_SUM_ROUNDING',
      'BODY_SUM_ROUNDING',
      'BODY_SUM_ROUNDING',
      'BODY_TABLE_MISMATCH',
      'BODY_UNIT_SUSPECT',
    ]);
    const quoted = body().map((f) => f.quote?.sentence ?? '');
    for (const right of ['755.5万元，其中项目支出', '公务接待费33.92万元', '自评得分90分'])
      expect(quoted.filter((s) => s.includes(right))).toEqual([]);
  });

  it('links a finding that compares with a table to that table cell', () => {
    const twice = body().find((f) => f.code === 'BODY_STATED_TWICE');
    // The 附件3 质量指标 cell whose result reads 新引进项目50亿元以上项目1个.
    const table = report.tables[2];
    const cells = table.grid.values.flatMap((row, r) =>
      row.map((v, c) => ({ text: String(v ?? '').trim(), address: `${columnLetters(c)}${r + 1}` })),
    );
    const result = cells.filter((c) => c.text.startsWith('新引进项目50亿元以上项目1个'));
    expect(result).toHaveLength(1);
    expect(twice?.relatedPlace).toBe(cellPlace(table, result[0].address));
    expect(twice?.related?.sheet).toBe('表3');
  });

  it('prints the findings with their place and the quoted sentence', async () => {
    const run = capture();
    await main(['check', SEED_DOCX], run.io);
    const text = run.out.join('\n');
    expect(text).toContain('附件2 整体支出自评表（Word 文档表2）');
    expect(text).toMatch(/\[BODY_UNIT_SUSPECT\] 正文 四、第1段 .*原文：“.*合计29\.41元/);
    expect(text).toContain('[RATE_MISMATCH] 表2 行3 列5（附件2 2021年部门整体支出绩效自评表）');
    expect(text).toMatch(/\[BODY_STATED_TWICE\] 正文 五、1、 .*（对照 表3 行\d+ 列\d+（附件3/);
  });

  it('--fix is refused on it in one line, the check still made', async () => {
    const run = capture();
    const out = join(dir, 'fixed.docx');
    expect(await main(['check', SEED_DOCX, '--fix', '-o', out], run.io)).toBe(2);
    expect(run.err).toEqual([expect.stringContaining('--fix 只能另存 .xlsx / .xlsm 工作簿')]);
    expect(run.out.join('\n')).toContain('[BODY_SUM_ROUNDING]');
  });
});

describe('an .xls made by LibreOffice', () => {
  it('is checked like the .xlsx it was made from: the same forms and flags', async () => {
    const [xls] = (await checkJson([XLS])).files;
    const [xlsx] = (await checkJson([XLSX])).files;
    expect(xls.format).toBe('xls');
    expect(xls.forms.map((f) => f.kind)).toEqual(['base', 'overall', 'project']);
    expect(xls.forms).toEqual(xlsx.forms);
    expect(xls.flags).toEqual(xlsx.flags);
  }, 120_000);
});

describe('a Word 97-2003 .doc', () => {
  it('is refused by name (save it as .docx), exit 2', async () => {
    const path = join(dir, '报告.doc');
    writeFileSync(path, await legacyDoc());
    const { exit, run, files } = await checkJson([path]);
    expect(exit).toBe(2);
    expect(files[0].problem).toBe('word');
    expect(run.err).toEqual([`无法检查 ${path}：${PROBLEM_TEXT.word}`]);
    expect(PROBLEM_TEXT.word).toContain('.doc');
  }, 60_000);
});

describe('a folder of .xlsx, .xls, .docx, a .doc and a broken file', () => {
  const folder = join(dir, 'submissions');
  const csv = join(dir, '汇总.csv');
  const names = ['单位A.xlsx', '单位B.xls', '单位C报告.docx', '单位D报告.doc', '单位E损坏.xlsx'];
  let run: ReturnType<typeof capture>;
  let exit: number;
  let table: string[];
  beforeAll(async () => {
    mkdirSync(folder);
    writeFileSync(join(folder, names[0]), await demoWorkbookData());
    copyFileSync(XLS, join(folder, names[1]));
    copyFileSync(SEED_DOCX, join(folder, names[2]));
    writeFileSync(join(folder, names[3]), await legacyDoc());
    // A workbook cut short in transfer: its first 3,000 bytes.
    writeFileSync(join(folder, names[4]), (await demoWorkbookData()).subarray(0, 3000));
    run = capture();
    exit = await main(['check', folder, '--csv', csv], run.io);
    table = run.out.join('\n').split('\n\n')[0].split('\n');
  }, 180_000);

  const row = (name: string) => table.find((l) => l.includes(name)) ?? '';

  it('reviews them in one table, one row per file whatever its kind; exit 2', () => {
    expect(exit).toBe(2);
    expect(table).toHaveLength(1 + names.length);
    for (const name of names.slice(0, 3)) {
      expect(row(name)).toContain('浏阳市招商引资服务中心');
      expect(row(name)).toMatch(/附件1、附件2、附件3\s+90\s+优/);
    }
    expect(row('单位C报告.docx')).toContain('Word 报告，正文问题 7 条');
    expect(row('单位D报告.doc')).toContain(`无法读取`);
    expect(row('单位D报告.doc')).toContain(PROBLEM_TEXT.word);
    expect(row('单位E损坏.xlsx')).toContain('无法读取');
    expect(row('单位E损坏.xlsx')).toContain(PROBLEM_TEXT.damaged);
  });

  it('then the details of each file, and the CSV with every row', () => {
    const text = run.out.join('\n');
    expect(text).toContain(`文件：${join(folder, '单位C报告.docx')}`);
    expect(text).toContain('[BODY_SUM_ROUNDING] 正文 二、（二）2．');
    const rows = readFileSync(csv, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows).toHaveLength(1 + names.length);
    expect(rows[0]).toBe('文件,单位,年度,找到的表,总分,等级,错误,警告,说明');
    for (const name of names) expect(rows.some((r) => r.includes(name))).toBe(true);
  });
});
