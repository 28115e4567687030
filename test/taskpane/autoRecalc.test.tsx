/**
 * @jest-environment jsdom
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { evaluate } from '../../src/core';
import { DEFAULT_STORED_SETTINGS } from '../../src/core/settingsSheet';
import type { Evaluation } from '../../src/core';
import type {
  ActionError,
  HostCapabilities,
  WorkbookActions,
  WorkbookSettings,
} from '../../src/app/actions';
import {
  FULL_CAPABILITIES,
  fakeActions,
  gridsAfterWrites,
  seedEvaluation,
  seedGrids,
} from './fakeActions';
import { card, problems } from './paneQueries';
import { renderPane } from './renderPane';

type Watch = NonNullable<WorkbookActions['watch']>;

interface Watching {
  actions: WorkbookActions;
  watch: jest.Mock<ReturnType<Watch>, Parameters<Watch>>;
  stop: jest.Mock<void, []>;
  saveSettings: jest.Mock<Promise<void>, [Partial<WorkbookSettings>]>;
  /** What the pane gave the last watch() call. */
  last(): { onEvaluation(e: Evaluation): void; onError(e: ActionError): void };
}

function watching(
  capabilities: HostCapabilities = FULL_CAPABILITIES,
  stored?: Partial<WorkbookSettings>,
): Watching {
  const stop = jest.fn<void, []>();
  const watch = jest.fn<ReturnType<Watch>, Parameters<Watch>>(async () => stop);
  const saveSettings = jest.fn(async (_: Partial<WorkbookSettings>) => undefined);
  const actions: WorkbookActions = {
    ...fakeActions(seedEvaluation(), { capabilities: () => capabilities }),
    watch,
    saveSettings,
    ...(stored ? { readSettings: async () => ({ ...DEFAULT_STORED_SETTINGS, ...stored }) } : {}),
  };
  const last = () => {
    const [onEvaluation, onError] = watch.mock.calls[watch.mock.calls.length - 1];
    return { onEvaluation, onError };
  };
  return { actions, watch, stop, saveSettings, last };
}

const switchOf = () => screen.getByRole('switch', { name: '编辑时自动重算' }) as HTMLInputElement;

describe('编辑时自动重算', () => {
  it('is on by default and starts watching after the first check', async () => {
    const w = watching();
    renderPane(w.actions);
    await problems();
    expect(switchOf().checked).toBe(true);
    expect(w.watch).toHaveBeenCalledTimes(1);
    // 1.20 keeps the undo history: no note about it.
    expect(screen.queryByText(/撤销/)).toBeNull();
  });

  it('shows a watch result like a recalculation: summary and 问题清单', async () => {
    const w = watching();
    renderPane(w.actions);
    await problems();
    const grids = seedGrids();
    const after = evaluate(gridsAfterWrites(grids, evaluate(grids)));
    await act(async () => w.last().onEvaluation(after));
    const project = await card('2021年招商引资工作经费');
    // 总分 90 kept while the weights add up to 110 (issue 12): still shown beside the sum.
    expect(within(project).getByText('填报总分')).toBeTruthy();
    expect(screen.queryByText(/打开时只做检查/)).toBeNull();
    await act(async () => w.last().onError({ message: '读取失败', code: 'GeneralException' }));
    expect(screen.getByText('重新计算失败')).toBeTruthy();
  });

  it('turned off stops watching and is remembered in the workbook; on again watches again', async () => {
    const w = watching();
    renderPane(w.actions);
    await problems();
    await act(async () => fireEvent.click(switchOf()));
    expect(switchOf().checked).toBe(false);
    expect(w.stop).toHaveBeenCalledTimes(1);
    expect(w.saveSettings).toHaveBeenLastCalledWith({ autoRecalc: false });
    await act(async () => fireEvent.click(switchOf()));
    expect(w.watch).toHaveBeenCalledTimes(2);
    expect(w.saveSettings).toHaveBeenLastCalledWith({ autoRecalc: true });
  });

  it('follows the workbook: stored off means no watching', async () => {
    const w = watching(FULL_CAPABILITIES, { autoRecalc: false });
    renderPane(w.actions);
    await problems();
    await act(async () => undefined);
    expect(switchOf().checked).toBe(false);
    expect(w.watch).not.toHaveBeenCalled();
  });

  it('where Excel does not keep its undo history, says so once', async () => {
    const w = watching({
      ...FULL_CAPABILITIES,
      excelApi: '1.14',
      undoKept: false,
      undoGrouped: false,
    });
    renderPane(w.actions);
    await problems();
    expect(screen.getAllByText(/清空“撤销”记录/)).toHaveLength(1);
  });

  it('below ExcelApi 1.7 is hidden, with one line saying why', async () => {
    const actions = fakeActions(seedEvaluation(), {
      capabilities: () => ({
        excelApi: '1.2',
        autoRecalc: false,
        pageSetup: false,
        cellLayout: true,
        undoKept: false,
        undoGrouped: false,
      }),
    });
    renderPane(actions);
    await problems();
    expect(screen.queryByRole('switch')).toBeNull();
    expect(screen.getAllByText(/不支持编辑时自动重算（需要 ExcelApi 1\.7）/)).toHaveLength(1);
  });
});
