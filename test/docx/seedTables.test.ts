/**
 * The seed report as a Word document: its three attachment tables, read from the .docx, are
 * recognised as 附件1/附件2/附件3 with the same figures and the same flags as the seed's
 * workbook (`selfeval demo`), and each flag can be addressed as 表N 行R 列C.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { evaluate } from '../../src/core';
import type { Evaluation, Flag } from '../../src/core';
import { cellPlace, readDocxReport, tableOf } from '../../src/hosts/docx';
import type { DocxReport } from '../../src/hosts/docx';
import { demoGrids } from './seedDemo';

export const SEED_DOCX = join(__dirname, '..', 'fixtures', 'docx', 'seed-report.docx');

let report: DocxReport;
let fromWord: Evaluation;
let fromExcel: Evaluation;

/**
 * The seed's Word 附件2 has no 等级 row; the workbook's layout adds one, left blank, which is a
 * GRADE_MISSING there only. The rest must be the same findings.
 */
const notGradeRow = (f: Flag) => f.code !== 'GRADE_MISSING';

beforeAll(async () => {
  report = readDocxReport(readFileSync(SEED_DOCX));
  fromWord = evaluate(report.grids);
  fromExcel = evaluate(await demoGrids());
});

/** A flag without where it is: the same finding on a Word table and on a worksheet. */
const finding = (f: Flag) => ({
  code: f.code,
  severity: f.severity,
  message: f.message,
  expected: f.expected,
  actual: f.actual,
});

describe('the seed .docx attachments', () => {
  it('are three tables, each with its caption above it', () => {
    expect(report.tables.map((t) => t.caption)).toEqual([
      ['附件1', '部门整体支出绩效自评基础数据表', '填报单位：浏阳市招商引资服务中心'],
      ['附件2', '2021年部门整体支出绩效自评表'],
      ['附件3', '2021年项目支出绩效自评表'],
    ]);
  });

  it('are recognised as 附件1, 附件2 and 附件3', () => {
    expect(fromWord.forms.map((f) => f.kind)).toEqual(['base', 'overall', 'project']);
    expect(fromWord.forms.every((f) => f.missing.length === 0)).toBe(true);
  });

  it('give the figures of the seed workbook', () => {
    const strip = (s: Evaluation['summary']['forms'][number]) => {
      // The workbook's blank 等级 row (absent from the Word table) is one warning more there.
      const gradeRow = s.kind === 'overall' && s.sheet === fromExcel.summary.forms[1].sheet;
      return {
        ...s,
        counts: { ...s.counts, warning: s.counts.warning - (gradeRow ? 1 : 0) },
        sheet: '',
        lines: s.lines.map(({ address: _a, ...l }) => l),
        levels: JSON.parse(JSON.stringify(s.levels ?? []).replace(/"address":"[A-Z]+\d+",?/g, '')),
      };
    };
    expect(fromWord.summary.forms.map(strip)).toEqual(fromExcel.summary.forms.map(strip));
    // The seed's own figures, as its report prints them.
    const overall = fromWord.summary.forms[1];
    expect(overall.lines.map((l) => [l.label, l.budget, l.actual])).toEqual([
      ['财政拨款', '4889977', '7554995.22'],
      ['其他资金', null, null],
      ['基本支出', '2269177', '2647356.88'],
      ['项目支出', '2620800', '4907638.34'],
    ]);
    expect([overall.scoreSum, overall.grade]).toEqual(['90', '优']);
    const project = fromWord.summary.forms[2];
    expect([project.name, project.weightSum, project.scoreSum, project.reportedTotal]).toEqual([
      '2021年招商引资工作经费',
      '110',
      '100',
      '90',
    ]);
  });

  it('give the flags of the seed workbook', () => {
    expect(fromWord.flags.length).toBeGreaterThan(20);
    expect(fromWord.flags.map(finding)).toEqual(fromExcel.flags.filter(notGradeRow).map(finding));
    expect(fromExcel.flags.filter((f) => !notGradeRow(f)).map((f) => f.sheet)).toEqual([
      fromExcel.summary.forms[1].sheet,
    ]);
  });

  it('address a flag as 表N 行R 列C with the table it sits in', () => {
    const rate = fromWord.flags.find((f) => f.code === 'RATE_MISMATCH' && f.sheet === '表2');
    const table = rate && tableOf(report.tables, rate.sheet);
    expect(table).toBeTruthy();
    // 财政拨款 is the table's third row; its 执行率 the row's fifth cell.
    expect(cellPlace(table!, rate!.address)).toBe(
      '表2 行3 列5（附件2 2021年部门整体支出绩效自评表）',
    );
    const total = fromWord.flags.find((f) => f.code === 'TOTAL_MISMATCH');
    // 附件3 总分 row: 总分 | 100 | 90 | blank; the printed 90 is its third cell.
    expect(cellPlace(tableOf(report.tables, total!.sheet)!, total!.address)).toMatch(
      /^表3 行\d+ 列3/,
    );
  });
});
