/**
 * @jest-environment jsdom
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { evaluate } from '../../src/core';
import type { Evaluation } from '../../src/core';
import { deferred, fakeActions, gridsAfterWrites, seedEvaluation, seedGrids } from './fakeActions';
import { card, problems } from './paneQueries';
import { renderPane } from './renderPane';

/** The value shown after a term in a summary card's facts. */
function fact(card: HTMLElement, term: string): string | null {
  const dt = within(card).getByText(term, { selector: 'dt' });
  return dt.nextElementSibling?.textContent ?? null;
}

describe('summary cards', () => {
  it('重新计算得分 calls recalculate, shows progress, then totals and grades', async () => {
    const grids = seedGrids();
    const checked = evaluate(grids);
    const recalc = deferred<Evaluation>();
    const actions = fakeActions(checked, { recalculate: () => recalc.promise });
    renderPane(actions);
    await problems();

    fireEvent.click(screen.getByRole('button', { name: '重新计算得分' }));
    expect(actions.recalculate).toHaveBeenCalledTimes(1);
    expect(screen.getByText('正在重新计算得分…')).toBeTruthy();
    expect(
      (screen.getByRole('button', { name: '重新计算得分' }) as HTMLButtonElement).disabled,
    ).toBe(true);

    // What the host reads back after writing the derived cells (附件3 总分 90 kept: weights 110).
    await act(async () => recalc.resolve(evaluate(gridsAfterWrites(grids, checked))));

    const overall = await card('附件2 整体支出自评表');
    expect(fact(overall, '总分')).toBe('90');
    expect(fact(overall, '等级')).toBe('优');
    expect(fact(overall, '权重合计')).toBe('100');
    const project = await card('2021年招商引资工作经费');
    expect(fact(project, '得分合计')).toBe('100');
    expect(fact(project, '权重合计')).toBe('110');
    // 总分 90 is left as typed while the weights add up to 110 (issue 12): 填报总分 still shown.
    expect(fact(project, '填报总分')).toBe('90');
    expect(screen.queryByText('正在重新计算得分…')).toBeNull();
    expect(screen.queryByText(/打开时只做检查/)).toBeNull();
  });

  it('shows the level subtotals of 附件2', async () => {
    renderPane(fakeActions());
    const overall = await card('附件2 整体支出自评表');
    const levels = within(overall).getByRole('table', { name: '分级小计' });
    const row = within(levels).getByText('投入管理指标').closest('tr');
    expect(row?.textContent).toContain('28 / 30');
    expect(within(levels).getByText('产出指标').closest('tr')?.textContent).toContain('22 / 25');
    expect(within(levels).getByText('效益指标').closest('tr')?.textContent).toContain('40 / 45');
  });

  it('puts an 超预算 badge on 财政拨款 154.50%', async () => {
    renderPane(fakeActions());
    const overall = await card('附件2 整体支出自评表');
    const line = within(overall).getByText('财政拨款').closest('li');
    expect(line).not.toBeNull();
    const l = within(line as HTMLElement);
    expect(l.getByText('154.50%')).toBeTruthy();
    expect(l.getByText('超预算')).toBeTruthy();
    // 其他资金 has no figures; 附件3's 执行率 against 全年预算数 is 100.00%, not over budget.
    expect(within(overall).queryByText('其他资金')).toBeNull();
    const project = await card('2021年招商引资工作经费');
    const total = within(project).getByText('年度资金总额').closest('li') as HTMLElement;
    expect(within(total).getByText('100.00%')).toBeTruthy();
    expect(within(total).queryByText('超预算')).toBeNull();
    expect(total.textContent).toContain('年中追加 87.26%');
  });

  it('shows the 附件3 reported total when it disagrees with the scores', async () => {
    renderPane(fakeActions(seedEvaluation()));
    const project = await card('2021年招商引资工作经费');
    expect(fact(project, '得分合计')).toBe('100');
    expect(fact(project, '填报总分')).toBe('90');
  });
});

describe('summary cards, folded', () => {
  it('are folded under the 问题清单, each header its form and result in a few words', async () => {
    renderPane(fakeActions());
    await problems();
    const cards = screen.getByRole('region', { name: '计算结果' });
    expect(within(cards).queryByRole('group')).toBeNull();
    const header = within(cards).getByRole('button', { name: /^附件2 整体支出自评表/ });
    expect(header.getAttribute('aria-expanded')).toBe('false');
    // 28 + 22 + 40 = 90 on 附件2, 优; 附件1's 控制率 16 在职 ÷ 17 编制 = 94.12%.
    expect(header.textContent).toContain('总分 90 · 优');
    expect(within(cards).getByRole('button', { name: /^附件1 基础数据表/ }).textContent).toContain(
      '控制率 94.12%',
    );
    // The 问题清单 comes first in the pane.
    const list = screen.getByRole('region', { name: '问题清单' });
    expect(list.compareDocumentPosition(cards) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('show each quantitative indicator under its level with its deviation and suggested score', async () => {
    renderPane(fakeActions());
    const project = await card('2021年招商引资工作经费');
    const levels = within(project).getByRole('table', { name: '分级小计' });
    // The seed: 成本指标 262.08万元 planned, 490.76万元 spent, reverse; 数量指标 150个以上
    // planned, 207 done.
    const cost = within(levels).getByText('指标值 262.08万元 → 完成值 490.76万元');
    expect(cost.parentElement?.textContent).toContain(
      '反向指标 · 偏差 +87.26% · 建议得分 1.27（自评 8）',
    );
    const count = within(levels).getByText(
      '指标值 年新引进项目150个以上。 → 完成值 全年新引进项目207个。',
    );
    expect(count.parentElement?.textContent).toContain('正向指标 · 偏差 +38.00%');
    // Under their own levels.
    const costRow = cost.closest('tr');
    const levelRow = costRow?.previousElementSibling;
    expect(levelRow?.textContent).toMatch(/^成本指标/);
  });

  it('show a funds line’s 执行率 deviation from 100%', async () => {
    renderPane(fakeActions());
    const overall = await card('附件2 整体支出自评表');
    const grant = within(overall).getByText('财政拨款').closest('li') as HTMLElement;
    // 7,554,995.22 ÷ 4,889,977.00 = 154.50%: 54.50% over.
    expect(grant.textContent).toContain('执行率偏差 +54.50%');
  });
});
