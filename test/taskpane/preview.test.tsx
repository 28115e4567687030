/**
 * The preview's pieces without a browser: how cells read and what a typed entry becomes, the
 * shared watch (the pane and the preview both listen, the workbook is watched once), and the
 * grid drawn from the demo workbook on the memory host (merges, selection, edits).
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { demoPlans } from '../../src/cli/demoWorkbook';
import type { Evaluation } from '../../src/core';
import { memoryWorkbookFromPlans } from '../../src/hosts/memory';
import { cellText, parseEntry } from '../../src/preview/cellText';
import { GridView, revealCell } from '../../src/preview/GridView';
import { observeActions } from '../../src/preview/observe';
import { sheetModel } from '../../src/preview/sheetModel';
import { App } from '../../src/taskpane/components/App';
import { fakeActions, seedEvaluation } from './fakeActions';

describe('cellText', () => {
  it('shows numbers in the layout’s formats, as Excel does', () => {
    expect(cellText(4889977, '#,##0.00')).toBe('4,889,977.00');
    expect(cellText(1.8726, '0.00%')).toBe('187.26%');
    expect(cellText(1.167, '0.0%')).toBe('116.7%');
    expect(cellText(1.55, '0%')).toBe('155%');
    expect(cellText(0.1 + 0.2, 'General')).toBe('0.3');
    expect(cellText('', 'General')).toBe('');
    expect(cellText('——', '#,##0.00')).toBe('——');
  });
});

describe('parseEntry', () => {
  it('reads plain numbers, thousands separators and percents; keeps the rest as text', () => {
    expect(parseEntry('2620800')).toBe(2620800);
    expect(parseEntry('2,620,800.00')).toBe(2620800);
    expect(parseEntry('87%')).toBe(0.87);
    expect(parseEntry('  ')).toBe('');
    expect(parseEntry('262.08万元')).toBe('262.08万元');
    expect(parseEntry('1,2,3')).toBe('1,2,3');
  });
});

describe('observeActions', () => {
  it('passes the pane’s watch through, reporting each evaluation; it starts none itself', async () => {
    const actions = fakeActions();
    let emit: ((e: Evaluation) => void) | null = null;
    const stop = jest.fn();
    const watch = jest.fn((onEvaluation: (e: Evaluation) => void) => {
      emit = onEvaluation;
      return Promise.resolve(stop);
    });
    const observer = { changed: jest.fn(), evaluated: jest.fn() };
    const observed = observeActions({ ...actions, watch }, observer);
    expect(watch).not.toHaveBeenCalled();
    const pane = jest.fn();
    const stopPane = await observed.watch?.(pane, () => undefined);
    expect(watch).toHaveBeenCalledTimes(1);
    const ev = seedEvaluation();
    emit!(ev);
    expect(pane).toHaveBeenCalledWith(ev);
    expect(observer.evaluated).toHaveBeenCalledWith(ev);
    // The pane turns 编辑时自动重算 off: the workbook is no longer watched at all.
    stopPane?.();
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('offers no watch where the host has none', () => {
    const actions = { ...fakeActions(), watch: undefined };
    const observed = observeActions(actions, { changed: jest.fn(), evaluated: jest.fn() });
    expect(observed.watch).toBeUndefined();
  });

  it('tells the pane’s watchStale of an entry in the grid, and of the host’s own reports', async () => {
    let hostStale: (() => void) | null = null;
    const stopHost = jest.fn();
    const actions = {
      ...fakeActions(),
      watchStale: jest.fn(async (listener: () => void) => {
        hostStale = listener;
        return stopHost;
      }),
    };
    const observed = observeActions(actions, { changed: jest.fn(), evaluated: jest.fn() });
    const onStale = jest.fn();
    observed.edited(); // nobody listening yet (编辑时自动重算 on)
    const stop = await observed.watchStale?.(onStale);
    observed.edited();
    hostStale!();
    expect(onStale).toHaveBeenCalledTimes(2);
    stop?.();
    expect(stopHost).toHaveBeenCalledTimes(1);
    observed.edited();
    expect(onStale).toHaveBeenCalledTimes(2);
  });

  it('says which cell the pane selected, after the workbook has', async () => {
    const actions = fakeActions();
    const selected = jest.fn();
    const observed = observeActions(actions, {
      changed: jest.fn(),
      evaluated: jest.fn(),
      selected,
    });
    await observed.selectCell('附件2 整体支出自评表', 'H42');
    expect(actions.selectCell).toHaveBeenCalledWith('附件2 整体支出自评表', 'H42');
    expect(selected).toHaveBeenCalledWith('附件2 整体支出自评表', 'H42');
  });
});

describe('revealCell', () => {
  const rect = (top: number, left: number, height: number, width: number) =>
    ({ top, left, bottom: top + height, right: left + width, height, width }) as DOMRect;

  it('centres a cell below the visible part, and leaves a visible one alone', () => {
    const box = document.createElement('div');
    const cell = document.createElement('td');
    Object.defineProperty(box, 'clientHeight', { value: 400 });
    Object.defineProperty(box, 'clientWidth', { value: 800 });
    box.getBoundingClientRect = () => rect(100, 0, 400, 800);
    cell.getBoundingClientRect = () => rect(900, 50, 20, 100);
    revealCell(box, cell);
    // 900 − 100 − (400 − 20) / 2 = 610: the cell's top lands 190 px into the box, centred.
    expect(box.scrollTop).toBe(610);
    expect(box.scrollLeft).toBe(0);
    cell.getBoundingClientRect = () => rect(200, 50, 20, 100);
    box.scrollTop = 0;
    revealCell(box, cell);
    expect(box.scrollTop).toBe(0);
  });
});

describe('GridView on the demo workbook', () => {
  it('draws merges as spans and commits an entry through onCommit', async () => {
    const book = await memoryWorkbookFromPlans(demoPlans());
    const sheet = book.sheetNames()[1];
    const model = sheetModel(book, sheet);
    const title = model.rows.flat().find((c) => c.text.includes('部门整体支出绩效自评表'));
    expect(title?.colSpan).toBeGreaterThan(1);
    const onCommit = jest.fn();
    render(
      <App theme="light">
        <GridView
          model={model}
          selected="B2"
          overBudget={new Set()}
          onSelect={() => undefined}
          onCommit={onCommit}
        />
      </App>,
    );
    const cell = document.querySelector('td[data-address="F8"]') as HTMLElement;
    act(() => {
      fireEvent.doubleClick(cell);
    });
    const input = await screen.findByRole('textbox', { name: '编辑单元格 F8' });
    fireEvent.change(input, { target: { value: '2620800' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(onCommit).toHaveBeenCalledTimes(1));
    expect(onCommit).toHaveBeenCalledWith('F8', '2620800');
  });
});
