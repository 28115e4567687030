/**
 * @jest-environment jsdom
 */
import { act, screen, waitFor } from '@testing-library/react';
import { start } from '../../src/taskpane/index';
import { fakeActions } from './fakeActions';

// The preview (src/preview) is loaded with import() outside Office; here only whether it is.
jest.mock('../../src/preview/boot', () => ({ bootPreview: jest.fn(() => Promise.resolve()) }));

// The host API office.js would give (its run-option probe needs Excel.run), and the actions.
jest.mock('../../src/hosts/excel/office', () => ({
  ...jest.requireActual('../../src/hosts/excel/office'),
  officeHostApi: jest.fn(() => Promise.resolve('office-host-api')),
}));
jest.mock('../../src/hosts/excel', () => ({
  ...jest.requireActual('../../src/hosts/excel'),
  createExcelActions: jest.fn(),
}));

interface FakeOffice {
  HostType: { Excel: string };
  context: { officeTheme?: { bodyBackgroundColor: string } };
  onReady(): Promise<{ host: string | null; platform: string | null }>;
}

function setOffice(office: FakeOffice | undefined): void {
  (globalThis as unknown as { Office?: FakeOffice }).Office = office;
}

/** Runs the entry as the bundle does on load (its import above found no #root and did nothing). */
async function loadEntry(): Promise<void> {
  await act(async () => {
    start();
    // Let Office.onReady's promise settle inside act, where the entry renders.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
});

afterEach(() => setOffice(undefined));

describe('the entry', () => {
  const bootPreview = () =>
    (jest.requireMock('../../src/preview/boot') as { bootPreview: jest.Mock }).bootPreview;

  beforeEach(() => bootPreview().mockClear());

  it('loads the standalone preview when there is no Office host', async () => {
    setOffice({
      HostType: { Excel: 'Excel' },
      context: {},
      onReady: () => Promise.resolve({ host: null, platform: null }),
    });
    await loadEntry();
    await waitFor(() => expect(bootPreview()).toHaveBeenCalledTimes(1));
  });

  it('loads it too when office.js did not load at all', async () => {
    setOffice(undefined);
    await loadEntry();
    await waitFor(() => expect(bootPreview()).toHaveBeenCalledTimes(1));
  });

  it('says the add-in must be opened in Excel inside another Office app', async () => {
    setOffice({
      HostType: { Excel: 'Excel' },
      context: {},
      onReady: () => Promise.resolve({ host: 'Word', platform: 'PC' }),
    });
    await loadEntry();
    expect(await screen.findByText('请在 Excel 中打开')).toBeTruthy();
    expect(bootPreview()).not.toHaveBeenCalled();
  });

  it('in Excel, builds the actions from the Office host and checks the workbook', async () => {
    const excel = jest.requireMock('../../src/hosts/excel') as { createExcelActions: jest.Mock };
    const actions = fakeActions();
    excel.createExcelActions.mockReturnValue(actions);
    setOffice({
      HostType: { Excel: 'Excel' },
      context: { officeTheme: { bodyBackgroundColor: '#262626' } },
      onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }),
    });
    await loadEntry();
    expect(await screen.findByRole('button', { name: '重新计算得分' })).toBeTruthy();
    expect(excel.createExcelActions).toHaveBeenCalledWith('office-host-api');
    expect(actions.check).toHaveBeenCalledTimes(1);
  });
});
