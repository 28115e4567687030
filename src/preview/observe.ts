/**
 * The pane's actions as the preview hands them to the Pane: the same calls, plus a notice to the
 * preview after each one (the grid redraws what the action changed: values, the selection, a new
 * sheet) and the latest evaluation (for the grid's highlights). `watch` is shared: the preview
 * and the pane may both subscribe, and the workbook is still watched once, so an edit is one
 * recalculation whoever listens.
 */
import type { Evaluation } from '../core';
import type { ActionError, WorkbookActions } from '../app/actions';

export interface Observer {
  /** Something in the workbook may have changed: redraw. */
  changed(): void;
  /** A fresh evaluation (check, recalculation or a watched edit). */
  evaluated(evaluation: Evaluation): void;
}

type Listener = { onEvaluation(e: Evaluation): void; onError(e: ActionError): void };

function sharedWatch(
  watch: NonNullable<WorkbookActions['watch']>,
): NonNullable<WorkbookActions['watch']> {
  const listeners = new Set<Listener>();
  let started: Promise<() => void> | null = null;
  return async (onEvaluation, onError) => {
    const listener = { onEvaluation, onError };
    listeners.add(listener);
    started ??= watch(
      (e) => listeners.forEach((l) => l.onEvaluation(e)),
      (e) => listeners.forEach((l) => l.onError(e)),
    );
    await started;
    return () => {
      listeners.delete(listener);
    };
  };
}

export function observeActions(actions: WorkbookActions, observer: Observer): WorkbookActions {
  const evaluated = async (p: Promise<Evaluation>) => {
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
  const watch = actions.watch ? sharedWatch(actions.watch.bind(actions)) : undefined;
  return {
    ...actions,
    capabilities: () => actions.capabilities(),
    check: () => evaluated(actions.check()),
    recalculate: () => evaluated(actions.recalculate()),
    insertForms: (request) => after(actions.insertForms(request)),
    addProject: (name, unit, year) => after(actions.addProject(name, unit, year)),
    selectCell: (sheet, address) => after(actions.selectCell(sheet, address)),
    watch: watch
      ? (onEvaluation, onError) =>
          watch((e) => {
            onEvaluation(e);
            observer.evaluated(e);
            observer.changed();
          }, onError)
      : undefined,
  };
}
