/**
 * The body rules on wordings of other reports (not the seed's), consistent and not: each rule in
 * its general form, so a report that states the same facts in other words gets the same result.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { evaluate } from '../../src/core';
import type { Evaluation, Flag } from '../../src/core';
import { bodyFromText, checkReportBody } from '../../src/core/report';
import { readDocxReport } from '../../src/hosts/docx';

let seedForms: Evaluation;
beforeAll(() => {
  const report = readDocxReport(
    readFileSync(join(__dirname, '..', 'fixtures', 'docx', 'seed-report.docx')),
  );
  seedForms = evaluate(report.grids);
});

function check(text: string, withForms = false): Flag[] {
  return checkReportBody(bodyFromText(text), withForms ? seedForms : null);
}

const codes = (flags: Flag[]) => flags.map((f) => [f.code, f.address]);

describe('consistent wordings give no flag', () => {
  it.each([
    [
      '分别为, thousands separators',
      '二、支出情况\n2022年本单位支出合计1,234.56万元，分别为基本支出1,000.00万元、项目支出234.56万元。',
    ],
    [
      '其中： with a zero part',
      '“三公”经费支出12.5万元，其中：公务接待费8.3万元，公务用车运行维护费4.2万元，因公出国（境）费0元。',
    ],
    ['parts, then 共计', '办公经费3.20万元，印刷费0.80万元，邮电费1.00万元，共计5.00万元。'],
    ['gross, depreciation, net', '年末固定资产原值85.60万元，累计折旧25.60万元，净值60.00万元。'],
    [
      'a total coarser than its parts',
      '全年支出755.5万元，其中基本支出264.74万元，项目支出490.76万元。',
    ],
    [
      'the same count twice',
      '一、工作成效\n全年完成项目验收12个。\n二、绩效情况\n通过项目实施，全年完成项目验收12个。',
    ],
    ['a plan beside a result', '全年新增入驻企业8家。预计明年新增入驻企业10家以上。'],
    ['two stocks at two times', '年初家具用具11.83万元。年末家具用具12.78万元。'],
    ['主任 and 副主任 are two things', '核定编制19名，其中：主任1名，副主任3名。'],
    [
      '一 list item per line, not a heading',
      '（一）主要职能\n一、贯彻执行国家和省市关于对外开放、经济合作、招商引资的方针政策。\n二、负责组织拟定全市招商引资的中长期规划和年度计划。',
    ],
  ])('%s', (_name, text) => {
    expect(check(text)).toEqual([]);
  });

  it("figures the tables hold, in the body's units and precision", () => {
    const text =
      '本单位2021年“三公”经费支出33.92万元，全部为公务接待费339178.30元。全年决算支出755.50万元，其中基本支出264.74万元，项目支出490.76万元。项目支出执行率187.26%。部门整体支出绩效自评得分90分，等级为“优”。';
    expect(check(text, true)).toEqual([]);
  });
});

describe('inconsistent wordings are flagged where they stand', () => {
  it('a 其中 list short of its total: a warning (it may list only some)', () => {
    const flags = check(
      '一、收入情况\n收入合计520.00万元，其中财政拨款收入480.00万元，事业收入30.00万元。',
    );
    expect(codes(flags)).toEqual([['BODY_SUM_SHORT', '一、第1段']]);
    expect(flags[0].severity).toBe('warning');
    expect([flags[0].expected, flags[0].actual]).toEqual(['510.00万元', '520.00万元']);
  });

  it('parts over their total, or a 分别为 list that does not add up: an error', () => {
    expect(codes(check('支出合计300万元，分别为基本支出200万元、项目支出120万元。'))).toEqual([
      ['BODY_SUM_MISMATCH', '第1段'],
    ]);
    const after = check('（三）会议培训\n培训费2.30万元，会议费1.20万元，合计3.80万元。');
    expect(after.map((f) => [f.code, f.expected, f.actual])).toEqual([
      ['BODY_SUM_MISMATCH', '3.50万元', '3.80万元'],
    ]);
  });

  it('a net that is not gross − depreciation', () => {
    const flags = check('房屋原值50.00万元，累计折旧20.00万元，净值28.00万元。');
    expect(flags.map((f) => [f.code, f.expected, f.actual])).toEqual([
      ['BODY_SUM_MISMATCH', '30.00万元', '28.00万元'],
    ]);
  });

  it('an amount in 元 between two in 万元', () => {
    const flags = check('差旅费12.35万元，办公费3.50元，印刷费4.20万元。');
    expect(flags.map((f) => [f.code, f.actual])).toEqual([['BODY_UNIT_SUSPECT', '3.50元']]);
  });

  it('an amount with no unit where a total in 万元 stands', () => {
    const flags = check('设备购置18.40万元，软件购置6.60万元，合计25.00。');
    expect(flags.map((f) => f.code)).toEqual(['BODY_UNIT_SUSPECT']);
    expect(flags[0].message).toContain('没有写单位');
  });

  it('the same count stated differently in two sections', () => {
    const flags = check(
      '一、工作开展\n全年共举办培训班12期，培训人员800人次。\n二、绩效情况\n（一）产出\n举办培训班15期，覆盖全部乡镇。\n（二）效益\n全年共举办培训班12期。',
    );
    expect(flags.map((f) => [f.code, f.address, f.actual, f.expected])).toEqual([
      ['BODY_STATED_TWICE', '二、（一）第1段', '15期', '12期'],
    ]);
  });

  it('one count stated two ways, once each: flagged at the later statement', () => {
    const flags = check(
      '一、工作开展\n全年共举办培训班12期。\n二、绩效情况\n全年共举办培训班15期，覆盖全部乡镇。',
    );
    expect(flags.map((f) => [f.code, f.address, f.actual, f.expected])).toEqual([
      ['BODY_STATED_TWICE', '二、第1段', '15期', '12期'],
    ]);
  });

  it('figures and numbers in the table cells they contradict are linked to those cells', () => {
    const flags = check('其中公务接待费35.00万元。项目支出执行率为100%。', true);
    const cells = flags.map((f) => f.related?.sheet);
    // 附件1 is the report's first table; the 项目支出 执行率 is 附件2's, the second.
    expect(cells).toEqual(['表1', '表2']);
  });

  it('a grade that is not the grade of the score stated with it', () => {
    const flags = check('九、绩效评价等级\n2022年部门整体支出绩效自评得分85分，评价等级为“优”。');
    expect(flags.map((f) => f.code)).toContain('BODY_GRADE_MISMATCH');
  });

  it('amounts, rates and scores the tables contradict', () => {
    const flags = check(
      '其中公务接待费35.00万元。项目支出执行率为100%。部门整体支出绩效自评得分95分，等级为“优”。',
      true,
    );
    expect(flags.map((f) => [f.code, f.actual])).toEqual([
      ['BODY_TABLE_MISMATCH', '35.00万元'],
      ['BODY_TABLE_MISMATCH', '100%'],
      ['BODY_TABLE_MISMATCH', '95'],
    ]);
    expect(flags[0].message).toContain('附件1公务接待决算数 33.92万元');
  });
});

describe('bad text never throws', () => {
  it.each([
    '',
    '合计',
    '其中',
    '1,2,3,4,5万元',
    '9'.repeat(400) + '万元',
    '合计0.0000000001元，其中a 1e9万元',
    '、、、；；；。。。',
    '（一）\n（一）\n一、\n1、',
  ])('%j', (text) => {
    expect(() => check(text, true)).not.toThrow();
  });
});
