/**
 * `selfeval export --docx`: the demo workbook's attachments as Word tables. Read back by the
 * Word reader they are the same forms with the same figures and flags (the layout is the
 * official one the recognizer knows); 附件1 is portrait, 附件2/3 landscape, all on A4.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../../src/cli/main';
import { evaluate } from '../../src/core';
import type { Flag } from '../../src/core';
import { readDocxReport } from '../../src/hosts/docx';
import { readWorkbookGrids } from '../../src/hosts/xlsx';
import { PROBLEM_TEXT } from '../../src/strings/cli';
import { demoWorkbookFile } from './seedDemo';

const io = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
};

const finding = (f: Flag) => [f.code, f.message];

describe('selfeval export --docx', () => {
  let xlsx: string;
  let docx: string;

  beforeAll(async () => {
    xlsx = await demoWorkbookFile();
    docx = join(mkdtempSync(join(tmpdir(), 'selfeval-export-')), 'attachments.docx');
    const run = io();
    expect(await main(['export', '--docx', docx, xlsx], run.io)).toBe(0);
    expect(run.out.join('\n')).toContain(docx);
  });

  it('writes the three attachments that read back as the workbook does', async () => {
    const report = readDocxReport(readFileSync(docx));
    expect(report.tables.map((t) => t.caption.slice(0, 2))).toEqual([
      ['附件1', '2021年部门整体支出绩效自评基础数据表'],
      ['附件2', '2021年部门整体支出绩效自评表'],
      ['附件3', '2021年项目支出绩效自评表'],
    ]);
    const fromWord = evaluate(report.grids);
    const fromExcel = evaluate(await readWorkbookGrids(xlsx));
    expect(fromWord.forms.map((f) => f.kind)).toEqual(['base', 'overall', 'project']);
    expect(fromWord.flags.map(finding)).toEqual(fromExcel.flags.map(finding));
    expect(fromWord.summary.forms.map((f) => [f.scoreSum, f.grade, f.unitName])).toEqual(
      fromExcel.summary.forms.map((f) => [f.scoreSum, f.grade, f.unitName]),
    );
  });

  it('prints amounts and rates as the workbook formats them, under 填报单位 and 单位', () => {
    const xml = strFromU8(unzipSync(readFileSync(docx))['word/document.xml']);
    for (const text of [
      '4,889,977.00',
      '155%',
      '116.7%',
      '94%',
      '填报单位：浏阳市招商引资服务中心',
      '单位：元',
      '单位：万元',
    ])
      expect(xml).toContain(text);
    // The add-in's check column is not part of the printed form.
    expect(xml).not.toContain('不打印');
  });

  it('lays 附件1 on portrait A4 and 附件2, 附件3 on landscape A4', () => {
    const xml = strFromU8(unzipSync(readFileSync(docx))['word/document.xml']);
    const sizes = [...xml.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((m) => m[1]);
    expect(sizes).toHaveLength(3);
    expect(sizes.map((s) => (/w:orient="landscape"/.test(s) ? 'landscape' : 'portrait'))).toEqual([
      'portrait',
      'landscape',
      'landscape',
    ]);
    for (const s of sizes) expect(s).toMatch(/w:w="(11906|16838)" w:h="(16838|11906)"/);
  });

  it('exports the empty official forms without a workbook, and refuses what it cannot read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'selfeval-export-'));
    const empty = join(dir, 'empty.docx');
    expect(await main(['export', '--docx', empty], io().io)).toBe(0);
    const forms = evaluate(readDocxReport(readFileSync(empty)).grids).forms;
    expect(forms.map((f) => f.kind)).toEqual(['base', 'overall', 'project']);
    const bad = io();
    expect(
      await main(['export', '--docx', join(dir, 'x.docx'), join(dir, 'missing.xlsx')], bad.io),
    ).toBe(2);
    expect(bad.err.join('\n')).toContain('missing.xlsx：文件或文件夹不存在');
    expect(await main(['export', join(dir, 'a.xlsx')], io().io)).toBe(2);
  });

  it('reads its input by what the file is, not its name (src/cli/fileKind.ts)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'selfeval-export-'));
    // An Excel 97-2003 file (made by LibreOffice) under an .xlsx name: read as the .xls it is.
    const misnamed = join(dir, 'v04.xlsx');
    copyFileSync(join(__dirname, '..', 'fixtures', 'xls', 'v04-merged-labels.xls'), misnamed);
    const out = join(dir, 'v04.docx');
    expect(await main(['export', '--docx', out, misnamed], io().io)).toBe(0);
    const fromXls = evaluate(readDocxReport(readFileSync(out)).grids).summary.forms;
    const variant = join(__dirname, '..', 'fixtures', 'variants', 'v04-merged-labels.xlsx');
    const fromXlsx = evaluate(await readWorkbookGrids(variant)).summary.forms;
    expect(fromXls.map((f) => [f.kind, f.scoreSum, f.grade])).toEqual(
      fromXlsx.map((f) => [f.kind, f.scoreSum, f.grade]),
    );
    // A file that is no workbook: one zh-CN reason, not a library's.
    const text = join(dir, 'notes.xls');
    writeFileSync(text, '一个文本文件');
    const bad = io();
    expect(await main(['export', '--docx', join(dir, 'x.docx'), text], bad.io)).toBe(2);
    expect(bad.err).toEqual([`无法检查 notes.xls：${PROBLEM_TEXT['not-excel']}`]);
  });
});
