/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { fakeActions, seedEvaluation } from './fakeActions';
import { renderPane } from './renderPane';

describe('问题清单', () => {
  it('lists the seed flags on load, grouped by severity, after a check only', async () => {
    const ev = seedEvaluation();
    const actions = fakeActions(ev);
    renderPane(actions);

    const errors = await screen.findByRole('list', { name: '错误' });
    const warnings = screen.getByRole('list', { name: '警告' });
    const infos = screen.getByRole('list', { name: '提示' });
    const { error, warning, info } = ev.summary.counts;
    expect(within(errors).getAllByRole('button')).toHaveLength(error);
    expect(within(warnings).getAllByRole('button')).toHaveLength(warning);
    expect(within(infos).getAllByRole('button')).toHaveLength(info);
    expect(screen.getByText(`错误（${error}）`)).toBeTruthy();

    // Acceptance examples of DESIGN.md, each under its severity with sheet!address.
    expect(within(errors).getByText('附件3 项目1!H32')).toBeTruthy();
    expect(
      within(errors).getByText(
        '总分填写为 90，各项得分合计为 100；权重合计有误，总分和等级暂不改写',
      ),
    ).toBeTruthy();
    expect(
      within(errors).getByText(
        '财政拨款执行率填写为 155%，按本行数据计算为 154.4996…%，保留到设置的小数位为 154.50%',
      ),
    ).toBeTruthy();
    expect(within(warnings).getByText('财政拨款执行率 154.50%，超出预算')).toBeTruthy();
    // Suggestions, rates printed right but rounded past the setting (94%, 116.7%, 187%), and
    // 附件3's 228.68万元 mid-year addition.
    expect(within(infos).getAllByText(/建议得分|应为 10|按设置应保留到|年中追加预算/).length).toBe(
      info,
    );

    // First opening: check only, nothing rewritten.
    expect(actions.check).toHaveBeenCalledTimes(1);
    expect(actions.recalculate).not.toHaveBeenCalled();
    expect(screen.getByText(/打开时只做检查/)).toBeTruthy();
  });

  it('selects the flag cell when a flag is clicked', async () => {
    const actions = fakeActions();
    renderPane(actions);

    fireEvent.click(await screen.findByRole('button', { name: /附件3 项目1!H32/ }));
    expect(actions.selectCell).toHaveBeenCalledWith('附件3 项目1', 'H32');

    // G8 carries two flags (over budget, and 116.7% rounded): either selects it.
    fireEvent.click(screen.getAllByRole('button', { name: /附件2 整体支出自评表!G8/ })[0]);
    expect(actions.selectCell).toHaveBeenLastCalledWith('附件2 整体支出自评表', 'G8');
  });

  it('says so when a workbook has no problem', async () => {
    const ev = seedEvaluation([]);
    renderPane(fakeActions(ev));
    expect(await screen.findByText('未发现问题。')).toBeTruthy();
  });
});
