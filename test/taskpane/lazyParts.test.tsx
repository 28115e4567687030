/**
 * @jest-environment jsdom
 *
 * The parts of the pane fetched at a click (src/taskpane/lazyPart.tsx, components/lazyParts.ts):
 * a loading sign while the chunk comes, then the part; a chunk that cannot be fetched gives an
 * error bar with 重试 (and 关闭 for a dialog), never an exception. Here a chunk is a module
 * loaded by the dynamic import ts-jest compiles; a failed fetch is that module's require
 * throwing, as webpack's import() rejects with a ChunkLoadError in the browser.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ComponentType } from 'react';
import { DEFAULT_STORED_SETTINGS } from '../../src/core/settingsSheet';
import type { WorkbookActions, WorkbookSettings } from '../../src/app/actions';
import { App } from '../../src/taskpane/components/App';
import { lazyPart } from '../../src/taskpane/lazyPart';
import { deferred, fakeActions, seedEvaluation } from './fakeActions';
import { renderPane } from './renderPane';

// 设置's chunk fails at its first fetch and comes at the second; the dialogs' never comes.
let mockSettingsFetches = 0;
jest.mock('../../src/taskpane/components/SettingsPanel', () => {
  mockSettingsFetches += 1;
  if (mockSettingsFetches === 1) throw new Error('Loading chunk settings failed.');
  return jest.requireActual('../../src/taskpane/components/SettingsPanel');
});
jest.mock('../../src/taskpane/components/AddProjectDialog', () => {
  throw new Error('Loading chunk dialogs failed.');
});

const STORED: WorkbookSettings = {
  ...DEFAULT_STORED_SETTINGS,
  unitName: '浏阳市招商引资服务中心',
  year: 2021,
};

function Hello({ who }: { who: string }) {
  return <p>你好，{who}</p>;
}

describe('lazyPart', () => {
  it('shows its loading sign, then the part once its chunk has come', async () => {
    const chunk = deferred<ComponentType<{ who: string }>>();
    const load = jest.fn(() => chunk.promise);
    const Part = lazyPart(load, { name: '示例' });
    render(
      <App theme="light">
        <Part who="会计" />
      </App>,
    );
    expect(screen.getByText('正在加载“示例”…')).toBeTruthy();
    await act(async () => chunk.resolve(Hello));
    expect(screen.getByText('你好，会计')).toBeTruthy();
    expect(screen.queryByText('正在加载“示例”…')).toBeNull();
    // A second showing draws at once, without fetching again.
    render(
      <App theme="light">
        <Part who="出纳" />
      </App>,
    );
    expect(screen.getByText('你好，出纳')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says so when its chunk cannot be fetched, and fetches again at 重试', async () => {
    const load = jest
      .fn<Promise<ComponentType<{ who: string }>>, []>()
      .mockRejectedValueOnce(new Error('ChunkLoadError: Loading chunk 734 failed.'))
      .mockResolvedValueOnce(Hello);
    const dismiss = jest.fn();
    const Part = lazyPart(load, { name: '示例', dismissOf: () => dismiss });
    render(
      <App theme="light">
        <Part who="会计" />
      </App>,
    );
    const bar = await screen.findByText(/^无法加载“示例”：网络连接可能中断/);
    fireEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(dismiss).toHaveBeenCalledTimes(1);
    expect(bar).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByText('你好，会计')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.queryByText(/无法加载/)).toBeNull();
  });
});

describe("the pane's parts fetched at a click", () => {
  function actionsWithSettings(): WorkbookActions {
    return {
      ...fakeActions(seedEvaluation()),
      readSettings: jest.fn(async () => STORED),
      saveSettings: jest.fn(async () => undefined),
    };
  }

  it('draws 设置 folded; its first opening fails to fetch, 重试 brings the form', async () => {
    const actions = actionsWithSettings();
    renderPane(actions);
    await screen.findByRole('list', { name: '问题清单' });
    // Folded: nothing of it is fetched at start.
    expect(mockSettingsFetches).toBe(0);
    expect(screen.queryByRole('region', { name: '设置' })).toBeNull();

    const header = screen.getByRole('button', { name: '设置' });
    fireEvent.click(header);
    expect(header.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('正在加载“设置”…')).toBeTruthy();
    const bar = await screen.findByText(/^无法加载“设置”/);
    // A panel has nothing to close: the bar offers only 重试.
    const actionsOfBar = within(bar.closest('.fui-MessageBar') as HTMLElement);
    expect(actionsOfBar.queryByRole('button', { name: '关闭' })).toBeNull();

    fireEvent.click(actionsOfBar.getByRole('button', { name: '重试' }));
    const panel = await screen.findByRole('region', { name: '设置' });
    expect(await within(panel).findByDisplayValue('浏阳市招商引资服务中心')).toBeTruthy();
    expect(mockSettingsFetches).toBe(2);
    expect(screen.queryByText(/无法加载/)).toBeNull();
  });

  it('keeps 报告正文核对 drawn when folded again: the pasted text stays', async () => {
    renderPane(fakeActions(seedEvaluation()));
    await screen.findByRole('list', { name: '问题清单' });
    const header = screen.getByRole('button', { name: '报告正文核对' });
    fireEvent.click(header);
    expect(screen.getByText('正在加载“报告正文核对”…')).toBeTruthy();
    const panel = await screen.findByRole('region', { name: '报告正文核对' });
    fireEvent.change(within(panel).getByLabelText('报告正文'), {
      target: { value: '合计29.41元。' },
    });
    fireEvent.click(header);
    expect(header.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(header);
    expect(within(panel).getByDisplayValue('合计29.41元。')).toBeTruthy();
  });

  it('a dialog whose chunk cannot be fetched says so under the toolbar; 关闭 clears it', async () => {
    const actions = fakeActions(seedEvaluation());
    renderPane(actions);
    await screen.findByRole('list', { name: '问题清单' });
    fireEvent.click(screen.getByRole('button', { name: '新增项目支出自评表' }));
    const bar = await screen.findByText(/^无法加载“新增项目支出自评表”/);
    expect(screen.getByRole('toolbar').nextElementSibling?.contains(bar)).toBe(true);
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '关闭' }));
    await waitFor(() => expect(screen.queryByText(/无法加载/)).toBeNull());
    expect(actions.addProject).not.toHaveBeenCalled();
    // The pane goes on working.
    expect(screen.getByRole('button', { name: '重新计算得分' })).toBeTruthy();
  });
});
