/**
 * @jest-environment jsdom
 */
/**
 * Issue 12: every action that writes says what it wrote (已改写 N 个单元格, folded, each cell old →
 * new a link), from the host's `applied`, after 重新计算得分, an edit's recalculation and 插入自评表;
 * nothing when it wrote nothing; the evaluation shown is the one after the writes. A stale pane
 * says so (结果可能已过期) with 重新计算得分 beside it, until the next evaluation.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import type { HostEvaluation, WorkbookActions } from '../../src/app/actions';
import { DEFAULT_STORED_SETTINGS } from '../../src/core/settingsSheet';
import { deferred, fakeActions, recalculatedSeed, seedEvaluation } from './fakeActions';
import { card, problems } from './paneQueries';
import { renderPane } from './renderPane';

const OVERALL = '附件2 整体支出自评表';
const PROJECT = '附件3 项目1';

const writtenLine = () => screen.queryByRole('region', { name: /^已改写 \d+ 个单元格$/ });

describe('已改写 N 个单元格', () => {
  it('after 重新计算得分: the count, each cell old → new as a link, and the evaluation after', async () => {
    const { before, after, applied } = recalculatedSeed();
    const actions = fakeActions(before, { recalculate: async () => after });
    renderPane(actions);
    await problems();
    expect(writtenLine()).toBeNull();

    await act(async () => fireEvent.click(screen.getByRole('button', { name: '重新计算得分' })));
    const section = writtenLine() as HTMLElement;
    expect(section).not.toBeNull();
    expect(section.getAttribute('aria-label')).toBe(`已改写 ${applied.length} 个单元格`);
    const header = within(section).getByRole('button', {
      name: `已改写 ${applied.length} 个单元格`,
    });
    expect(header.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(header);
    // The seed's printed rates, rewritten (DESIGN.md): 附件2 财政拨款 155% → 154.50%, 附件3
    // 执行率 187% → 100.00% (全年预算数 is the denominator). 附件3's 总分 90 is kept as typed: its
    // weights add up to 110 (issue 12).
    within(section).getByRole('button', {
      name: `${OVERALL}!G6 财政拨款 · 执行率：155% → 154.50%`,
    });
    expect(within(section).queryByRole('button', { name: /H32/ })).toBeNull();
    const h7 = within(section).getByRole('button', {
      name: `${PROJECT}!H7 年度资金总额 · 执行率：187% → 100.00%`,
    });
    fireEvent.click(h7);
    expect(actions.selectCell).toHaveBeenCalledWith(PROJECT, 'H7');
    expect(within(section).getAllByRole('button')).toHaveLength(applied.length + 1);

    // The evaluation shown is the one after the writes: the rates agree now (no 155% line), while
    // 总分 90 stays, its flag saying why.
    expect(screen.queryByText(/财政拨款执行率填写为 155%/)).toBeNull();
    const project = await card('2021年招商引资工作经费');
    expect(within(project).getByText('填报总分')).toBeTruthy();
  });

  it('says nothing when the action wrote nothing, or the host does not say', async () => {
    const { before } = recalculatedSeed();
    const actions = fakeActions(before, { recalculate: async () => ({ ...before, applied: [] }) });
    renderPane(actions);
    await problems();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '重新计算得分' })));
    expect(writtenLine()).toBeNull();
    expect(screen.queryByText(/已改写/)).toBeNull();
  });

  it('after an edit’s recalculation, and gone with the next evaluation that wrote nothing', async () => {
    const { before, after } = recalculatedSeed();
    let push: ((e: HostEvaluation) => void) | null = null;
    const actions: WorkbookActions = {
      ...fakeActions(before),
      watch: async (onEvaluation) => {
        push = onEvaluation;
        return () => undefined;
      },
    };
    renderPane(actions);
    await problems();
    const edited: HostEvaluation = {
      ...after,
      applied: [{ sheet: OVERALL, address: 'G9', before: 1.87, after: 0.9921 }],
    };
    await act(async () => push?.(edited));
    const section = writtenLine() as HTMLElement;
    fireEvent.click(within(section).getByRole('button', { name: '已改写 1 个单元格' }));
    within(section).getByRole('button', { name: `${OVERALL}!G9 项目支出 · 执行率：187% → 99.21%` });
    await act(async () => push?.({ ...after, applied: [] }));
    expect(writtenLine()).toBeNull();
  });

  it('after 插入自评表: what the layout’s check reports it wrote', async () => {
    const { before } = recalculatedSeed();
    const inserted: HostEvaluation = {
      ...before,
      applied: [{ sheet: PROJECT, address: 'B33', before: null, after: '优' }],
    };
    const check = jest
      .fn<Promise<HostEvaluation>, []>()
      .mockResolvedValueOnce(seedEvaluation([0, 1]))
      .mockResolvedValueOnce(inserted);
    const actions = fakeActions(before, { check });
    renderPane(actions);
    await problems();
    fireEvent.click(screen.getByRole('button', { name: '插入自评表' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('项目支出名称', { exact: false }), {
      target: { value: '项目A' },
    });
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: '确定' })));
    await screen.findByText(/^已插入：/);
    const section = writtenLine() as HTMLElement;
    fireEvent.click(within(section).getByRole('button', { name: '已改写 1 个单元格' }));
    within(section).getByRole('button', { name: `${PROJECT}!B33 等级：（空） → 优` });
  });
});

describe('结果可能已过期', () => {
  function staleActions(
    stored: { autoRecalc: boolean },
    recalculate?: WorkbookActions['recalculate'],
  ) {
    const { before, after } = recalculatedSeed();
    let onStale: (() => void) | null = null;
    const stopStale = jest.fn();
    const watchStale = jest.fn(async (listener: () => void) => {
      onStale = listener;
      return stopStale;
    });
    const recalc = deferred<HostEvaluation>();
    const actions: WorkbookActions = {
      ...fakeActions(before, { recalculate: recalculate ?? (() => recalc.promise) }),
      watch: async () => () => undefined,
      watchStale,
      readSettings: async () => ({ ...DEFAULT_STORED_SETTINGS, ...stored }),
      saveSettings: async () => undefined,
    };
    return { actions, watchStale, stopStale, recalc, after, stale: () => onStale?.() };
  }

  const staleBar = () => screen.queryByText('结果可能已过期：工作表在上次计算后有改动。');

  it('shows when a form sheet changed with 编辑时自动重算 off; 重新计算得分 beside it clears it', async () => {
    const s = staleActions({ autoRecalc: false });
    renderPane(s.actions);
    await problems();
    await act(async () => undefined);
    expect(s.watchStale).toHaveBeenCalledTimes(1);
    expect(staleBar()).toBeNull();

    await act(async () => s.stale());
    const bar = staleBar()?.closest('.fui-MessageBar') as HTMLElement;
    expect(bar).toBeTruthy();
    const button = within(bar).getByRole('button', { name: '重新计算得分' });
    fireEvent.click(button);
    // Still there while recalculating; a change reported meanwhile is the action's own.
    expect(staleBar()).not.toBeNull();
    await act(async () => s.recalc.resolve(s.after));
    expect(staleBar()).toBeNull();
    expect(s.actions.recalculate).toHaveBeenCalledTimes(1);
    // The 问题清单 is the recalculated one.
    await problems();
    expect(screen.queryByText('总分填写为 90，各项得分合计为 100')).toBeNull();
  });

  it('is not watched while 编辑时自动重算 is on; turning it off starts, on again stops', async () => {
    const s = staleActions({ autoRecalc: true });
    renderPane(s.actions);
    await problems();
    await act(async () => undefined);
    expect(s.watchStale).not.toHaveBeenCalled();
    const toggle = screen.getByRole('switch', { name: '编辑时自动重算' });
    await act(async () => fireEvent.click(toggle));
    expect(s.watchStale).toHaveBeenCalledTimes(1);
    await act(async () => s.stale());
    expect(staleBar()).not.toBeNull();
    await act(async () => fireEvent.click(toggle));
    expect(s.stopStale).toHaveBeenCalledTimes(1);
  });

  it('stays after a failed recalculation, and clears with the check after a layout', async () => {
    const s = staleActions({ autoRecalc: false }, () =>
      Promise.reject({ message: '工作表受保护', code: 'AccessDenied' }),
    );
    renderPane(s.actions);
    await problems();
    await act(async () => undefined);
    await act(async () => s.stale());
    const bar = staleBar()?.closest('.fui-MessageBar') as HTMLElement;
    await act(async () =>
      fireEvent.click(within(bar).getByRole('button', { name: '重新计算得分' })),
    );
    expect(await screen.findByText('重新计算失败')).toBeTruthy();
    expect(staleBar()).not.toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '新增项目支出自评表' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('项目支出名称', { exact: false }), {
      target: { value: '项目A' },
    });
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: '确定' })));
    await screen.findByText('已插入：附件3 项目A');
    expect(staleBar()).toBeNull();
  });
});
