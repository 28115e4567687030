/**
 * The pane's results as text, without a UI (both panes draw these): the seed's flags grouped into
 * at most 12 top-level lines with none lost, a form not filled in as one line, the counts line,
 * what an action wrote (old → new as the sheet shows it) and the deviations of the cards.
 */
import { evaluate } from '../../src/core';
import type { Evaluation } from '../../src/core';
import { demoPlans } from '../../src/cli/demoWorkbook';
import { planToGrid } from '../../src/layout/toGrid';
import { countsLine } from '../../src/app/pane/countsLine';
import { signedRateText } from '../../src/app/pane/format';
import { flagsOf, problemLines } from '../../src/app/pane/problemLines';
import { indicatorRows, lineDetail } from '../../src/app/pane/summaryText';
import { writtenCells } from '../../src/app/pane/writtenCells';
import { gridsAfterWrites, seedEvaluation, seedGrids, seedWithBlankProject } from './fakeActions';

const OVERALL = '附件2 整体支出自评表';
const PROJECT = '附件3 项目1';

describe('problemLines on the seed', () => {
  const ev = seedEvaluation();
  const lines = problemLines(ev);

  it('fits the counts line and the problems in 12 top-level lines', () => {
    expect(lines.length + 1).toBeLessThanOrEqual(12);
  });

  it('loses no finding and repeats none', () => {
    const shown = lines.flatMap(flagsOf);
    expect(shown).toHaveLength(ev.flags.length);
    expect(new Set(shown)).toEqual(new Set(ev.flags));
  });

  it('groups one rule per form, a sentence each, errors first', () => {
    const titles = lines.map((l) => (l.kind === 'flag' ? l.flag.message : l.title));
    expect(titles).toContain(`${PROJECT}：6 行扣分但未填写偏差原因`);
    expect(titles).toContain(`${OVERALL}：5 行扣分但未填写偏差原因`);
    expect(titles).toContain(`${OVERALL}：3 项超出预算`);
    expect(titles).toContain(`${PROJECT}：2 处权重合计不符`);
    const rank = { error: 0, warning: 1, info: 2 };
    const ranks = lines.map((l) => rank[l.severity]);
    expect([...ranks].sort()).toEqual(ranks);
    // A group of one is the flag itself (附件3 总分 90 against the scores' 100).
    const total = lines.find((l) => l.kind === 'flag' && l.flag.code === 'TOTAL_MISMATCH');
    expect(total?.kind === 'flag' && total.flag.address).toBe('H32');
  });

  it('folds the 提示 of every form into one line naming its rules', () => {
    const info = lines.filter((l) => l.severity === 'info');
    expect(info).toHaveLength(1);
    const [bundle] = info;
    expect(bundle.kind).toBe('group');
    expect(flagsOf(bundle)).toHaveLength(ev.summary.counts.info);
    if (bundle.kind === 'group') {
      expect(bundle.title).toMatch(new RegExp(`^另有 ${ev.summary.counts.info} 条提示：`));
      expect(bundle.title).toContain('建议得分');
    }
  });

  it('counts and names the forms in one line', () => {
    const line = countsLine(ev.summary);
    const { error, warning, info } = ev.summary.counts;
    expect(line.text).toBe(`错误 ${error} · 警告 ${warning} · 提示 ${info}`);
    expect(line.found).toBe('已找到 附件1、附件2、附件3');
    expect(line.missing).toBeNull();
  });
});

describe('a form not filled in yet', () => {
  it('is one line, 尚未填写, holding whatever was flagged on it', () => {
    const ev = seedWithBlankProject();
    const form = ev.summary.forms.find((f) => f.sheet === '附件3 项目2');
    expect(form?.blank).toBe(true);
    const lines = problemLines(ev);
    const blankLines = lines.filter((l) => l.kind === 'blank');
    expect(blankLines).toHaveLength(1);
    expect(blankLines[0].kind === 'blank' && blankLines[0].title).toBe('附件3 项目2：尚未填写');
    // No other line speaks of that sheet, and nothing is lost.
    const others = lines.filter((l) => l.kind !== 'blank').flatMap(flagsOf);
    expect(others.filter((f) => f.sheet === '附件3 项目2')).toEqual([]);
    expect(lines.flatMap(flagsOf)).toHaveLength(ev.flags.length);
    expect(countsLine(ev.summary).found).toBe('已找到 附件1、附件2、附件3 ×2');
  });
});

describe('writtenCells', () => {
  it('says each rewritten cell old → new, as the sheet shows it', () => {
    const grids = seedGrids();
    const before = evaluate(grids);
    const after: Evaluation = evaluate(gridsAfterWrites(seedGrids(), before));
    const g6 = before.writes.find((w) => w.sheet === OVERALL && w.address === 'G6');
    const g8 = before.writes.find((w) => w.sheet === OVERALL && w.address === 'G8');
    // DESIGN.md: 基本支出 116.67%; 附件3's 总分 is not rewritten (its weights add up to 110).
    expect(g6?.value).toBe(1.545);
    expect(g8?.value).toBe(1.1667);
    expect(before.writes.find((w) => w.sheet === PROJECT && w.address === 'H32')).toBeUndefined();
    const cells = writtenCells(
      [
        { sheet: OVERALL, address: 'G6', before: 1.55, after: 1.545 },
        { sheet: OVERALL, address: 'G8', before: 1.167, after: 1.1667 },
        { sheet: PROJECT, address: 'H7', before: 1.87, after: 1 },
      ],
      after,
    );
    expect(cells.map((c) => c.text)).toEqual([
      `${OVERALL}!G6 财政拨款 · 执行率：155% → 154.50%`,
      `${OVERALL}!G8 基本支出 · 执行率：116.7% → 116.67%`,
      `${PROJECT}!H7 年度资金总额 · 执行率：187% → 100.00%`,
    ]);
    expect(writtenCells(undefined, after)).toEqual([]);
    expect(writtenCells([], after)).toEqual([]);
  });
});

describe('deviations', () => {
  const ev = evaluate(demoPlans().map((p) => planToGrid(p)));
  const project = ev.summary.forms.find((f) => f.sheet === PROJECT);
  const levels = (project?.levels ?? []).flatMap((l) => [l, ...(l.children ?? [])]);
  const rows = levels.flatMap((l) => indicatorRows(l));

  it('shows 成本指标 262.08万元 → 490.76万元 at +87.26% and 数量指标 150 → 207 at +38.00%', () => {
    const cost = rows.find((r) => r.figures.includes('262.08万元'));
    expect(cost?.figures).toBe('指标值 262.08万元 → 完成值 490.76万元');
    expect(cost?.verdict).toMatch(/^反向指标 · 偏差 \+87\.26% · 建议得分 1\.27（自评 8）$/);
    const count = rows.find((r) => r.figures.includes('150个以上'));
    expect(count?.verdict).toMatch(/^正向指标 · 偏差 \+38\.00% · 建议得分 15（自评 15）$/);
    // Only the quantitative ones: the texts of 质量指标 have no deviation to show.
    expect(rows.every((r) => r.indicator.deviation !== null)).toBe(true);
  });

  it('gives a funds line its 执行率 deviation from 100%', () => {
    const overall = ev.summary.forms.find((f) => f.sheet === OVERALL);
    const grant = overall?.lines.find((l) => l.label === '财政拨款');
    expect(grant && lineDetail(grant, 'yuan')).toContain('执行率偏差 +54.50%');
    const total = project?.lines.find((l) => l.label === '年度资金总额');
    expect(total && lineDetail(total, 'wan')).toContain('执行率偏差 0.00%');
    expect(signedRateText('-0.3771')).toBe('-37.71%');
  });
});
