/**
 * The seed report's body (the acceptance example of issue 14), read from the seed .docx and
 * checked against its own attachments: every finding the issue lists, and nothing on the
 * figures that are right.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { evaluate } from '../../src/core';
import { parseAddress } from '../../src/core/grid';
import type { Flag } from '../../src/core';
import { bodyFigures, checkReportBody, findStatements } from '../../src/core/report';
import { readDocxReport } from '../../src/hosts/docx';
import type { DocxReport } from '../../src/hosts/docx';

const SEED_DOCX = join(__dirname, '..', 'fixtures', 'docx', 'seed-report.docx');

let report: DocxReport;
let flags: Flag[];

beforeAll(() => {
  report = readDocxReport(readFileSync(SEED_DOCX));
  flags = checkReportBody(report.body, evaluate(report.grids));
});

const quoting = (text: string) => flags.filter((f) => f.quote?.sentence.includes(text));

describe('the seed body is read with its headings', () => {
  it('puts each paragraph under the headings the seed gives it', () => {
    const under = (text: string) =>
      report.body.paragraphs.find((p) => p.text.includes(text))?.headings;
    expect(under('2．2021年项目支出合计为490.76万元')).toEqual([
      '二、部门整体支出资金管理及使用情况',
      '（二）项目支出',
    ]);
    expect(under('（二）单位项目资金绩效分析')).toEqual(['五、部门整体支出绩效情况']);
    expect(under('通过项目的实施，全年新引进项目207个')).toEqual([
      '三、部门项目组织实施情况',
      '（一）项目组织情况分析。',
    ]);
    expect(under('负责本中心的文电')).toEqual([
      '一、部门概况',
      '（二）部门组织机构及人员情况',
      '（一）综合部',
    ]);
  });
});

describe('the seed body: every finding of issue 14', () => {
  it('the eight project amounts add up to 490.75万元, both paragraphs say 合计 490.76万元 (info)', () => {
    const rounding = flags.filter(
      (f) => f.code === 'BODY_SUM_ROUNDING' && f.actual === '490.76万元',
    );
    expect(rounding.map((f) => [f.severity, f.address, f.expected])).toEqual([
      ['info', '二、（二）2．', '490.75万元'],
      ['info', '五、（二）', '490.75万元'],
    ]);
    expect(rounding[0].quote?.headings).toEqual([
      '二、部门整体支出资金管理及使用情况',
      '（二）项目支出',
    ]);
    expect(rounding[0].message).toContain('2021年招商引资工作经费129.92万元');
  });

  it('50亿元以上项目: "1个" in 三、(一) and in the 附件3 results, "3个" in 五、1', () => {
    const twice = flags.filter((f) => f.code === 'BODY_STATED_TWICE');
    expect(twice).toHaveLength(1);
    expect(twice[0].address).toBe('五、1、');
    expect([twice[0].actual, twice[0].expected]).toEqual(['3个', '1个']);
    expect(twice[0].quote?.sentence).toContain('其中50亿元以上项目3个');
    expect(twice[0].message).toContain('三、（一）第1段为 1个');
    expect(twice[0].message).toContain('附件3「2021年招商引资工作经费」质量指标完成值为 1个');
  });

  it('"合计29.41元" between 17.58万元 and 11.83万元: the unit misses its 万', () => {
    const unit = flags.filter((f) => f.code === 'BODY_UNIT_SUSPECT');
    expect(unit).toHaveLength(1);
    expect([unit[0].address, unit[0].actual]).toEqual(['四、第1段', '29.41元']);
    expect(unit[0].message).toContain('17.58万元 + 11.83万元 = 29.41万元');
  });

  it('total assets 39.99万元 against 27.22 + 12.78 = 40.00', () => {
    const assets = quoting('2021年共有资产39.99万元').filter((f) => f.code.startsWith('BODY_SUM'));
    expect(assets.map((f) => [f.code, f.expected, f.actual])).toEqual([
      ['BODY_SUM_ROUNDING', '40.00万元', '39.99万元'],
    ]);
  });

  it('net assets 17.38万元 against 29.41 − 12.02 = 17.39', () => {
    const net = quoting('净资产17.38万元');
    expect(net.map((f) => [f.code, f.expected, f.actual])).toEqual([
      ['BODY_SUM_ROUNDING', '17.39万元', '17.38万元'],
    ]);
    expect(net[0].message).toContain('29.41万元 − 累计折旧 12.02万元 = 17.39万元');
  });
});

describe('the seed body: nothing on the figures that are right', () => {
  it('reads each of them as a statement and finds it consistent', () => {
    const sentences = bodyFigures(report.body);
    const sums = findStatements(sentences).flatMap((s) =>
      s.kind === 'sum'
        ? [[s.total.mention.text, ...s.parts.map((p) => p.mention.text)].join(' = ')]
        : [],
    );
    // 755.5 = 490.76 + 264.74; 264.74 = 254.77 + 9.97; 9.97 = 7.98 + 0.87 + 1.12; the 三公
    // 33.92 = 公务接待 33.92; 10.59 = 9.64 + 0.95 (the same sentence in 四、 and 五、5).
    expect(sums).toEqual(
      expect.arrayContaining([
        '755.5万元 = 490.76万元 = 264.74万元',
        '264.74万元 = 254.77万元 = 9.97万元',
        '9.97万元 = 7.98万元 = 0.87万元 = 1.12万元',
        '33.92万元 = 33.92万元',
        '10.59万元 = 9.64万元 = 0.95万元',
      ]),
    );
    for (const text of ['755.5万元，其中项目支出', '基本支出264.74万元，其中', '9.64万元']) {
      expect(quoting(text)).toEqual([]);
    }
  });

  it('262.08 + 228.68 = 490.76: the budget and its mid-year addition', () => {
    expect(quoting('年初预算262.08万元')).toEqual([]);
    expect(quoting('年初项目预算资金为262.08万元')).toEqual([]);
  });

  it("公务接待 33.92万元 = 附件1 339,178.30 元; the body's 755.5, 490.76, 264.74, 9.97 = the tables", () => {
    expect(quoting('公务接待费33.92万元')).toEqual([]);
    const againstTables = flags.filter((f) => f.code === 'BODY_TABLE_MISMATCH');
    // The one body amount the tables contradict: the project 附件3 is named after, whose table
    // carries all eight projects' 490.76万元.
    expect(againstTables.map((f) => f.actual)).toEqual(['129.92万元']);
  });

  it('links a finding that compares with a table to the cell it compares with', () => {
    const cellText = (at: { sheet: string; address: string } | undefined) => {
      const grid = report.grids.find((g) => g.name === at?.sheet);
      const cell = at ? parseAddress(at.address) : null;
      return grid && cell ? String(grid.values[cell.row]?.[cell.col] ?? '') : null;
    };
    const twice = flags.find((f) => f.code === 'BODY_STATED_TWICE');
    // 附件3's 质量指标 result: 新引进项目50亿元以上项目1个.
    expect(cellText(twice?.related)?.trim()).toMatch(/^新引进项目50亿元以上项目1个/);
    const table = flags.find((f) => f.code === 'BODY_TABLE_MISMATCH');
    // 附件3 年度资金总额 全年执行数, the figure the message names last.
    expect(table?.related?.sheet).toBe('表3');
    expect(cellText(table?.related)?.trim()).toBe('490.76');
    // Findings of the body against itself compare with no cell.
    expect(flags.filter((f) => f.code === 'BODY_SUM_ROUNDING' && f.related)).toEqual([]);
  });

  it('自评得分 90 分, 等级 优 = 附件2', () => {
    expect(quoting('自评得分90分')).toEqual([]);
    expect(flags.filter((f) => f.code === 'BODY_GRADE_MISMATCH')).toEqual([]);
  });

  it('gives no other flag', () => {
    expect(flags.map((f) => f.code).sort()).toEqual([
      'BODY_STATED_TWICE',
      'BODY_SUM_ROUNDING',
      'BODY_SUM_ROUNDING',
      'BODY_SUM_ROUNDING',
      'BODY_SUM_ROUNDING',
      'BODY_TABLE_MISMATCH',
      'BODY_UNIT_SUSPECT',
    ]);
  });
});
