/**
 * @jest-environment jsdom
 */
/**
 * Issue #6, point 4: for a hand-made workbook the pane says which forms it recognised and which
 * expected labels it could not read.
 */
import { screen } from '@testing-library/react';
import { fakeActions, seedGrids } from './fakeActions';
import { renderPane } from './renderPane';
import { evaluate } from '../../src/core';

it('names the labels a hand-made 附件2 lacks, with its sheet', async () => {
  const [overall] = seedGrids([1]);
  // The accountant typed 完成率 where the official form says 执行率.
  for (const row of overall.values)
    row.forEach((v, c) => {
      if (v === '执行率') row[c] = '完成率';
    });
  const evaluation = evaluate([overall]);
  renderPane(fakeActions(evaluation));
  expect(
    await screen.findByText(/附件2.*工作表“附件2 整体支出自评表”.*未能识别的栏目：执行率/),
  ).toBeTruthy();
  // The forms it did not find at all are named as missing, on the line of counts.
  expect(screen.getByText('已找到 附件2；未找到 附件1、附件3')).toBeTruthy();
});
