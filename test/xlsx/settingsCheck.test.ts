/** `selfeval check` evaluates with the settings stored in the workbook's hidden sheet. */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { JsonFile } from '../../src/cli/jsonReport';
import { main } from '../../src/cli/main';
import { SETTINGS_SHEET_NAME, settingsToRows } from '../../src/core/settingsSheet';
import { loadWorkbook, saveWorkbook } from '../../src/hosts/xlsx';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'selfeval-settings-'));
const demo = join(dir, 'demo.xlsx');
const tuned = join(dir, 'tuned.xlsx');

async function check(path: string, json: boolean): Promise<string> {
  const run = capture();
  await main(json ? ['check', path, '--json'] : ['check', path], run.io);
  return run.out.join('\n');
}

beforeAll(async () => {
  expect(await main(['demo', '-o', demo], capture().io)).toBe(0);
  const workbook = await loadWorkbook(demo);
  const sheet = workbook.addWorksheet(SETTINGS_SHEET_NAME, { state: 'hidden' });
  sheet.addRows(settingsToRows({ ratePrecision: 1 }));
  await saveWorkbook(workbook, tuned);
});

describe('check with stored settings', () => {
  it('rounds rates to the stored precision, in JSON and in text', async () => {
    const plain = (JSON.parse(await check(demo, true)) as { files: JsonFile[] }).files[0];
    const mine = (JSON.parse(await check(tuned, true)) as { files: JsonFile[] }).files[0];
    const rate = (f: JsonFile) =>
      f.forms.find((x) => x.kind === 'overall')?.lines.find((l) => l.label === '财政拨款')?.rate;
    expect(rate(plain)).toBe('1.545');
    expect(rate(mine)).toBe('1.545');
    const over = (f: JsonFile) =>
      f.flags.filter((x) => x.code === 'OVER_BUDGET' && x.sheet.startsWith('附件2'));
    expect(over(plain).map((x) => x.actual)).toEqual(['154.50%', '116.67%', '187.26%']);
    expect(over(mine).map((x) => x.actual)).toEqual(['154.5%', '116.7%', '187.3%']);
    const text = await check(tuned, false);
    expect(text).toContain('116.7%');
    expect(text).not.toContain('116.67%');
  });

  it('does not read the settings sheet as a form', async () => {
    const mine = (JSON.parse(await check(tuned, true)) as { files: JsonFile[] }).files[0];
    expect(mine.forms.map((f) => f.kind)).toEqual(['base', 'overall', 'project']);
  });
});
