/**
 * The pane store alone (no React): the React pane and the legacy IE11 pane both render it, so
 * its sequencing is tested once here — one check however often start() runs, no watch before
 * the first check and the workbook's stored choice, one action at a time, a watch stopped by
 * the switch and by dispose().
 */
import type { Evaluation } from '../../src/core';
import type { WorkbookSettings } from '../../src/app/actions';
import { createPaneStore } from '../../src/app/pane/paneStore';
import { deferred, fakeActions, seedEvaluation } from './fakeActions';

const flush = () => new Promise((r) => setTimeout(r, 0));

function watchable(stored: Partial<WorkbookSettings> = {}) {
  const stop = jest.fn();
  let push: ((e: Evaluation) => void) | null = null;
  const actions = fakeActions(seedEvaluation(), {});
  const watch = jest.fn(async (onEvaluation: (e: Evaluation) => void) => {
    push = onEvaluation;
    return stop;
  });
  const saveSettings = jest.fn(async () => undefined);
  const readSettings = jest.fn(async () => stored as WorkbookSettings);
  return {
    actions: { ...actions, watch, saveSettings, readSettings },
    stop,
    push: (e: Evaluation) => push?.(e),
  };
}

describe('pane store', () => {
  it('checks once however often it is started, and shows the check', async () => {
    const actions = fakeActions();
    const store = createPaneStore(actions);
    store.start();
    store.dispose();
    store.start();
    await flush();
    expect(actions.check).toHaveBeenCalledTimes(1);
    expect(actions.recalculate).not.toHaveBeenCalled();
    const s = store.getSnapshot();
    expect(s.checkedOnly).toBe(true);
    expect(s.busy).toBeNull();
    expect(s.evaluation?.summary.forms.map((f) => f.kind)).toEqual(['base', 'overall', 'project']);
  });

  it('watches only after the first check and the stored choice, and follows the switch', async () => {
    const w = watchable();
    const store = createPaneStore(w.actions);
    expect(w.actions.watch).not.toHaveBeenCalled();
    store.start();
    await flush();
    expect(w.actions.watch).toHaveBeenCalledTimes(1);
    const edited = seedEvaluation([1]);
    w.push(edited);
    expect(store.getSnapshot().evaluation).toBe(edited);
    expect(store.getSnapshot().checkedOnly).toBe(false);
    store.setAutoRecalc(false);
    expect(w.stop).toHaveBeenCalledTimes(1);
    expect(w.actions.saveSettings).toHaveBeenLastCalledWith({ autoRecalc: false });
    store.setAutoRecalc(true);
    await flush();
    expect(w.actions.watch).toHaveBeenCalledTimes(2);
    store.dispose();
    expect(w.stop).toHaveBeenCalledTimes(2);
  });

  it('never starts the watch when the workbook stored the switch off', async () => {
    const w = watchable({ autoRecalc: false });
    const store = createPaneStore(w.actions);
    store.start();
    await flush();
    expect(store.getSnapshot().autoRecalc.on).toBe(false);
    expect(w.actions.watch).not.toHaveBeenCalled();
  });

  it('runs one action at a time and reports a failure with its operation', async () => {
    const held = deferred<Evaluation>();
    const actions = fakeActions(seedEvaluation(), { recalculate: () => held.promise });
    const store = createPaneStore(actions);
    store.start();
    await flush();
    store.recalculate();
    store.recalculate();
    store.insertForms({ kinds: ['base'], unit: '某单位', year: 2020, projectNames: [] });
    expect(store.getSnapshot().busy).toBe('recalculate');
    expect(actions.recalculate).toHaveBeenCalledTimes(1);
    expect(actions.insertForms).not.toHaveBeenCalled();
    held.resolve(seedEvaluation());
    await flush();
    expect(store.getSnapshot().busy).toBeNull();

    actions.recalculate.mockRejectedValueOnce({ message: '工作簿已锁定', code: 'AccessDenied' });
    store.recalculate();
    await flush();
    expect(store.getSnapshot().error).toEqual({
      operation: 'recalculate',
      error: { message: '工作簿已锁定', code: 'AccessDenied' },
    });
  });
});

describe('pane store: 结果可能已过期', () => {
  function staleWatching(autoRecalc: boolean) {
    const w = watchable({ autoRecalc });
    const stopStale = jest.fn();
    let onStale: (() => void) | null = null;
    const watchStale = jest.fn(async (listener: () => void) => {
      onStale = listener;
      return stopStale;
    });
    return { ...w, actions: { ...w.actions, watchStale }, stopStale, stale: () => onStale?.() };
  }

  it('listens while the switch is off, marks the pane stale, and the next evaluation clears it', async () => {
    const s = staleWatching(false);
    const store = createPaneStore(s.actions);
    store.start();
    await flush();
    expect(s.actions.watchStale).toHaveBeenCalledTimes(1);
    expect(s.actions.watch).not.toHaveBeenCalled();
    s.stale();
    expect(store.getSnapshot().stale).toBe(true);
    store.recalculate();
    await flush();
    expect(store.getSnapshot().stale).toBe(false);
    store.dispose();
    expect(s.stopStale).toHaveBeenCalledTimes(1);
  });

  it('takes a change reported during an action as the action’s own', async () => {
    const s = staleWatching(false);
    const held = deferred<Evaluation>();
    const actions = { ...s.actions, recalculate: jest.fn(() => held.promise) };
    const store = createPaneStore(actions);
    store.start();
    await flush();
    store.recalculate();
    s.stale();
    expect(store.getSnapshot().stale).toBe(false);
    held.resolve(seedEvaluation());
    await flush();
    expect(store.getSnapshot().stale).toBe(false);
  });

  it('swaps the watches with the switch', async () => {
    const s = staleWatching(true);
    const store = createPaneStore(s.actions);
    store.start();
    await flush();
    expect(s.actions.watch).toHaveBeenCalledTimes(1);
    expect(s.actions.watchStale).not.toHaveBeenCalled();
    store.setAutoRecalc(false);
    await flush();
    expect(s.stop).toHaveBeenCalledTimes(1);
    expect(s.actions.watchStale).toHaveBeenCalledTimes(1);
    store.setAutoRecalc(true);
    await flush();
    expect(s.stopStale).toHaveBeenCalledTimes(1);
    expect(s.actions.watch).toHaveBeenCalledTimes(2);
  });
});
