/**
 * The pane's actions as the preview hands them to the Pane: the same calls, plus notices to the
 * preview after each one (the grid redraws what the action changed: values, the selection, a new
 * sheet; a selected cell is scrolled into view) and the latest evaluation (for the grid's
 * highlights). The preview never watches the workbook itself: it sees the evaluations of the
 * pane's own watch, so with 编辑时自动重算 off nothing recalculates behind the pane's back.
 *
 * `edited()` is the grid's report of an entry: the pane hears it through watchStale (besides the
 * host's own, where it has one), so the preview's pane says 结果可能已过期 whatever the host.
 */
import type { Evaluation } from '../core';
import type { WorkbookActions } from '../app/actions';

export interface Observer {
  /** Something in the workbook may have changed: redraw. */
  changed(): void;
  /** A fresh evaluation (check, recalculation or a watched edit). */
  evaluated(evaluation: Evaluation): void;
  /** The pane selected a cell (a flag's link): show its sheet and scroll to it. */
  selected?(sheet: string, address: string): void;
}

export interface ObservedActions extends WorkbookActions {
  /** The preview's grid committed an entry. */
  edited(): void;
}

export function observeActions(actions: WorkbookActions, observer: Observer): ObservedActions {
  const evaluated = async <T extends Evaluation>(p: Promise<T>) => {
    const evaluation = await p;
    observer.evaluated(evaluation);
    observer.changed();
    return evaluation;
  };
  const after = async <T>(p: Promise<T>) => {
    try {
      return await p;
    } finally {
      observer.changed();
    }
  };
  const staleListeners = new Set<() => void>();
  const watch = actions.watch?.bind(actions);
  const hostStale = actions.watchStale?.bind(actions);
  return {
    ...actions,
    capabilities: () => actions.capabilities(),
    check: () => evaluated(actions.check()),
    recalculate: () => evaluated(actions.recalculate()),
    insertForms: (request) => after(actions.insertForms(request)),
    addProject: (name, unit, year) => after(actions.addProject(name, unit, year)),
    selectCell: async (sheet, address) => {
      await after(actions.selectCell(sheet, address));
      observer.selected?.(sheet, address);
    },
    watch: watch
      ? (onEvaluation, onError) =>
          watch((e) => {
            onEvaluation(e);
            observer.evaluated(e);
            observer.changed();
          }, onError)
      : undefined,
    async watchStale(onStale) {
      staleListeners.add(onStale);
      const stopHost = hostStale ? await hostStale(onStale) : null;
      return () => {
        staleListeners.delete(onStale);
        stopHost?.();
      };
    },
    edited() {
      staleListeners.forEach((listener) => listener());
    },
  };
}
