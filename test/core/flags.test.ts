/**
 * One case per flag code of FLAG_SEVERITY: a form that raises it (code, severity, sheet, address,
 * expected/actual where the flag carries them) and, where sensible, the clean form that does not.
 * Expected figures are worked out by hand from the mini forms' numbers.
 */
import { evaluate, FLAG_SEVERITY } from '../../src/core';
import type { FlagCode } from '../../src/core';
import { none, raised, raisedCodes, run, SEVERITY } from './fixtures/flagAsserts';
import type { MiniForm } from './fixtures/miniForms';
import { miniFlat } from './fixtures/miniFlat';
import {
  flagsOf,
  miniBase,
  miniOverall,
  miniProject,
  SEED_OVERALL_SCALE,
  writeAt,
} from './fixtures/miniForms';

it('the clean mini forms raise no flag at all', () => {
  for (const grid of [miniBase().grid, miniOverall().grid, miniProject().grid, miniFlat().grid])
    expect(evaluate([grid]).flags).toEqual([]);
});

describe('numbers in input cells', () => {
  it('NOT_A_NUMBER: text in a score cell', () => {
    const f = miniOverall({ outputScore: 'abc' });
    raised(run(f), 'NOT_A_NUMBER', f, 'outputScore', { actual: 'abc' });
    none(run(miniOverall({ outputScore: '25' })), 'NOT_A_NUMBER');
  });

  it('UNIT_MISMATCH: a percent in an amount cell; 元 in a 元 form is fine', () => {
    const f = miniOverall({ fiscalBudget: '155%' });
    raised(run(f), 'UNIT_MISMATCH', f, 'fiscalBudget', { actual: '155%' });
    none(run(miniOverall({ fiscalBudget: '100,000元' })), 'UNIT_MISMATCH');
  });

  it('NEGATIVE_AMOUNT: a negative amount; zero is not negative', () => {
    const f = miniOverall({ otherBudget: -5 });
    raised(run(f), 'NEGATIVE_AMOUNT', f, 'otherBudget', { actual: '-5' });
    none(run(miniOverall({ otherBudget: -0, otherActual: '-0' })), 'NEGATIVE_AMOUNT');
  });
});

describe('execution', () => {
  it('OVER_BUDGET: the seed 附件2 lines at 154.50%, 116.67%, 187.26%', () => {
    const f = miniOverall(SEED_OVERALL_SCALE);
    const ev = run(f);
    raised(ev, 'OVER_BUDGET', f, 'fiscalRate', { actual: '154.50%' });
    raised(ev, 'OVER_BUDGET', f, 'basicRate', { actual: '116.67%' });
    raised(ev, 'OVER_BUDGET', f, 'projectRate', { actual: '187.26%' });
    // 100% exactly is not over budget.
    none(run(miniProject()), 'OVER_BUDGET');
  });

  it('LOW_EXECUTION: below 90%; exactly 90% is not', () => {
    // 85000 / 100000 = 85.00%
    const low = miniOverall({ fiscalActual: 85000, basicActual: 34000, projectActual: 51000 });
    raised(run(low), 'LOW_EXECUTION', low, 'fiscalRate', { actual: '85.00%' });
    const edge = miniOverall({ fiscalActual: 90000, basicActual: 36000, projectActual: 54000 });
    none(run(edge), 'LOW_EXECUTION');
  });

  it('BUDGET_ADDITION: 年初 262.08 -> 全年 490.76, 228.68万元 = 87.26%', () => {
    const f = miniProject({ totalInitial: 262.08, fiscalInitial: 262.08 });
    const flag = raised(run(f), 'BUDGET_ADDITION', f, 'totalBudget', { actual: '87.26%' });
    expect(flag.message).toContain('228.68');
    none(run(miniProject()), 'BUDGET_ADDITION');
  });

  it('OVER_ESTABLISHMENT: 18 in post for 17 posts = 105.88%', () => {
    const f = miniBase({ staffActual: 18 });
    raised(run(f), 'OVER_ESTABLISHMENT', f, 'controlRate', { actual: '105.88%' });
    none(run(miniBase({ staffActual: 17 })), 'OVER_ESTABLISHMENT');
  });
});

describe('rate cells', () => {
  it('RATE_MISMATCH: 155% for 154.4996%, rewritten to 1.545', () => {
    const f = miniOverall(SEED_OVERALL_SCALE);
    const ev = run(f);
    raised(ev, 'RATE_MISMATCH', f, 'fiscalRate', { expected: '154.50%', actual: '155%' });
    expect(writeAt(ev, f.grid.name, f.at.fiscalRate)).toMatchObject({
      value: 1.545,
      numberFormat: '0.00%',
    });
    // 116.7% and 187% agree at the precision they were printed with.
    expect(flagsOf(ev, 'RATE_MISMATCH')).toHaveLength(1);
  });

  it('RATE_MISMATCH: 附件3 187% is 全年执行数 ÷ 年初预算数; it should be 100.00%', () => {
    const f = miniProject({ totalInitial: 262.08, fiscalInitial: 262.08, totalRate: '187%' });
    const flag = raised(run(f), 'RATE_MISMATCH', f, 'totalRate', {
      expected: '100.00%',
      actual: '187%',
    });
    expect(flag.message).toContain('年初预算数');
  });

  it('a correct rate cell raises nothing and is not rewritten', () => {
    const f = miniOverall({ fiscalRate: { value: 0.95, format: '0.00%' } });
    const ev = run(f);
    none(ev, 'RATE_MISMATCH');
    expect(writeAt(ev, f.grid.name, f.at.fiscalRate)).toBeUndefined();
  });

  it('RATE_PRECISION: 155% / 116.7% / 187% in one form', () => {
    const f = miniOverall(SEED_OVERALL_SCALE);
    raised(run(f), 'RATE_PRECISION', f, 'fiscalRate', { actual: '155%、116.7%、187%' });
    const same = miniOverall({ fiscalRate: '95.00%', basicRate: '95.00%', projectRate: '95.00%' });
    none(run(same), 'RATE_PRECISION');
  });

  it('RATE_ROUNDED: 116.7% agrees with 116.67% but hides its second decimal; 100% hides none', () => {
    const f = miniOverall({ basicActual: 46668, basicRate: '116.7%' });
    // 46,668 ÷ 40,000 = 116.67%: right at one decimal, not at the setting's two.
    raised(run(f), 'RATE_ROUNDED', f, 'basicRate', { expected: '116.67%', actual: '116.7%' });
    none(run(miniFlat({ rate: '100%' })), 'RATE_ROUNDED');
  });

  it('FORMULA_KEPT: a wrong rate that is a formula is flagged, not rewritten', () => {
    const f = miniOverall({ fiscalRate: { value: 0.5, format: '0.00%', formula: true } });
    const ev = run(f);
    raised(ev, 'FORMULA_KEPT', f, 'fiscalRate', { expected: '95.00%', actual: '50.00%' });
    none(ev, 'RATE_MISMATCH');
    expect(writeAt(ev, f.grid.name, f.at.fiscalRate)).toBeUndefined();
    const right = miniOverall({ fiscalRate: { value: 0.95, format: '0.00%', formula: true } });
    none(run(right), 'FORMULA_KEPT');
  });
});

describe('sums', () => {
  it('SUM_MISMATCH: 三公经费 339178.31 against its parts 339178.30', () => {
    const f = miniBase({ sanGongFinal: 339178.31 });
    raised(run(f), 'SUM_MISMATCH', f, 'sanGongFinal', {
      expected: '339178.3',
      actual: '339178.31',
    });
  });

  it('PARENT_EMPTY: the seed left 项目支出 empty under a filled 业务工作专项', () => {
    const f = miniBase({ projectPrior: null, projectBudget: '', projectFinal: '　' });
    const ev = run(f);
    // One finding for the row, at its first column, with each column's sum.
    raised(ev, 'PARENT_EMPTY', f, 'projectPrior', {
      expected: '4026710.58、5000000、4907638.34',
    });
    expect(flagsOf(ev, 'PARENT_EMPTY')).toHaveLength(1);
    expect(ev.writes.map((w) => w.address)).not.toContain(f.at.projectFinal);
  });

  it('PARENT_EMPTY: 附件3 年度资金总额 left blank over its 当年财政拨款, one finding for the row', () => {
    const f = miniProject({ totalInitial: null, totalBudget: null, totalActual: null });
    const ev = run(f);
    raised(ev, 'PARENT_EMPTY', f, 'totalInitial', { expected: '490.76、490.76、490.76' });
    expect(flagsOf(ev, 'PARENT_EMPTY')).toHaveLength(1);
  });

  it('PARTS_EXCEED: 办公经费 100000 inside 公用经费 99668.84', () => {
    const f = miniBase({ officeFinal: 100000 });
    raised(run(f), 'PARTS_EXCEED', f, 'publicFinal', { actual: '99668.84' });
  });

  it('SOURCE_STRUCTURE_MISMATCH: 来源 100001 against 结构 40000 + 60000', () => {
    const f = miniOverall({ fiscalBudget: 100001 });
    raised(run(f), 'SOURCE_STRUCTURE_MISMATCH', f, 'fiscalBudget', {
      expected: '100000',
      actual: '100001',
    });
    // 其他资金 filled: 60000 + 40000 = 40000 + 60000.
    const split = miniOverall({ fiscalBudget: 60000, otherBudget: 40000 });
    none(run(split), 'SOURCE_STRUCTURE_MISMATCH');
  });
});

describe('weights and scores', () => {
  it('COEFFICIENT_MISMATCH: 得分系数 100% beside 得分 36 of 权重 40 (90.00%)', () => {
    const f = miniFlat({ bScore: 36, total: 96 });
    raised(run(f), 'COEFFICIENT_MISMATCH', f, 'bCoefficient', {
      expected: '90.00%',
      actual: '100%',
    });
    none(run(miniFlat({ bScore: 36, bCoefficient: '90%', total: 96 })), 'COEFFICIENT_MISMATCH');
  });

  it('SCORE_SUGGESTION on a one-row indicator: 72.74% of a 100% target earns 50 × 72.74% = 36.37', () => {
    const f = miniFlat({ aResult: '72.74%' });
    raised(run(f), 'SCORE_SUGGESTION', f, 'aScore', { expected: '36.37', actual: '50' });
  });

  it('WEIGHT_SUM: the seed 附件3 效益指标 says 30 (here) but its child says 40; total 110', () => {
    const f = miniProject({ benefitLabel: '经济效益指标（40）', benefitScore: 30 });
    const ev = run(f);
    // 一级 效益指标（30分） over children 40.
    raised(ev, 'WEIGHT_SUM', f, 'B12', { expected: '40', actual: '30' });
    // 10 + 50 + 40 + 10 = 110.
    raised(ev, 'WEIGHT_SUM', f, 'totalWeight', { expected: '100', actual: '110' });
  });

  it('WEIGHT_SUM: a 权重 column that disagrees with its children (31 vs 30)', () => {
    const f = miniOverall({ inputWeight: 31 });
    raised(run(f), 'WEIGHT_SUM', f, 'inputWeight', { expected: '30', actual: '31' });
  });

  it('WEIGHT_MISSING: a 二级 label without a weight', () => {
    const f = miniOverall({ outputLabel: '数量指标' });
    raised(run(f), 'WEIGHT_MISSING', f, 'outputLabel');
  });

  it('SCORE_MISSING: no 自评得分 on a weighted row', () => {
    const f = miniOverall({ outputScore: null, totalScore: 75 });
    raised(run(f), 'SCORE_MISSING', f, 'outputScore');
  });

  it('SCORE_OVER_WEIGHT: 26 on a 25-point row', () => {
    const f = miniOverall({ outputScore: 26, totalScore: 101 });
    raised(run(f), 'SCORE_OVER_WEIGHT', f, 'outputScore', { actual: '26' });
  });

  it('SCORE_NEGATIVE: -1', () => {
    const f = miniOverall({ outputScore: -1, totalScore: 74 });
    raised(run(f), 'SCORE_NEGATIVE', f, 'outputScore', { actual: '-1' });
  });

  it('SCORE_SUGGESTION: 120 of 150个 gives 25 × 120 / 150 = 20, not 25', () => {
    const f = miniOverall({ outputResult: '全年新引进项目120个', outputReason: '疫情影响' });
    raised(run(f), 'SCORE_SUGGESTION', f, 'outputScore', { expected: '20', actual: '25' });
    const agreed = miniOverall({
      outputResult: '全年新引进项目120个',
      outputReason: '疫情影响',
      outputScore: 20,
      totalScore: 95,
    });
    none(run(agreed), 'SCORE_SUGGESTION');
  });

  it('SCORE_SUGGESTION: 附件3 预算执行率 8 at 100.00% should be 10', () => {
    const f = miniProject({ execScore: 8, totalScore: 98 });
    raised(run(f), 'SCORE_SUGGESTION', f, 'execScore', { expected: '10', actual: '8' });
  });

  it('REASON_MISSING: a row that lost points with no 偏差原因', () => {
    const f = miniOverall({ benefitScore: 40, totalScore: 95 });
    raised(run(f), 'REASON_MISSING', f, 'benefitReason', { expected: '45', actual: '40' });
    const given = miniOverall({ benefitScore: 40, totalScore: 95, benefitReason: '部分未达成' });
    none(run(given), 'REASON_MISSING');
  });

  it('REASON_MISSING: a quantitative row that missed its target', () => {
    const f = miniOverall({ outputResult: '全年新引进项目120个', outputScore: 25 });
    raised(run(f), 'REASON_MISSING', f, 'outputReason');
  });
});

describe('总分 and 等级', () => {
  it('TOTAL_MISMATCH: 总分 90 where the scores add up to 100; rewritten', () => {
    const f = miniOverall({ totalScore: 90 });
    const ev = run(f);
    raised(ev, 'TOTAL_MISMATCH', f, 'totalScore', { expected: '100', actual: '90' });
    expect(writeAt(ev, f.grid.name, f.at.totalScore)?.value).toBe(100);
  });

  it('FORMULA_KEPT: a 总分 formula that disagrees is flagged, not rewritten', () => {
    const f = miniOverall({ totalScore: { value: 90, formula: true } });
    const ev = run(f);
    raised(ev, 'FORMULA_KEPT', f, 'totalScore', { expected: '100', actual: '90' });
    expect(writeAt(ev, f.grid.name, f.at.totalScore)).toBeUndefined();
  });

  it('GRADE_MISMATCH: 良 for 100 points; rewritten to 优', () => {
    const f = miniOverall({ grade: '良' });
    const ev = run(f);
    raised(ev, 'GRADE_MISMATCH', f, 'grade', { expected: '优', actual: '良' });
    expect(writeAt(ev, f.grid.name, f.at.grade)?.value).toBe('优');
    none(run(miniOverall({ grade: '“优”' })), 'GRADE_MISMATCH');
  });
});

describe('forms', () => {
  it('FORM_INCOMPLETE: a bare 附件3 title', () => {
    const grid = { name: '空表', values: [['2021年项目支出绩效自评表']], merges: [] };
    const ev = evaluate([grid]);
    const f: MiniForm<'title'> = { grid, at: { title: 'A1' } };
    raised(ev, 'FORM_INCOMPLETE', f, 'title');
  });
});

it('every flag code of FLAG_SEVERITY was raised above, with the severity DESIGN.md uses', () => {
  expect(FLAG_SEVERITY).toEqual(SEVERITY);
  // The workbook-level codes need all three attachments: their failing and passing cases are
  // in test/variants/crossSheet.test.ts and withinForm.test.ts.
  // The report-body codes are raised on report text: test/report.
  const elsewhere = ['CROSS_SHEET_MISMATCH', 'CROSS_SHEET_SHORTFALL', 'SCORES_ARE_WEIGHTS'];
  const body = (c: string) => c.startsWith('BODY_');
  const missing = Object.keys(FLAG_SEVERITY).filter(
    (c) => !raisedCodes.has(c as FlagCode) && !elsewhere.includes(c) && !body(c),
  );
  expect(missing).toEqual([]);
});
