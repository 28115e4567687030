/**
 * Flags under settings (填入建议得分), and known core bugs outside numbers/ and rules/, kept as
 * regression tests that state the input and the expected behaviour.
 */
import { none, raised, run } from './fixtures/flagAsserts';
import { evaluate } from '../../src/core';
import { miniBase, miniOverall, miniProject, writeAt } from './fixtures/miniForms';

describe('填入建议得分 (fillSuggestedScores)', () => {
  // 10 × 400 / 490.76 = 8.1506… -> 8.15
  const low = { totalActual: 400, fiscalActual: 400, execScore: null, totalScore: 90 };

  it('writes the suggested 预算执行率 score into an EMPTY score cell only when asked', () => {
    const f = miniProject(low);
    expect(writeAt(run(f), f.grid.name, f.at.execScore)).toBeUndefined();
    expect(writeAt(run(f, { fillSuggestedScores: true }), f.grid.name, f.at.execScore)?.value).toBe(
      8.15,
    );
  });

  it('never over a typed score', () => {
    const f = miniProject({ ...low, execScore: 9 });
    const ev = run(f, { fillSuggestedScores: true });
    expect(writeAt(ev, f.grid.name, f.at.execScore)).toBeUndefined();
    // 9 is more than 10 × 400 ÷ 490.76 = 8.15 allows: a contradiction, not a suggestion.
    raised(ev, 'RATE_MISMATCH', f, 'execScore', { expected: '≤ 8.15', actual: '9' });
    none(ev, 'SCORE_SUGGESTION');
  });

  // Regression (was a bug in src/core/checks/project.ts): with fillSuggestedScores, a score cell holding text that
  // is not a number ('abc') counts as empty: NOT_A_NUMBER is raised AND the suggested score is
  // written over the accountant's text. Input: 附件3 得分 H5 = 'abc', 执行率 100%. Expected: no
  // write to H5. Actual: a write { address: 'H5', value: 10 }.
  it('never over a score cell that holds text', () => {
    const f = miniProject({ execScore: 'abc' });
    const ev = run(f, { fillSuggestedScores: true });
    raised(ev, 'NOT_A_NUMBER', f, 'execScore');
    expect(writeAt(ev, f.grid.name, f.at.execScore)).toBeUndefined();
  });

  // Regression (was a bug in src/core/checks/project.ts): the filled score is left out of 总分. Input: 附件3 with
  // 全年执行数 400 of 490.76, 得分 H5 empty, 总分 90, fillSuggestedScores. Expected: H5 = 8.15 and
  // 总分 H14 = 90 + 8.15 = 98.15, no TOTAL_MISMATCH. Actual: H5 = 8.15 but H14 stays 90 and the
  // next evaluation (with 8.15 in H5) rewrites it to 98.15 and raises TOTAL_MISMATCH.
  it('counts a filled score in 总分', () => {
    const f = miniProject(low);
    const ev = run(f, { fillSuggestedScores: true });
    expect(writeAt(ev, f.grid.name, f.at.totalScore)?.value ?? 90).toBe(98.15);
    none(ev, 'TOTAL_MISMATCH');
  });
});

describe('regressions: core bugs found by these tests, now fixed', () => {
  // Regression (was a bug in src/core/checks/context.ts): a negative score is flagged twice on one cell, as
  // SCORE_NEGATIVE (error) and as NEGATIVE_AMOUNT "得分为负数" (warning). Input: 附件2 数量指标
  // 自评得分 G11 = -1. Expected: SCORE_NEGATIVE only. Actual: both.
  it('a negative score is one flag, SCORE_NEGATIVE', () => {
    const f = miniOverall({ outputScore: -1, totalScore: 74 });
    const ev = run(f);
    expect(ev.flags.filter((x) => x.address === f.at.outputScore).map((x) => x.code)).not.toContain(
      'NEGATIVE_AMOUNT',
    );
  });

  // Regression (was a bug in src/core/checks/rateCell.ts): a printed rate with no computable rate (budget 0) is
  // flagged RATE_MISMATCH with expected: '' (an empty string) instead of no `expected`.
  // Input: 附件2 财政拨款 全年预算数 0, 执行率 '155%'. Expected: expected undefined. Actual: ''.
  it('RATE_MISMATCH against no rate carries no empty expected', () => {
    const f = miniOverall({ fiscalBudget: 0, fiscalRate: '155%' });
    const flag = raised(run(f), 'RATE_MISMATCH', f, 'fiscalRate', { actual: '155%' });
    expect(flag.expected).toBeUndefined();
  });

  // Regression (was a bug in src/core/recognize/base.ts readStaff): when the 编制数 / 在职人数 row is still empty (a
  // fresh 附件1), the staff "value row" is taken from the next rows, here the 经费控制情况 header
  // row. Input: 附件1 with B4 and C4 empty. Expected: no flag on the header cells and no write
  // outside D4. Actual: NOT_A_NUMBER on B5 '2020年决算数' and C5 '2021年预算数', RATE_MISMATCH on
  // D5 '2021年决算数', and a write { address: 'D5', value: null } that erases that header.
  it('an empty staff row leaves the 经费控制情况 header alone', () => {
    const f = miniBase({ establishment: null, staffActual: null });
    const ev = evaluate([f.grid]);
    expect(ev.flags).toEqual([]);
    expect(ev.writes.filter((w) => w.address !== f.at.controlRate)).toEqual([]);
  });
});
