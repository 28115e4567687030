/**
 * @jest-environment jsdom
 *
 * The legacy pane (plain DOM, for IE11 / Edge Legacy) on the memory host, tried as the accountant
 * would: the seed's findings listed, an edit followed without a click, a flag selecting its
 * cell, the ExcelApi 1.2 level through 重新计算得分, the layout dialog, the settings, errors.
 * Its ES5 build in an emulated IE11 is the e2e suite's (test/e2e/legacyIe11.test.ts).
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/dom';
import { createExcelActions } from '../../src/hosts/excel';
import { MemoryWorkbook, memoryWorkbookFromPlans } from '../../src/hosts/memory';
import { mountLegacyPane } from '../../src/legacy/mount';
import type { WorkbookActions } from '../../src/app/actions';
import { OVERALL, seedPlans } from '../hosts/helpers';
import { DEFAULT_STORED_SETTINGS } from '../../src/core/settingsSheet';
import {
  BLANK_PROJECT,
  fakeActions,
  recalculatedSeed,
  seedEvaluation,
  seedWithBlankProject,
} from './fakeActions';
import { card, flagLinks, problemItems, problems, unfold, unfoldAll } from './paneQueries';

const OVERALL_CARD = '附件2 整体支出自评表';
let unmount: (() => void) | null = null;

afterEach(() => {
  unmount?.();
  unmount = null;
  document.body.innerHTML = '';
});

function mount(actions: WorkbookActions): HTMLElement {
  const container = document.createElement('div');
  document.body.appendChild(container);
  unmount = mountLegacyPane(container, actions);
  return container;
}

/** Resolves once the pane's watch is in place (its handlers registered). */
function watchStarted(actions: WorkbookActions): Promise<void> {
  const watch = actions.watch;
  if (!watch) throw new Error('no watch');
  return new Promise((resolve) => {
    actions.watch = (onEvaluation, onError) =>
      watch(onEvaluation, onError).then((stop) => {
        resolve();
        return stop;
      });
  });
}

async function seedBook(excelApi = '1.20'): Promise<MemoryWorkbook> {
  return memoryWorkbookFromPlans(seedPlans(1), { excelApi });
}

describe('legacy pane on the memory host', () => {
  it('lists the seed findings and follows an edit without a click (ExcelApi 1.20)', async () => {
    const book = await seedBook();
    const actions = createExcelActions(book.api(), { watch: { debounceMs: 5 } });
    const watching = watchStarted(actions);
    mount(actions);
    const list = await problems();
    // 附件2 项目支出: 4,907,776.00 ÷ 2,620,800.00 → 187.26%, over budget.
    const overall = await card(OVERALL_CARD);
    expect(within(overall).getByText('187.26%')).toBeTruthy();
    expect(within(overall).getAllByText('超预算')).toHaveLength(3);
    // OVER_BUDGET is a warning, one group for the three rates of 附件2, G9 among them.
    unfold(`${OVERALL}：3 项超出预算`, list);
    expect(within(list).getAllByText(`${OVERALL}!G9`).length).toBeGreaterThan(0);
    expect(screen.getByText(/打开时只做检查/)).toBeTruthy();
    const autoRecalc = screen.getByRole('checkbox', { name: '编辑时自动重算' }) as HTMLInputElement;
    expect(autoRecalc.checked).toBe(true);
    await watching;

    await book.edit(OVERALL, 'F9', 2_600_000);
    // 2,600,000 ÷ 2,620,800 = 0.99206… → 99.21%, written to G9 and shown, no button pressed.
    await waitFor(() => expect(book.value(OVERALL, 'G9')).toBe(0.9921));
    // The card stays open across the redraw.
    await waitFor(() =>
      expect(
        within(screen.getByRole('group', { name: OVERALL_CARD })).getByText('99.21%'),
      ).toBeTruthy(),
    );
    const after = screen.getByRole('group', { name: OVERALL_CARD });
    expect(within(after).queryByText('187.26%')).toBeNull();
    expect(within(after).getAllByText('超预算')).toHaveLength(2);
    // Two rates over budget now; the group stayed open.
    const group = screen.getByRole('button', { name: new RegExp(`${OVERALL}：2 项超出预算`) });
    expect(group.getAttribute('aria-expanded')).toBe('true');
    expect(
      within(screen.getByRole('list', { name: '问题清单' })).queryByText(`${OVERALL}!G9`),
    ).toBeNull();
    // The grade follows the scores: 28 + 22 + 40 = 90, 优.
    expect(within(after).getByText('优')).toBeTruthy();
  });

  it('a flag selects its cell; the switch turned off stops the watch and is stored', async () => {
    const book = await seedBook();
    const actions = createExcelActions(book.api(), { watch: { debounceMs: 5 } });
    const watching = watchStarted(actions);
    mount(actions);
    const list = await problems();
    unfold(`${OVERALL}：3 项超出预算`, list);
    fireEvent.click(within(list).getAllByText(`${OVERALL}!G8`)[0]);
    await waitFor(() => expect(book.selection).toEqual({ sheet: OVERALL, address: 'G8' }));
    expect(book.activeSheet).toBe(OVERALL);

    await watching;
    fireEvent.click(screen.getByRole('checkbox', { name: '编辑时自动重算' }));
    await waitFor(() => expect(book.toGrids().some((g) => g.name === '绩效自评设置')).toBe(true));
    const runs = book.runs.length;
    await book.edit(OVERALL, 'F9', 2_600_000);
    await new Promise((r) => setTimeout(r, 50));
    expect(book.runs.length).toBe(runs);
    expect(book.value(OVERALL, 'G9')).not.toBe(0.9921);
  });

  it('on ExcelApi 1.2: no switch, the two notes, and 重新计算得分 gives the same result', async () => {
    const book = await seedBook('1.2');
    mount(createExcelActions(book.api()));
    await problems();
    expect(screen.queryByRole('checkbox', { name: '编辑时自动重算' })).toBeNull();
    expect(screen.getByText(/不支持编辑时自动重算（需要 ExcelApi 1.7）/)).toBeTruthy();
    expect(screen.getByText(/不支持页面设置（需要 ExcelApi 1.9）/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '设置打印格式' })).toBeNull();

    await book.edit(OVERALL, 'F9', 2_600_000);
    fireEvent.click(screen.getByRole('button', { name: '重新计算得分' }));
    await waitFor(() => expect(book.value(OVERALL, 'G9')).toBe(0.9921));
    await waitFor(() => expect(screen.queryByText(/打开时只做检查/)).toBeNull());
    expect(within(await card(OVERALL_CARD)).getByText('99.21%')).toBeTruthy();
    expect(book.value(OVERALL, 'G9')).toBe(0.9921);
    expect(screen.queryByText(/打开时只做检查/)).toBeNull();
  });

  it('插入自评表 asks unit and year, refuses an empty unit, and lays out the three forms', async () => {
    const book = new MemoryWorkbook();
    book.addSheet({ name: 'Sheet1', values: [], merges: [] });
    mount(createExcelActions(book.api()));
    await screen.findByText(/尚未找到任何自评表/);
    fireEvent.click(screen.getByRole('button', { name: '插入自评表' }));
    // Opens once the workbook's stored 附件2 样式 has been read.
    const dialog = await screen.findByRole('dialog', { name: '插入自评表' });
    fireEvent.input(within(dialog).getByLabelText('项目支出名称'), {
      target: { value: '招商引资工作经费' },
    });
    fireEvent.input(within(dialog).getByLabelText('部门（单位）名称'), { target: { value: ' ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确定' }));
    expect(within(screen.getByRole('dialog')).getByText('请填写单位名称')).toBeTruthy();

    const again = screen.getByRole('dialog');
    fireEvent.input(within(again).getByLabelText('部门（单位）名称'), {
      target: { value: '浏阳市招商引资服务中心' },
    });
    fireEvent.input(within(again).getByLabelText('自评年度'), { target: { value: '2021' } });
    fireEvent.click(within(again).getByRole('button', { name: '确定' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await screen.findByText(/^已插入：/);
    expect(book.toGrids().map((g) => g.name).length).toBe(4);
    await waitFor(() => expect(screen.getByText('已找到 附件1、附件2、附件3')).toBeTruthy());
  });

  it('stores a setting and says so; a failed action shows what to do, and closes', async () => {
    const book = await seedBook();
    const actions = createExcelActions(book.api(), { watch: { debounceMs: 5 } });
    const failing: WorkbookActions = {
      ...actions,
      recalculate: () => Promise.reject({ message: '工作表受保护', code: 'AccessDenied' }),
    };
    mount(failing);
    await problems();
    const settings = screen.getByRole('region', { name: '设置' });
    const below = await within(settings).findByLabelText('执行率低于（%）须填偏差原因');
    expect((below as HTMLInputElement).value).toBe('90');
    fireEvent.input(below, { target: { value: '八十' } });
    fireEvent.click(within(settings).getByRole('button', { name: '保存设置' }));
    expect(within(settings).getByText('请填写 0–1000 之间的百分数，例如 90')).toBeTruthy();
    fireEvent.input(within(settings).getByLabelText('执行率低于（%）须填偏差原因'), {
      target: { value: '85' },
    });
    fireEvent.click(within(settings).getByRole('button', { name: '保存设置' }));
    await within(settings).findByText(/设置已保存/);
    expect(await actions.readSettings?.()).toMatchObject({ reasonBelowRate: '0.85' });
    // Saving recalculates (as the React panel does); here that fails and says what to do.
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('重新计算失败')).toBeTruthy();
    expect(within(alert).getByText(/错误代码：AccessDenied/)).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('legacy pane: results first (issue 12)', () => {
  const PROJECT = '附件3 项目1';
  const SEED_OVERALL = '附件2 整体支出自评表';

  it('opens with the counts, then the problems grouped, none lost, the cards folded', async () => {
    const ev = seedEvaluation();
    mount(fakeActions(ev));
    const list = await problems();
    const { error, warning, info } = ev.summary.counts;
    const section = screen.getByRole('region', { name: '问题清单' });
    expect(section.textContent).toContain(`错误 ${error} · 警告 ${warning} · 提示 ${info}`);
    expect(within(section).getByText('已找到 附件1、附件2、附件3')).toBeTruthy();
    expect(problemItems(list).length + 1).toBeLessThanOrEqual(12);
    unfold(`${PROJECT}：6 行扣分但未填写偏差原因`, list);
    unfoldAll(list);
    expect(flagLinks(list)).toHaveLength(ev.flags.length);

    // Folded cards, each header its result; unfolded, the deviations under their levels.
    const cards = screen.getByRole('region', { name: '计算结果' });
    expect(within(cards).queryByRole('group')).toBeNull();
    const project = await card('2021年招商引资工作经费');
    expect(project.textContent).toContain('指标值 262.08万元 → 完成值 490.76万元');
    expect(project.textContent).toContain('反向指标 · 偏差 +87.26% · 建议得分 1.27（自评 8）');
    expect(project.textContent).toContain('正向指标 · 偏差 +38.00%');
    const overall = await card(SEED_OVERALL);
    expect(overall.textContent).toContain('执行率偏差 +54.50%');
  });

  it('shows a form not filled in yet as one line, 尚未填写, and loses no finding', async () => {
    const ev = seedWithBlankProject();
    mount(fakeActions(ev));
    const list = await problems();
    const lines = problemItems(list).filter((li) => li.textContent?.includes(BLANK_PROJECT));
    expect(lines).toHaveLength(1);
    expect(lines[0].textContent).toContain(`${BLANK_PROJECT}：尚未填写`);
    unfoldAll(list);
    expect(flagLinks(lines[0])).toHaveLength(
      ev.flags.filter((f) => f.sheet === BLANK_PROJECT).length,
    );
    expect(flagLinks(list)).toHaveLength(ev.flags.length);
  });

  it('says what 重新计算得分 wrote, old → new as links, and when the results may be stale', async () => {
    const { before, after, applied } = recalculatedSeed();
    let stale: (() => void) | null = null;
    const actions: WorkbookActions = {
      ...fakeActions(before, { recalculate: async () => after }),
      watch: async () => () => undefined,
      watchStale: async (onStale) => {
        stale = onStale;
        return () => undefined;
      },
      readSettings: async () => ({ ...DEFAULT_STORED_SETTINGS, autoRecalc: false }),
      saveSettings: async () => undefined,
    };
    mount(actions);
    await problems();
    await waitFor(() => expect(stale).not.toBeNull());
    stale!();
    const bar = await screen.findByText(/结果可能已过期/);
    fireEvent.click(within(bar).getByRole('button', { name: '重新计算得分' }));
    const written = await screen.findByRole('region', {
      name: `已改写 ${applied.length} 个单元格`,
    });
    expect(screen.queryByText(/结果可能已过期/)).toBeNull();
    fireEvent.click(within(written).getByRole('button', { name: /已改写/ }));
    const g6 = within(written).getByRole('button', {
      name: `${SEED_OVERALL}!G6 财政拨款 · 执行率：155% → 154.50%`,
    });
    // 附件3's 总分 90 is kept as typed while its weights add up to 110 (issue 12).
    expect(within(written).queryByRole('button', { name: /H32/ })).toBeNull();
    fireEvent.click(g6);
    expect(actions.selectCell).toHaveBeenCalledWith(SEED_OVERALL, 'G6');
    // The evaluation after the writes: the printed rates agree now.
    expect(screen.queryByText(/财政拨款执行率填写为 155%/)).toBeNull();
  });
});
