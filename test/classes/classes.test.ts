/**
 * Issue 10's classes of real tables, each as its source's template lays it out (fixtures built by
 * scripts/fixtures/classes): the figures read, and the flags a correct checker raises. Every
 * figure below is worked out by hand in the fixture's comment, never copied from the output.
 */
import type { FundLine, OverallForm } from '../../src/core';
import { evaluateFixture, flagsOf, lineFigures, onlyForm, problems } from './helpers';

describe('class 1: a label and its figure in one cell (newer Hunan 部门整体 table)', () => {
  it('reads each part with its own figure, and the clean table adds up', async () => {
    const ev = await evaluateFixture('c1-label-figure-clean.xlsx');
    const form = onlyForm(ev);
    expect(form).toMatchObject({
      kind: 'overall',
      unit: 'wan',
      weightSum: '100',
      scoreSum: '99.87',
    });
    expect(form).toMatchObject({ reportedTotal: '99.87', grade: '优' });
    expect(lineFigures(form)['年度资金总额']).toEqual(['1925.67', '1900.11', '0.9867']);
    const funds = (ev.forms[0] as OverallForm).funds;
    const stated = (key: FundLine['key']) => funds.find((l) => l.key === key)?.stated?.value;
    expect([stated('sourceTotal'), stated('fiscal'), stated('govFund')]).toEqual([
      '1925.67',
      '1325.68',
      '0',
    ]);
    expect([stated('specialAccount'), stated('other')]).toEqual(['14.37', '585.62']);
    expect([stated('structureTotal'), stated('basic'), stated('project')]).toEqual([
      '1925.67',
      '900.47',
      '1025.20',
    ]);
    expect(problems(ev)).toEqual([]);
  });

  it('flags a group total its parts contradict, once, and no part as not a number', async () => {
    const ev = await evaluateFixture('c1-label-figure-faulty.xlsx');
    expect(problems(ev)).toEqual(['RATE_MISMATCH@I6', 'SUM_MISMATCH@B7', 'TOTAL_MISMATCH@H21']);
    const sum = ev.flags.find((f) => f.code === 'SUM_MISMATCH');
    expect(sum).toMatchObject({ expected: '1925.67', actual: '1935.67' });
  });
});

describe('class 2: units and remarks in labels and headers (Hunan 基础数据表 in 万元)', () => {
  it('reads the 万元 block, the spaced year headers and 部门基本支出预算调整; clean', async () => {
    const ev = await evaluateFixture('c2-units-in-labels-clean.xlsx');
    const form = onlyForm(ev);
    expect(form).toMatchObject({ kind: 'base', unit: 'wan', year: 2023, controlRate: '0.9556' });
    expect(form.missing).toEqual([]);
    const lines = lineFigures(form);
    expect(lines['三公经费']).toEqual(['13', '11.8', '0.9077']);
    expect(lines['项目支出']).toEqual(['900', '886.15', '0.9846']);
    expect(lines['部门整体支出预算调整']).toEqual(['1000', '1020', '1.02']);
    // The blank `3、` slot and the 楼堂馆所 block are not lines.
    expect(form.lines.map((l) => l.label)).not.toContain('');
    expect(form.lines).toHaveLength(15);
    expect(problems(ev)).toEqual([]);
  });

  it('flags the mis-added 三公经费, the lines over budget and the rounded 控制率', async () => {
    const ev = await evaluateFixture('c2-units-in-labels-faulty.xlsx');
    expect(problems(ev)).toEqual([
      'OVER_BUDGET@F13',
      'OVER_BUDGET@F15',
      'RATE_MISMATCH@F5',
      'SUM_MISMATCH@F7',
    ]);
    // 266 ÷ 250 = 106.40%; 906.15 ÷ 900 = 100.6833…%.
    const over = ev.flags.filter((f) => f.code === 'OVER_BUDGET').map((f) => f.actual);
    expect(over.sort()).toEqual(['100.68%', '106.40%']);
  });
});

describe('class 3: the 部门整体 table laid out like a project table', () => {
  it('Anhui: 预算资金 block, 执行率 and its score, 总分 and 等级; clean', async () => {
    const ev = await evaluateFixture('c3-overall-anhui-clean.xlsx');
    const form = onlyForm(ev);
    expect(form).toMatchObject({ kind: 'overall', unit: 'wan', unitName: '某县水利局' });
    expect(form).toMatchObject({ weightSum: '100', scoreSum: '99.92', grade: '优' });
    expect(lineFigures(form)['年度资金总额']).toEqual(['520', '515.8', '0.9919']);
    expect(form.levels?.[0]).toMatchObject({ weight: '10', score: '9.92' });
    expect(problems(ev)).toEqual([]);
  });

  it('Anhui: 536.30 of 520.00 is over budget, at 103.13%', async () => {
    const ev = await evaluateFixture('c3-overall-anhui-faulty.xlsx');
    expect(problems(ev)).toEqual(['OVER_BUDGET@H5']);
    expect(ev.flags.find((f) => f.code === 'OVER_BUDGET')?.actual).toBe('103.13%');
  });

  it('newer Hunan: parts by column under 按收入性质分 / 按支出性质分; clean', async () => {
    const ev = await evaluateFixture('c3-overall-hunan-clean.xlsx');
    const form = onlyForm(ev);
    const lines = lineFigures(form);
    expect(lines['一般公共预算']).toEqual(['1040', '1025.5', '0.9861']);
    expect(lines['基本支出']).toEqual(['720', '715.5', '0.9938']);
    expect(form).toMatchObject({ scoreSum: '99.84', reportedTotal: '99.84', grade: '优' });
    expect(problems(ev)).toEqual([]);
  });

  it('newer Hunan: structure 1240.50 against 年度资金总额 1230.50; 得分 10 over 9.84', async () => {
    const ev = await evaluateFixture('c3-overall-hunan-faulty.xlsx');
    expect(problems(ev)).toEqual(['RATE_MISMATCH@H4', 'SUM_MISMATCH@E4']);
    expect(ev.flags.find((f) => f.code === 'SUM_MISMATCH')).toMatchObject({
      expected: '1240.5',
      actual: '1230.5',
    });
  });
});

describe('class 4: the 评价指标（评分）表', () => {
  it('with a 分值 column and no title: read as a fourth kind, levels add up; clean', async () => {
    const ev = await evaluateFixture('c4-scoring-column-clean.xlsx');
    const form = onlyForm(ev);
    expect(form).toMatchObject({ kind: 'indicator', weightSum: '100', scoreSum: '100' });
    expect(form.levels?.map((l) => [l.label, l.declaredWeight, l.weight])).toEqual([
      ['投入(20分)', '20', '20'],
      ['过程(30分)', '30', '30'],
      ['产出(30分)', '30', '30'],
      ['效果(20分)', '20', '20'],
    ]);
    expect(problems(ev)).toEqual([]);
  });

  it('with a 分值 column: weight sum, score over weight, missing 扣分原因, total', async () => {
    const ev = await evaluateFixture('c4-scoring-column-faulty.xlsx');
    expect(problems(ev)).toEqual([
      'REASON_MISSING@G11',
      'SCORE_OVER_WEIGHT@F13',
      'TOTAL_MISMATCH@F14',
      'WEIGHT_SUM@B6',
    ]);
  });

  it('weights in the labels only (`绩效目标合理性（5分）`); clean', async () => {
    const ev = await evaluateFixture('c4-scoring-labels-clean.xlsx');
    expect(onlyForm(ev)).toMatchObject({ kind: 'indicator', weightSum: '100', scoreSum: '99' });
    expect(problems(ev)).toEqual([]);
  });

  it('weights in the labels only: 22 under 20, 10 of 12 without reason, 总分 99 for 100', async () => {
    const ev = await evaluateFixture('c4-scoring-labels-faulty.xlsx');
    expect(problems(ev)).toEqual(['REASON_MISSING@F9', 'TOTAL_MISMATCH@E13', 'WEIGHT_SUM@B9']);
  });
});

describe('class 5: one row per indicator', () => {
  it('Chongqing: 调整指标值, 得分系数, 自评总分 in the header; clean', async () => {
    const ev = await evaluateFixture('c5-row-per-indicator-clean.xlsx');
    const form = onlyForm(ev);
    expect(form).toMatchObject({ kind: 'overall', unitName: '某区融媒体中心' });
    expect(form).toMatchObject({ weightSum: '100', scoreSum: '99.3', reportedTotal: '99.3' });
    expect(lineFigures(form)['年度资金总额']).toEqual(['1600', '1560', '0.975']);
    expect(problems(ev)).toEqual([]);
  });

  it('Chongqing: a 系数 the target and result contradict; one its score contradicts', async () => {
    const ev = await evaluateFixture('c5-row-per-indicator-faulty.xlsx');
    expect(problems(ev)).toEqual(['COEFFICIENT_MISMATCH@H14']);
    // 72.74% of ≥95%: 10 × 72.74 ÷ 95 = 7.656… → 7.66.
    expect(ev.flags.find((f) => f.code === 'SCORE_SUGGESTION')).toMatchObject({
      address: 'J11',
      expected: '7.66',
      actual: '10',
    });
  });

  it('Ningxia: 参考分值, weights in the level labels, 预算执行率 row; clean', async () => {
    const ev = await evaluateFixture('c5-reference-weights-clean.xlsx');
    const form = onlyForm(ev);
    expect(form).toMatchObject({ kind: 'project', weightSum: '100', scoreSum: '99.24' });
    expect(form).toMatchObject({ reportedTotal: '99.24', grade: '优' });
    expect(problems(ev)).toEqual([]);
  });

  it('Ningxia: 预算执行率 10 over 10 × 98%, a lost point without reason, the header total', async () => {
    const ev = await evaluateFixture('c5-reference-weights-faulty.xlsx');
    expect(problems(ev)).toEqual(['RATE_MISMATCH@G12', 'REASON_MISSING@H19', 'TOTAL_MISMATCH@F4']);
    expect(ev.flags.find((f) => f.code === 'TOTAL_MISMATCH')).toMatchObject({
      expected: '98',
      actual: '96',
    });
  });
});

describe('class 6: project tables of other provinces', () => {
  it('Sichuan: 总额 / 财政资金 / 权重, `/`, the template note in 原因; clean', async () => {
    const ev = await evaluateFixture('c6-sichuan-project-clean.xlsx');
    const form = onlyForm(ev);
    expect(form).toMatchObject({ kind: 'project', unit: 'wan', weightSum: '100', grade: '优' });
    expect(lineFigures(form)['总额']).toEqual(['150', '147.6', '0.984']);
    expect(problems(ev)).toEqual([]);
    // The 120 → 150 addition is reported, as information.
    expect(flagsOf(ev, 'info')).toEqual(['BUDGET_ADDITION@D10']);
  });

  it('Sichuan: 162 of 150 is over budget; 300 of ≥350 with full marks and no reason', async () => {
    const ev = await evaluateFixture('c6-sichuan-project-faulty.xlsx');
    expect(problems(ev)).toEqual(['OVER_BUDGET@F10', 'REASON_MISSING@K16']);
    // 20 × 300 ÷ 350 = 17.142… → 17.14.
    expect(ev.flags.find((f) => f.code === 'SCORE_SUGGESTION')?.expected).toBe('17.14');
  });

  it('Anhui: 本年财政拨款, template slots and a `/` 二级 are no finding; clean', async () => {
    const ev = await evaluateFixture('c6-anhui-project-clean.xlsx');
    const form = onlyForm(ev);
    expect(form).toMatchObject({ weightSum: '100', scoreSum: '99.5', reportedTotal: '99.5' });
    expect(lineFigures(form)['本年财政拨款']).toEqual(['100', '95', '0.95']);
    expect(ev.flags).toEqual([]);
  });

  it('Anhui: parts short of 年度资金总额; a rate typed as 95', async () => {
    const ev = await evaluateFixture('c6-anhui-project-faulty.xlsx');
    expect(problems(ev)).toEqual(['RATE_MISMATCH@H6', 'SUM_MISMATCH@F6']);
  });
});
