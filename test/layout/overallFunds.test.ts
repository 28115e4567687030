/**
 * 附件2 in the newer Hunan layout (插入自评表's second template): laid out, it reads back as a
 * 附件2 whose funds block has every line, and filled with the class-3 figures
 * (scripts/fixtures/classes/class3OverallFunds.ts) it checks clean, and catches a mis-added part.
 */
import { evaluate } from '../../src/core';
import type { OverallForm } from '../../src/core';
import { fillFields, plan } from '../../src/layout';
import { fundKey, level3Key, TOTAL_SCORE_KEY, GRADE_KEY } from '../../src/layout/fieldKeys';
import { planToGrid } from '../../src/layout/toGrid';

const FIGURES: [string, number, number, number][] = [
  ['total', 1200, 1250, 1230.5],
  ['fiscal', 1000, 1040, 1025.5],
  ['govFund', 100, 110, 105],
  ['specialAccount', 0, 0, 0],
  ['other', 100, 100, 100],
  ['basic', 700, 720, 715.5],
  ['project', 500, 530, 515],
];

function filled(overrides: Record<string, number> = {}) {
  const p = plan('overall', { unit: '某某市文化旅游广电局', year: 2023, overallLayout: 'funds' });
  const values: Record<string, number | string> = {};
  for (const [key, initial, budget, actual] of FIGURES) {
    values[fundKey(key as never, 'initial')] = initial;
    values[fundKey(key as never, 'budget')] = budget;
    values[fundKey(key as never, 'actual')] = actual;
  }
  // 1230.5 ÷ 1250 = 98.44%: 10 × 98.44% = 9.84.
  values[fundKey('total', 'score')] = 9.84;
  // Every indicator at full marks: 产出 50 (4 × 12.5), 效益 30 (4 × 7.5), 满意度 10.
  const weights = [[12.5, 12.5, 12.5, 12.5], [7.5, 7.5, 7.5, 7.5], [10]];
  weights.forEach((children, i) =>
    children.forEach((w, j) => {
      values[level3Key(i, j, 0, 'level3')] = '指标1';
      values[level3Key(i, j, 0, 'weight')] = w;
      values[level3Key(i, j, 0, 'score')] = w;
    }),
  );
  values[TOTAL_SCORE_KEY] = 99.84;
  values[GRADE_KEY] = '优';
  return planToGrid(fillFields(p, { ...values, ...overrides }));
}

it('lays out a 附件2 that reads back with every funds line and nothing missing', () => {
  const ev = evaluate([planToGrid(plan('overall', { overallLayout: 'funds' }))]);
  const form = ev.forms[0] as OverallForm;
  expect(form.kind).toBe('overall');
  expect(form.unit).toBe('wan');
  expect(form.funds.map((l) => l.key)).toEqual([
    'total',
    'sourceTotal',
    'fiscal',
    'govFund',
    'specialAccount',
    'other',
    'structureTotal',
    'basic',
    'project',
  ]);
  expect(form.missing).toEqual(['部门（单位）名称']);
});

it('filled with consistent figures, it checks clean: 98.44%, 9.84, 99.84, 优', () => {
  const ev = evaluate([filled()]);
  expect(ev.flags.filter((f) => f.severity !== 'info')).toEqual([]);
  expect(ev.summary.forms[0]).toMatchObject({ scoreSum: '99.84', reportedTotal: '99.84' });
  expect(ev.summary.forms[0].lines[0]).toMatchObject({ budget: '1250', rate: '0.9844' });
});

it('a part that breaks 年度资金总额 = Σ 按支出性质分 is flagged at the total', () => {
  const ev = evaluate([filled({ [fundKey('basic', 'actual')]: 725.5 })]);
  const sum = ev.flags.find((f) => f.code === 'SUM_MISMATCH');
  expect(sum).toMatchObject({ expected: '1240.5', actual: '1230.5' });
});
