/**
 * `selfeval check` on the hostile set (scripts/hostile/files.ts, the slow-to-make files in their
 * small variants): each file ends with its result or one clear line, in a folder every file
 * keeps its row and the CSV is written, a file that crashes its worker takes nothing else.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { main } from '../../src/cli/main';
import type { JsonFile } from '../../src/cli/jsonReport';
import { PROBLEM_TEXT } from '../../src/strings/cli';
import { HOSTILE_FILES, OVERALL_SHEET, SMALL_FILES } from '../../scripts/hostile/files';
import { demoWorkbookData } from '../../scripts/hostile/ooxml';
import { tempFolder } from '../hostile/helpers';
import { capture } from './helpers';

const dir = tempFolder('hostile');
const folder = join(dir, 'set');
const expected = new Map<string, string>();

beforeAll(async () => {
  mkdirSync(folder);
  for (const file of HOSTILE_FILES) {
    const small = SMALL_FILES[file.name];
    writeFileSync(join(folder, file.name), await (small ?? file).build());
    expected.set(file.name, (small ?? file).expect);
  }
}, 120_000);

async function checkJson(path: string, extra: string[] = []) {
  const run = capture();
  const exit = await main(['check', path, '--json', ...extra], run.io);
  const doc = JSON.parse(run.out.join('\n')) as { files: JsonFile[] };
  return { exit, doc, run };
}

/** `check` reads folders for .xlsx, .xlsm, .xls and .docx, and names the .doc it refuses. */
const inFolder = HOSTILE_FILES;

/** A Word report may hold no attachment tables: it is read and its body checked all the same. */
const formsExpected = (name: string) => !name.endsWith('.docx');

/** The message without the file's path (a temporary folder's name has Latin letters). */
function reason(line: string): string {
  return line.slice(line.indexOf('：') + 1);
}

describe('a hostile file alone', () => {
  it.each([
    'encrypted.xlsx',
    'legacy.doc',
    'legacy.xls',
    'report.docx',
    'far-cell-XFD1048576.xlsx',
    'digits-1m.xlsx',
  ])('%s: its result, or exit 2 and one zh-CN line', async (name) => {
    const { exit, doc, run } = await checkJson(join(folder, name));
    const want = expected.get(name);
    if (want === 'checked') {
      expect(exit).toBeLessThan(2);
      if (formsExpected(name)) expect(doc.files[0].forms.length).toBeGreaterThan(0);
      return;
    }
    expect(exit).toBe(2);
    expect(run.err).toHaveLength(1);
    expect(reason(run.err[0])).toContain(PROBLEM_TEXT[want as keyof typeof PROBLEM_TEXT]);
    // No library reason in English, no stack trace (product names and extensions aside).
    expect(reason(run.err[0]).replace(/Excel|Word|\.[a-z]+\b/g, '')).not.toMatch(
      /[A-Za-z]{4,}|\n\s+at /,
    );
  });
});

describe('what the hostile files read as', () => {
  let doc: { files: JsonFile[] };
  let exit: number;
  beforeAll(async () => {
    ({ doc, exit } = await checkJson(folder));
  }, 300_000);
  const of = (name: string) => doc.files.find((f) => f.file.endsWith(name)) as JsonFile;

  it('each file: its forms, or the problem it is refused for (exit 2)', () => {
    expect(exit).toBe(2);
    expect(doc.files.map((f) => f.file.slice(folder.length + 1)).sort()).toEqual(
      inFolder.map((f) => f.name).sort(),
    );
    for (const f of inFolder) {
      const file = of(f.name);
      if (expected.get(f.name) === 'checked') {
        expect([f.name, file.error]).toEqual([f.name, undefined]);
        if (formsExpected(f.name)) expect(file.forms.length).toBeGreaterThan(0);
      } else expect([f.name, file.problem]).toEqual([f.name, expected.get(f.name)]);
    }
  });

  it('a 1,000,000-digit budget: a NOT_A_NUMBER flag at its cell', () => {
    const flags = of('digits-1m.xlsx').flags.filter((f) => f.code === 'NOT_A_NUMBER');
    expect(flags.map((f) => `${f.sheet}!${f.address}`)).toEqual([`${OVERALL_SHEET}!E6`]);
  });

  it('a merge to XFD1048576 and 20,000 merged ledger rows: the three forms as in the demo', () => {
    for (const name of ['merge-huge.xlsx', 'merges-20000.xlsx', 'macro.xlsm'])
      expect(of(name).forms.map((f) => f.kind)).toEqual(['base', 'overall', 'project']);
  });

  it('a far cell on a form sheet: refused, naming the sheet and how far it reaches', () => {
    expect(of('far-cell-XFD1048576.xlsx').error).toContain(
      '工作表“自评表”的单元格延伸到 XFD1048576',
    );
  });

  it('.xlsm is read like .xlsx: the same forms and flags as the demo', async () => {
    const demo = join(dir, 'demo.xlsx');
    writeFileSync(demo, await demoWorkbookData());
    const plain = (await checkJson(demo)).doc.files[0];
    expect(of('macro.xlsm').flags).toEqual(plain.flags);
  });

  it('a hidden form sheet and a formula saved without its result are named', () => {
    expect(of('hidden-form.xlsx').notices).toEqual([
      expect.objectContaining({ code: 'HIDDEN_FORM_SHEET', sheet: OVERALL_SHEET }),
    ]);
    const formula = of('formula-no-cache.xlsx').notices ?? [];
    expect(formula).toEqual([
      expect.objectContaining({
        code: 'FORMULA_WITHOUT_VALUE',
        sheet: OVERALL_SHEET,
        addresses: ['G6'],
      }),
    ]);
    expect(formula[0].message).toContain('G6');
  });
});

describe('a folder of them', () => {
  const csv = join(dir, '汇总.csv');
  let run: ReturnType<typeof capture>;
  let exit: number;
  beforeAll(async () => {
    run = capture();
    exit = await main(['check', folder, '--csv', csv], run.io);
  }, 300_000);

  it('exits 2 and gives every file its row, the refused ones with their reason', () => {
    expect(exit).toBe(2);
    const table = run.out.join('\n').split('\n\n')[0].split('\n');
    expect(table).toHaveLength(1 + inFolder.length);
    for (const file of inFolder) {
      const row = table.find((l) => l.includes(file.name)) ?? '';
      const want = expected.get(file.name);
      if (want === 'checked') expect(row).not.toContain('无法读取');
      else expect(row).toContain(PROBLEM_TEXT[want as keyof typeof PROBLEM_TEXT]);
    }
  });

  it('writes the CSV with every file', () => {
    const rows = readFileSync(csv, 'utf8').trim().split('\r\n');
    expect(rows).toHaveLength(1 + inFolder.length);
  });
});

describe('a file that crashes its worker', () => {
  it('gets its own row (文件过大或结构异常); the others keep theirs, and the CSV is written', async () => {
    const crashFolder = join(dir, 'crash');
    mkdirSync(crashFolder);
    const demo = await demoWorkbookData();
    for (const n of [1, 2, 3]) writeFileSync(join(crashFolder, `单位${n}.xlsx`), demo);
    copyFileSync(join(folder, 'inflated-form-500mb.xlsx'), join(crashFolder, '单位4-大.xlsx'));
    const run = capture();
    // A worker allowed 160 MB: the 10 MB form sheet (about 200,000 cells) takes more.
    run.io.pool = { memoryLimitMb: 160 };
    const csv = join(dir, 'crash.csv');
    const exit = await main(['check', crashFolder, '--csv', csv, '--json'], run.io);
    expect(exit).toBe(2);
    const doc = JSON.parse(run.out.join('\n')) as { files: JsonFile[] };
    expect(doc.files.map((f) => f.problem ?? 'checked')).toEqual([
      'checked',
      'checked',
      'checked',
      'crashed',
    ]);
    expect(doc.files[3].error).toContain('文件过大或结构异常');
    expect(readFileSync(csv, 'utf8').trim().split('\r\n')).toHaveLength(5);
  }, 300_000);
});
