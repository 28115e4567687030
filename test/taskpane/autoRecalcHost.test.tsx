/**
 * @jest-environment jsdom
 */
import { act, waitFor, within } from '@testing-library/react';
import { createExcelActions } from '../../src/hosts/excel';
import { memoryWorkbookFromPlans } from '../../src/hosts/memory';
import { OVERALL, seedPlans } from '../hosts/helpers';
import { card, problems } from './paneQueries';
import { renderPane } from './renderPane';

describe('编辑时自动重算 on the memory host', () => {
  it('an edit in 附件2 updates the pane and the sheet without a click', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(1));
    const actions = createExcelActions(book.api(), { watch: { debounceMs: 5 } });
    await actions.recalculate();
    renderPane(actions);
    await problems();
    const overall = await card('附件2 整体支出自评表');
    await waitFor(() => expect(book.runs.length).toBeGreaterThan(2)); // the watch has started
    expect(within(overall).getByText('187.26%')).toBeTruthy();

    await act(async () => {
      await book.edit(OVERALL, 'F9', 2_600_000);
      await book.settled();
    });
    await waitFor(() => expect(book.value(OVERALL, 'G9')).toBe(0.9921));
    await waitFor(() => expect(within(overall).getByText('99.21%')).toBeTruthy());
    expect(within(overall).queryByText('187.26%')).toBeNull();
  });
});
