/**
 * The Word documents as LibreOffice Writer prints them: the attachments `selfeval export --docx`
 * writes from the demo workbook (附件1 on portrait A4, 附件2/3 on landscape A4, titles, 填报单位 and
 * 单位, every figure printed whole), and the seed report fixture. PNG pages land in
 * test-artifacts/docx/ for a look. Skipped, saying why, without soffice (with Writer) or poppler.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { main } from '../../src/cli/main';
import { missingPrintTools } from '../../scripts/printPreview';
import { demoWorkbookFile } from '../docx/seedDemo';

const OUT = resolve(__dirname, '..', '..', 'test-artifacts', 'docx');
const SEED_DOCX = resolve(__dirname, '..', 'fixtures', 'docx', 'seed-report.docx');
const WRITER = '/usr/lib/libreoffice/program/libswlo.so';

const missing = [...missingPrintTools(), ...(existsSync(WRITER) ? [] : ['libreoffice-writer'])];
const describeIf = missing.length === 0 ? describe : describe.skip;
if (missing.length > 0) console.warn(`Word rendering tests skipped: ${missing.join(', ')} missing`);

const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

interface Page {
  landscape: boolean;
  a4: boolean;
  text: string;
}

function render(docx: string, name: string): Page[] {
  const profile = mkdtempSync(join(tmpdir(), 'selfeval-soffice-'));
  try {
    run('soffice', [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      OUT,
      docx,
    ]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = join(OUT, `${name}.pdf`);
  run('pdftoppm', ['-png', '-r', '80', pdf, join(OUT, `${name}-page`)]);
  const info = run('pdfinfo', ['-f', '1', '-l', '999', pdf]);
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m, i) => {
    const [w, h] = [Number(m[1]), Number(m[2])];
    return {
      landscape: w > h,
      a4: Math.abs(Math.max(w, h) - 841.89) < 1 && Math.abs(Math.min(w, h) - 595.28) < 1,
      text: run('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-']),
    };
  });
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

describeIf('Word documents printed by LibreOffice', () => {
  let attachments: Page[];
  let seed: Page[];

  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const docx = join(OUT, 'attachments.docx');
    const sink = { out: () => undefined, err: () => undefined };
    expect(await main(['export', '--docx', docx, await demoWorkbookFile()], sink)).toBe(0);
    attachments = render(docx, 'attachments');
    seed = render(SEED_DOCX, 'seed-report');
  }, 300000);

  it('prints each attachment on A4 in its orientation, starting with its title', () => {
    expect(attachments.every((p) => p.a4)).toBe(true);
    const starts = [
      '部门整体支出绩效自评基础数据表',
      '2021年部门整体支出绩效自评表',
      '2021年项目支出绩效自评表',
    ].map((title) => attachments.findIndex((p) => squeeze(p.text).includes(title)));
    expect(starts[0]).toBe(0);
    expect(starts[1]).toBeGreaterThan(starts[0]);
    expect(starts[2]).toBeGreaterThan(starts[1]);
    attachments.forEach((p, i) => expect(p.landscape).toBe(i >= starts[1]));
    for (const s of starts)
      expect(squeeze(attachments[s].text)).toContain('填报单位：浏阳市招商引资服务中心');
    expect(
      readdirSync(OUT).filter((f) => f.startsWith('attachments-page') && f.endsWith('.png')),
    ).toHaveLength(attachments.length);
  });

  it('prints every figure and heading of the forms whole', () => {
    const all = squeeze(attachments.map((p) => p.text).join(''));
    for (const text of [
      '4,889,977.00',
      '7,554,995.22',
      '155%',
      '116.7%',
      '187%',
      '339,178.30',
      '490.76',
      '偏差及原因分析',
      '总分',
    ])
      expect(all).toContain(squeeze(text));
  });

  it('prints the seed report: its body, then its three attachments', () => {
    expect(seed.every((p) => p.a4)).toBe(true);
    const all = squeeze(seed.map((p) => p.text).join(''));
    for (const text of [
      '2021年部门整体支出绩效自评报告',
      '合计29.41元',
      '净资产17.38万元',
      '部门整体支出绩效自评基础数据表',
      '2021年项目支出绩效自评表',
    ])
      expect(all).toContain(squeeze(text));
    expect(seed[0].landscape).toBe(false);
    expect(seed[seed.length - 1].landscape).toBe(true);
  });
});
