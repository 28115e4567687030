/** A form with a score that is not a number keeps its 总分 and 等级 (issue 13: 90 → 87, 优 → 良). */
import { evaluate } from '../../src/core';
import type { OverallForm } from '../../src/core/model';
import { demoGrids } from './helpers';

describe('an unreadable score', () => {
  it('leaves 总分 and 等级 unwritten and unjudged, with the NOT_A_NUMBER at the score', async () => {
    const grids = await demoGrids();
    const clean = evaluate(grids);
    const overall = clean.forms.find((f): f is OverallForm => f.kind === 'overall');
    if (!overall?.total?.score || !overall.grade) throw new Error('demo 附件2 has no 总分/等级');
    const totalAt = overall.total.score.address;
    const gradeAt = overall.grade.address;
    // The demo's 附件2 is consistent (28 + 22 + 40 = 90) and prints no grade: 优 is written.
    expect(clean.writes.some((w) => w.address === gradeAt && w.value === '优')).toBe(true);

    // 经济效益 scored 9 in the seed: typed as text now.
    const score = overall.indicators[2].children[0].rows[0].score;
    if (!score) throw new Error('no 经济效益 score cell');
    const sheet = grids.find((g) => g.name === overall.sheet);
    if (!sheet) throw new Error('no 附件2 sheet');
    expect(sheet.values[score.row][score.col]).toBe(9);
    sheet.values[score.row][score.col] = '九分';

    const result = evaluate(grids);
    const onSheet = result.flags.filter((f) => f.sheet === overall.sheet);
    expect(onSheet.filter((f) => f.code === 'NOT_A_NUMBER').map((f) => f.address)).toEqual([
      score.address,
    ]);
    expect(onSheet.some((f) => f.code === 'TOTAL_MISMATCH' || f.code === 'GRADE_MISMATCH')).toBe(
      false,
    );
    const written = result.writes.filter((w) => w.sheet === overall.sheet).map((w) => w.address);
    expect(written).not.toContain(totalAt);
    expect(written).not.toContain(gradeAt);
    const summary = result.summary.forms.find((f) => f.kind === 'overall');
    expect(summary?.grade ?? null).toBeNull();
  });
});
