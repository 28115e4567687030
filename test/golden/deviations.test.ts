/**
 * Deviations (issue 12): every quantitative 三级 indicator carries its target, result, direction
 * and signed deviation (result − target) ÷ target, at the rate precision; funds lines their
 * 执行率 − 100%. The seed's figures, worked out by hand.
 */
import { evaluate } from '../../src/core';
import type { IndicatorSummary } from '../../src/core';
import { demoPlans } from '../../src/cli/demoWorkbook';
import { planToGrid } from '../../src/layout/toGrid';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { miniProject } from '../core/fixtures/miniForms';

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

describe('偏差原因 past the shortfall tolerance (setting reasonShortfall)', () => {
  // 150个以上 planned, full 50 points kept: only the shortfall can ask for a reason.
  const shortOf = (done: number, reasonShortfall: string) => {
    const form = miniProject({ outputResult: `全年新引进项目${done}个` });
    const result = evaluate([form.grid], { ...DEFAULT_SETTINGS, reasonShortfall });
    return result.flags.filter((f) => f.code === 'REASON_MISSING');
  };

  it('any shortfall by default: 144 of 150 (−4%) asks for a reason', () => {
    expect(shortOf(144, '0')).toHaveLength(1);
  });

  it('within a 5% tolerance 144 of 150 (−4%) needs none; 140 (−6.67%) does', () => {
    expect(shortOf(144, '0.05')).toHaveLength(0);
    expect(shortOf(140, '0.05')).toHaveLength(1);
    // Exactly at the tolerance is within it: 142.5 is −5%.
    expect(shortOf(142.5, '0.05')).toHaveLength(0);
  });

  it('the deviation reads the same through JSON as on the object', () => {
    const form = miniProject({ outputResult: '全年新引进项目144个' });
    const result = evaluate([form.grid]);
    const json = JSON.parse(JSON.stringify(result.summary)) as typeof result.summary;
    const rows = (s: typeof result.summary) =>
      (s.forms[0].levels ?? []).flatMap((l1) =>
        (l1.children ?? []).flatMap((l2) => l2.indicators ?? []),
      );
    // (144 − 150) ÷ 150 = −0.04
    expect(rows(json).find((i) => i.result?.includes('144'))?.deviation).toBe('-0.04');
    expect(rows(result.summary).find((i) => i.result?.includes('144'))?.deviation).toBe('-0.04');
  });
});

it('levels carry their band, built with the level tree when it is read', () => {
  // The seed's 附件2: 预算执行管理 scored 2 of its 4 (50%, under 60%: 未达成); 质量指标 7 of 8
  // (87.5%, 80% and over: 达成).
  const overall = ev.summary.forms.find((f) => f.kind === 'overall');
  const level2 = (overall?.levels ?? []).flatMap((l1) => l1.children ?? []);
  const byName = (name: string) => level2.find((l) => l.label.startsWith(name));
  expect(byName('预算执行管理')).toMatchObject({ weight: '4', score: '2', band: 'missed' });
  expect(byName('质量指标')).toMatchObject({ weight: '8', score: '7', band: 'achieved' });
});
