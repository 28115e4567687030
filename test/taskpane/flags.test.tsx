/**
 * @jest-environment jsdom
 */
/**
 * 问题清单, results first (issue 12): the line of counts and forms at the top, the seed's flags
 * grouped one group per rule per form with a sentence each, errors first, at most 12 top-level
 * lines, and every flag still a link to its cell once its group is opened.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { BLANK_PROJECT, fakeActions, seedEvaluation, seedWithBlankProject } from './fakeActions';
import { flagLinks, problemItems, problems, unfold, unfoldAll } from './paneQueries';
import { renderPane } from './renderPane';
import { problemLines } from '../../src/app/pane/problemLines';

const OVERALL = '附件2 整体支出自评表';
const PROJECT = '附件3 项目1';

describe('问题清单', () => {
  it('opens with one line of counts and the forms found, then the problems grouped', async () => {
    const ev = seedEvaluation();
    const actions = fakeActions(ev);
    renderPane(actions);
    const list = await problems();

    const section = screen.getByRole('region', { name: '问题清单' });
    const { error, warning, info } = ev.summary.counts;
    expect(within(section).getByText(`错误 ${error}`)).toBeTruthy();
    expect(section.textContent).toContain(`错误 ${error} · 警告 ${warning} · 提示 ${info}`);
    expect(within(section).getByText('已找到 附件1、附件2、附件3')).toBeTruthy();

    // The seed's repeated findings, one line each (DESIGN.md's seed: the three 执行率 of 附件2
    // over budget — 154.50%, 116.67%, 187.26% — and six 附件3 indicators scored below their
    // weight with no 偏差原因: 质量 19/20, 经济 9/10, 社会 9/10, 生态 9/10, 可持续 9/10, 满意度 9/10).
    unfold(`${PROJECT}：6 行扣分但未填写偏差原因`);
    unfold(`${OVERALL}：3 项超出预算`);
    unfold(`${OVERALL}：5 行扣分但未填写偏差原因`);
    unfold(`${PROJECT}：2 处权重合计不符`);

    // At most 12 top-level lines with the counts line; errors before warnings before 提示.
    const items = problemItems(list);
    expect(items.length + 1).toBeLessThanOrEqual(12);
    const tags = items.map((li) => /^(错误|警告|提示)/.exec(li.textContent ?? '')?.[1]);
    expect(tags.every((t) => t !== undefined)).toBe(true);
    const rank = { 错误: 0, 警告: 1, 提示: 2 } as Record<string, number>;
    const ranks = tags.map((t) => rank[t ?? '']);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(ranks.filter((r) => r === 0).length).toBeGreaterThan(0);

    // First opening: check only, nothing rewritten.
    expect(actions.check).toHaveBeenCalledTimes(1);
    expect(actions.recalculate).not.toHaveBeenCalled();
    expect(screen.getByText(/打开时只做检查/)).toBeTruthy();
  });

  it('loses no finding: every flag is a link in exactly one line', async () => {
    const ev = seedEvaluation();
    renderPane(fakeActions(ev));
    const list = await problems();
    unfoldAll(list);
    const links = flagLinks(list);
    expect(links).toHaveLength(ev.flags.length);
    for (const f of ev.flags) {
      const matching = links.filter(
        (l) =>
          l.textContent?.includes(`${f.sheet}!${f.address}`) && l.textContent.includes(f.message),
      );
      expect(matching.length).toBeGreaterThan(0);
    }
    // The exact rate and what it rounds to, as the core words it.
    expect(
      within(list).getByText(
        '财政拨款执行率填写为 155%，按本行数据计算为 154.4996…%，保留到设置的小数位为 154.50%',
      ),
    ).toBeTruthy();
  });

  it('a link selects its cell, inside a group and on a line of its own', async () => {
    const actions = fakeActions();
    renderPane(actions);
    const list = await problems();
    // 附件3 总分 is a finding of its own: its line is the link.
    fireEvent.click(within(list).getByRole('button', { name: /附件3 项目1!H32/ }));
    expect(actions.selectCell).toHaveBeenCalledWith(PROJECT, 'H32');

    unfold(`${OVERALL}：3 项超出预算`);
    fireEvent.click(
      within(list).getByRole('button', { name: /附件2 整体支出自评表!G8.*116\.67%/ }),
    );
    expect(actions.selectCell).toHaveBeenLastCalledWith(OVERALL, 'G8');
  });

  it('shows a form not filled in yet as one line, 尚未填写, and loses no finding', async () => {
    const ev = seedWithBlankProject();
    renderPane(fakeActions(ev));
    const list = await problems();
    const lines = problemItems(list).filter((li) => li.textContent?.includes(BLANK_PROJECT));
    expect(lines).toHaveLength(1);
    expect(lines[0].textContent).toMatch(new RegExp(`${BLANK_PROJECT}：尚未填写`));
    // One more line than the seed alone, not one per empty row.
    expect(problemItems(list)).toHaveLength(problemLines(seedEvaluation()).length + 1);
    unfoldAll(list);
    const blankFlags = ev.flags.filter((f) => f.sheet === BLANK_PROJECT);
    expect(flagLinks(lines[0])).toHaveLength(blankFlags.length);
    expect(flagLinks(list)).toHaveLength(ev.flags.length);
  });

  it('says so when a workbook has no problem', async () => {
    const ev = seedEvaluation([]);
    renderPane(fakeActions(ev));
    expect(await screen.findByText('未发现问题。')).toBeTruthy();
    expect(screen.getByText('未找到自评表')).toBeTruthy();
  });
});
