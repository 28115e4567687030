/**
 * What `check` prints is safe and whole: control characters from a file never reach the terminal
 * or the CSV raw, CSV cells that could start a formula are escaped (OWASP), names print as typed,
 * and `--json` piped into another program arrives whole. `--fix -o` never writes over its input
 * and fails in one zh-CN line.
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'fs';
import { join } from 'path';
import { csvField } from '../../src/cli/csv';
import { main } from '../../src/cli/main';
import type { JsonFile } from '../../src/cli/jsonReport';
import { safeText } from '../../src/cli/safeText';
import {
  CONTROL_UNIT_NAME,
  FORGED_SHEET_NAME,
  FORMULA_UNIT_NAME,
  HOSTILE_FILES,
} from '../../scripts/hostile/files';
import { demoWorkbookData } from '../../scripts/hostile/ooxml';
import { tempFolder } from '../hostile/helpers';
import { capture } from './helpers';

const dir = tempFolder('output');
const build = (name: string) =>
  (HOSTILE_FILES.find((f) => f.name === name) as { build: () => Promise<Buffer> }).build();
let demo: string;

beforeAll(async () => {
  const folder = join(dir, 'units');
  mkdirSync(folder);
  writeFileSync(join(folder, 'control-text.xlsx'), await build('control-text.xlsx'));
  writeFileSync(join(folder, 'csv-formula-name.xlsx'), await build('csv-formula-name.xlsx'));
  demo = join(dir, 'demo.xlsx');
  writeFileSync(demo, await demoWorkbookData());
}, 60_000);

const ESC = '\u001b';

describe('text from a file, on the terminal and in the CSV', () => {
  let run: ReturnType<typeof capture>;
  const csv = join(dir, 'table.csv');
  beforeAll(async () => {
    run = capture();
    await main(['check', join(dir, 'units'), '--csv', csv], run.io);
  }, 120_000);

  it('no control character reaches the terminal; each shows as an escape', () => {
    const text = run.out.join('\n') + run.err.join('\n');
    expect(text).not.toContain(ESC);
    expect(text).toContain('\\x1B[2J');
  });

  it('a sheet name with a line break cannot forge a report line', () => {
    const lines = run.out.join('\n').split('\n');
    expect(lines.some((l) => l.startsWith('文件：伪造'))).toBe(false);
    expect(run.out.join('\n')).toContain('附件2\\n文件：伪造.xlsx');
  });

  it('names keep their spaces and quotes in the table', () => {
    expect(run.out.join('\n')).toContain('浏阳市 “招商” \\x1B[2J');
    expect(run.out.join('\n')).toContain(FORMULA_UNIT_NAME);
  });

  it('the CSV escapes formulas (OWASP) and control characters', () => {
    const rows = readFileSync(csv, 'utf8').split('\r\n');
    const formula = rows.find((r) => r.includes('csv-formula-name')) ?? '';
    expect(formula.split(',')[1]).toBe(`'${FORMULA_UNIT_NAME}`);
    const control = rows.find((r) => r.includes('control-text')) ?? '';
    expect(control).not.toContain(ESC);
    expect(control).toContain('"浏阳市 “招商” \\x1B[2J\\x1B[31m服务中心\\x1B[8m隐藏"'.slice(1, -1));
  });

  it('csvField: every formula start, full-width too; plain numbers stay numbers', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'])
      expect(csvField(`${start}1+2`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvField("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(csvField('-5')).toBe('-5');
    expect(csvField('12.50')).toBe('12.50');
    expect(csvField('浏阳市 “招商”')).toBe('浏阳市 “招商”');
  });

  it('safeText: C0, DEL, C1 and bidirectional overrides escaped; long values cut', () => {
    expect(safeText('a\u0007b\u007fc\u009bd\u202ee')).toBe('a\\x07b\\x7Fc\\x9Bd\\u202Ee');
    expect(safeText('x'.repeat(50), 10)).toBe(`${'x'.repeat(10)}…（共 50 字）`);
  });
});

describe('names as typed in the JSON', () => {
  it('keeps the unit name with its spaces, quotes and (escaped by JSON) control characters', async () => {
    const run = capture();
    await main(['check', join(dir, 'units', 'control-text.xlsx'), '--json'], run.io);
    const doc = JSON.parse(run.out.join('\n')) as { files: JsonFile[] };
    const overall = doc.files[0].forms.find((f) => f.kind === 'overall');
    expect(overall?.unitName).toBe(CONTROL_UNIT_NAME);
    expect(overall?.sheet).toBe(FORGED_SHEET_NAME);
    expect(run.out.join('\n')).not.toContain(ESC);
  });
});

const jq = ['/usr/bin/jq', '/usr/local/bin/jq'].find((p) => existsSync(p));

describe('--json into a pipe', () => {
  it('arrives whole for 100 files (about 2 MB, far past a pipe’s 64 KB)', () => {
    const folder = join(dir, 'hundred');
    mkdirSync(folder);
    const data = readFileSync(demo);
    for (let i = 1; i <= 100; i++)
      writeFileSync(join(folder, `单位${String(i).padStart(3, '0')}.xlsx`), data);
    // The real process (entry.ts), its stdout a pipe read by jq (or node where jq is missing).
    const reader = jq
      ? `${jq} '.files | length'`
      : `node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.parse(s).files.length))"`;
    const out = execFileSync(
      'bash',
      [
        '-c',
        `node -r ts-node/register/transpile-only src/cli/entry.ts check '${folder}' --json | ${reader}`,
      ],
      { encoding: 'utf8', timeout: 240_000 },
    );
    expect(out.trim()).toBe('100');
  }, 300_000);
});

describe('--fix -o', () => {
  const entry = ['-r', 'ts-node/register/transpile-only', 'src/cli/entry.ts'];
  const runCli = (args: string[]) =>
    spawnSync('node', [...entry, ...args], { encoding: 'utf8', timeout: 120_000 });

  it('refuses a symlink or a hard link to the input, leaving it as it was', async () => {
    const input = join(dir, 'input.xlsx');
    writeFileSync(input, readFileSync(demo));
    const before = readFileSync(input);
    symlinkSync(input, join(dir, 'soft.xlsx'));
    linkSync(input, join(dir, 'hard.xlsx'));
    for (const link of ['soft.xlsx', 'hard.xlsx']) {
      const run = capture();
      expect(await main(['check', input, '--fix', '-o', join(dir, link)], run.io)).toBe(2);
      expect(run.err).toEqual([expect.stringContaining('指向输入文件本身')]);
      expect(readFileSync(input).equals(before)).toBe(true);
    }
    const same = capture();
    expect(await main(['check', input, '--fix', '-o', input], same.io)).toBe(2);
  });

  it('an output it cannot write: one zh-CN line, exit 2, no stack trace, the report still printed', () => {
    const result = runCli(['check', demo, '--fix', '-o', join(dir, 'no-such-folder', 'out.xlsx')]);
    expect(result.status).toBe(2);
    const err = result.stderr.trim().split('\n');
    expect(err).toEqual([expect.stringMatching(/^未能另存 .*out\.xlsx：文件或文件夹不存在$/)]);
    expect(result.stdout).toContain('问题：错误 5 条');
  }, 120_000);

  it('writes the copy and says how many cells it rewrote', () => {
    const out = join(dir, 'fixed.xlsx');
    const result = runCli(['check', demo, '--fix', '-o', out]);
    // 附件1 控制率, 附件2 three 执行率 and its blank 等级, 附件3 年度资金总额 执行率 (its 总分 and
    // 等级 stay as typed while its weights add up to 110): see test/golden/seed.test.ts.
    expect(result.stderr).toContain('改写 6 个计算单元格');
    expect(existsSync(out)).toBe(true);
  }, 120_000);
});
