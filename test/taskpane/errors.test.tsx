/**
 * @jest-environment jsdom
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import type { ActionError } from '../../src/app/actions';
import { toActionError } from '../../src/app/actionError';
import { FULL_CAPABILITIES, fakeActions, seedEvaluation } from './fakeActions';
import { problems } from './paneQueries';
import { renderPane } from './renderPane';

const PROTECTED: ActionError = {
  message:
    '工作表“附件2 整体支出自评表”受保护，无法改写计算单元格。请在“审阅”选项卡上撤销工作表保护后重试。',
  code: 'AccessDenied',
  debugInfo: 'Range.values (附件2 整体支出自评表!G6)',
};

describe('errors and capabilities', () => {
  it('shows an ActionError in a MessageBar with its code and what to do', async () => {
    const actions = fakeActions(seedEvaluation(), {
      recalculate: () => Promise.reject(PROTECTED),
    });
    renderPane(actions);
    await problems();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '重新计算得分' })));

    expect(screen.getByText('重新计算失败')).toBeTruthy();
    expect(screen.getByText(PROTECTED.message)).toBeTruthy();
    expect(screen.getByText(/错误代码：AccessDenied；详细信息：Range\.values/)).toBeTruthy();
    expect(screen.getByText(/请确认没有单元格处于编辑状态/)).toBeTruthy();
    // The last good list stays, and the button works again.
    expect(screen.getByRole('list', { name: '问题清单' })).toBeTruthy();
    const button = screen.getByRole('button', { name: '重新计算得分' }) as HTMLButtonElement;
    expect(button.disabled).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(screen.queryByText('重新计算失败')).toBeNull();
  });

  it('shows a failed first check', async () => {
    const actions = fakeActions(seedEvaluation(), {
      check: () => Promise.reject(new Error('RichApi.Error: 无法读取工作簿')),
    });
    renderPane(actions);
    expect(await screen.findByText('检查工作簿失败')).toBeTruthy();
    expect(screen.getByText(/错误代码：无/)).toBeTruthy();
  });

  it('reports a cell that cannot be selected', async () => {
    const actions = fakeActions(seedEvaluation(), {
      selectCell: () =>
        Promise.reject({
          message: '找不到工作表“附件3 项目1”，可能已被重命名。请单击“重新计算得分”刷新问题清单。',
          code: 'ItemNotFound',
        }),
    });
    renderPane(actions);
    const errors = await problems();
    await act(async () => fireEvent.click(within(errors).getAllByRole('button')[0]));
    expect(await screen.findByText('无法定位到该单元格')).toBeTruthy();
    expect(screen.getByText(/错误代码：ItemNotFound/)).toBeTruthy();
  });

  it('says what an older Excel cannot do', async () => {
    const actions = fakeActions(seedEvaluation(), {
      capabilities: () => ({
        ...FULL_CAPABILITIES,
        excelApi: '1.2',
        autoRecalc: false,
        pageSetup: false,
      }),
    });
    renderPane(actions);
    expect(await screen.findByText(/不支持编辑时自动重算/)).toBeTruthy();
    expect(screen.getByText(/不支持页面设置/)).toBeTruthy();
  });

  it('normalises what an action rejects with (the one mapping the hosts use too)', () => {
    expect(toActionError(PROTECTED)).toEqual(PROTECTED);
    // A raw OfficeExtension.Error: its code's advice, and where in the batch it failed.
    expect(
      toActionError({
        message: 'x',
        code: 'GeneralException',
        debugInfo: { code: 'GeneralException', errorLocation: 'Range.format' },
      }),
    ).toEqual({
      message: 'Excel 未能完成操作。请再试一次；如仍失败，请保存并重新打开工作簿。',
      code: 'GeneralException',
      debugInfo: 'Range.format',
    });
    expect(toActionError('boom').message).toContain('（boom）');
    expect(toActionError(undefined).message).toBe(
      '出现意外错误。请再试一次；如仍失败，请保存并重新打开工作簿。',
    );
  });
});
