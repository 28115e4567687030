/**
 * Deviations (issue 12): every quantitative 三级 indicator carries its target, result, direction
 * and signed deviation (result − target) ÷ target, at the rate precision; funds lines their
 * 执行率 − 100%. The seed's figures, worked out by hand.
 */
import { evaluate } from '../../src/core';
import type { IndicatorSummary } from '../../src/core';
import { demoPlans } from '../../src/cli/demoWorkbook';
import { planToGrid } from '../../src/layout/toGrid';

const ev = evaluate(demoPlans().map((p) => planToGrid(p)));
const project = ev.summary.forms.find((f) => f.kind === 'project');
const indicators = (project?.levels ?? []).flatMap((l1) =>
  (l1.children ?? []).flatMap((l2) => l2.indicators ?? []),
);
const find = (pattern: RegExp): IndicatorSummary | undefined =>
  indicators.find((i) => pattern.test(i.target ?? ''));

it('成本指标: 490.76万元 against 262.08万元 overruns a reverse target by 87.26%', () => {
  // (490.76 − 262.08) ÷ 262.08 = 0.872558…
  expect(find(/262\.08万元/)).toMatchObject({
    result: '490.76万元',
    direction: 'reverse',
    deviation: '0.8726',
  });
});

it('数量指标: 207 against 150个以上 is 38.00% above a positive target', () => {
  // (207 − 150) ÷ 150 = 0.38
  expect(find(/150个以上/)).toMatchObject({ direction: 'positive', deviation: '0.38' });
});

it('qualitative rows carry their texts and no deviation', () => {
  const qualitative = indicators.filter((i) => i.direction === null && i.target !== null);
  expect(qualitative.length).toBeGreaterThan(0);
  for (const i of qualitative) expect(i.deviation).toBeNull();
});

it('a funds line deviates from 100% by its 执行率: 附件2 项目支出 187.26% is +87.26%', () => {
  const overall = ev.summary.forms.find((f) => f.kind === 'overall');
  const line = overall?.lines.find((l) => l.label === '项目支出');
  // 4,907,638.34 ÷ 2,620,800.00 = 1.87257…: stored 1.8726, deviation 0.8726.
  expect(line).toMatchObject({ rate: '1.8726', deviation: '0.8726' });
});
