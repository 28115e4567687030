/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DEFAULT_STORED_SETTINGS } from '../../src/core/settingsSheet';
import type { WorkbookSettings } from '../../src/app/actions';
import { App } from '../../src/taskpane/components/App';
import { PrintSetupButton } from '../../src/taskpane/components/PrintSetupButton';
import { SettingsPanel } from '../../src/taskpane/components/SettingsPanel';
import { changesOf, fieldsOf, fractionOf } from '../../src/app/pane/settingsForm';

const STORED: WorkbookSettings = {
  ...DEFAULT_STORED_SETTINGS,
  unitName: '浏阳市招商引资服务中心',
  year: 2021,
};

function renderPanel(saveSettings = jest.fn(async () => undefined), onSaved = jest.fn()) {
  const readSettings = jest.fn(async () => STORED);
  render(
    <App theme="light">
      <SettingsPanel actions={{ readSettings, saveSettings }} onSaved={onSaved} />
    </App>,
  );
  return { readSettings, saveSettings, onSaved };
}

const input = (label: string) => screen.getByLabelText(label, { exact: false }) as HTMLInputElement;

describe('settings form helpers', () => {
  it('shows thresholds as percents and stores fractions, decimally', () => {
    expect(fieldsOf(STORED)).toMatchObject({ reasonBelowPercent: '90', reasonAbovePercent: '100' });
    expect(fractionOf('90')).toBe('0.9');
    expect(fractionOf('９０%')).toBe('0.9');
    expect(fractionOf('87.5')).toBe('0.875');
    expect(fractionOf('abc')).toBeNull();
    expect(fractionOf('-5')).toBeNull();
    expect(changesOf({ ...fieldsOf(STORED), year: '21' })).toEqual({
      ok: false,
      errors: { year: true },
    });
  });
});

describe('SettingsPanel', () => {
  it('reads the stored settings and saves the changes, then re-checks', async () => {
    const { saveSettings, onSaved } = renderPanel();
    expect(await screen.findByDisplayValue('浏阳市招商引资服务中心')).toBeTruthy();
    expect(input('年度').value).toBe('2021');

    fireEvent.change(screen.getByRole('combobox'), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('switch', { name: '预算执行率得分不超过分值' }));
    fireEvent.click(screen.getByRole('radio', { name: /按比值计分/ }));
    fireEvent.change(input('执行率低于'), { target: { value: '85' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '保存设置' })));

    expect(saveSettings).toHaveBeenCalledWith({
      unitName: '浏阳市招商引资服务中心',
      year: 2021,
      ratePrecision: 1,
      capExecutionScore: false,
      reverseFormula: 'ratio',
      reasonBelowRate: '0.85',
      reasonAboveRate: '1',
    });
    expect(onSaved).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/设置已保存/)).toBeTruthy();
  });

  it('says what is wrong with a threshold and saves nothing', async () => {
    const { saveSettings } = renderPanel();
    await screen.findByDisplayValue('浏阳市招商引资服务中心');
    fireEvent.change(input('执行率高于'), { target: { value: '一百' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '保存设置' })));
    expect(screen.getByText(/请填写 0–1000 之间的百分数/)).toBeTruthy();
    expect(saveSettings).not.toHaveBeenCalled();
  });

  it('shows a failed save', async () => {
    const failing = jest.fn(async () => {
      throw { message: '保存设置失败：工作表受保护。' };
    });
    renderPanel(failing);
    await screen.findByDisplayValue('浏阳市招商引资服务中心');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '保存设置' })));
    expect(await screen.findByText('保存设置失败：工作表受保护。')).toBeTruthy();
  });
});

describe('PrintSetupButton', () => {
  it('sets up printing and names the sheets', async () => {
    const setupPrint = jest.fn(async () => ['附件1 基础数据表', '附件2 整体支出自评表']);
    render(
      <App theme="light">
        <PrintSetupButton actions={{ setupPrint }} />
      </App>,
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '设置打印格式' })));
    expect(setupPrint).toHaveBeenCalledTimes(1);
    await waitFor(() =>
      expect(screen.getByText(/已设置 2 个工作表的打印格式：附件1 基础数据表、附件2/)).toBeTruthy(),
    );
  });

  it('is absent where the host cannot set up pages (below ExcelApi 1.9)', () => {
    render(
      <App theme="light">
        <PrintSetupButton actions={{}} />
      </App>,
    );
    expect(screen.queryByRole('button', { name: '设置打印格式' })).toBeNull();
  });
});
