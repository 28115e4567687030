/**
 * 编辑时自动重算: whether the switch is shown (the host has change events and a watch), whether
 * it is on (remembered in the workbook where the actions can store settings, else for this
 * session only), and the watch itself, started once the first check is shown and stopped when
 * the switch is turned off or the pane goes away.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Evaluation } from '../core';
import { AUTO_RECALC_TEXT } from '../strings/pane';
import type { ActionError, WorkbookActions } from './actions';

export interface AutoRecalcState {
  /** The switch is shown (ExcelApi 1.7 and a host that can watch). */
  available: boolean;
  on: boolean;
  /** Excel keeps its undo history across the add-in's writes (ExcelApi 1.20). */
  undoKept: boolean;
  setOn(on: boolean): void;
}

export function useAutoRecalc(
  actions: WorkbookActions,
  ready: boolean,
  onEvaluation: (evaluation: Evaluation) => void,
  onError: (error: ActionError) => void,
): AutoRecalcState {
  const capabilities = actions.capabilities();
  const available = capabilities.autoRecalc && actions.watch !== undefined;
  const [on, setOnState] = useState(true);
  // Not watching before the workbook's own choice is known (no start-then-stop).
  const [known, setKnown] = useState(!available || !actions.readSettings);

  // The workbook's own choice, once (on by default when it has none).
  useEffect(() => {
    if (!available || !actions.readSettings) return;
    let live = true;
    actions
      .readSettings()
      .then(
        (stored) => {
          if (live && typeof stored.autoRecalc === 'boolean') setOnState(stored.autoRecalc);
        },
        () => undefined, // unreadable settings: keep the default, the check reports the workbook
      )
      .finally(() => live && setKnown(true));
    return () => {
      live = false;
    };
  }, [actions, available]);

  useEffect(() => {
    if (!available || !on || !ready || !known || !actions.watch) return;
    let stop: (() => void) | null = null;
    let live = true;
    actions.watch(onEvaluation, onError).then(
      (stopWatching) => {
        if (live) stop = stopWatching;
        else stopWatching();
      },
      (error: ActionError) => live && onError(error),
    );
    return () => {
      live = false;
      stop?.();
    };
  }, [actions, available, on, ready, known, onEvaluation, onError]);

  const setOn = useCallback(
    (next: boolean) => {
      setOnState(next);
      actions
        .saveSettings?.({ autoRecalc: next })
        .catch(() => onError({ message: AUTO_RECALC_TEXT.saveFailed }));
    },
    [actions, onError],
  );

  return { available, on, undoKept: capabilities.mergeUndo, setOn };
}
