/**
 * The pane's state and the one way it calls the workbook: every action goes through `run`, which
 * shows progress, turns a rejection into an ActionError for the MessageBar, and refuses a second
 * action while one is running (Office.js batches must not interleave).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Evaluation } from '../core';
import type { ActionError, LayoutRequest, WorkbookActions } from './actions';
import { toActionError } from './errors';
import { useAutoRecalc, type AutoRecalcState } from './useAutoRecalc';
import type { UnitYear } from './forms';
import type { PaneOperation } from '../strings/pane';
import { PANE_TEXT } from '../strings/pane';

/** Operations that hold the workbook and show progress (selecting a cell does neither). */
export type BusyOperation = Exclude<PaneOperation, 'select'>;

export interface PaneError {
  operation: PaneOperation;
  error: ActionError;
}

export interface PaneState {
  evaluation: Evaluation | null;
  /** Whether the evaluation shown comes from a check only (nothing rewritten yet). */
  checkedOnly: boolean;
  busy: BusyOperation | null;
  error: PaneError | null;
  /** What the last layout did (sheet names), until dismissed. */
  notice: string | null;
  /** Unit and year confirmed in a dialog, reused by the next layout. */
  unitYear: UnitYear | null;
  /** 编辑时自动重算: its switch, and the watch behind it. */
  autoRecalc: AutoRecalcState;
  recalculate(): void;
  insertForms(request: LayoutRequest): void;
  addProject(name: string, unitYear: UnitYear): void;
  selectCell(sheet: string, address: string): void;
  dismissError(): void;
  dismissNotice(): void;
}

export function usePane(actions: WorkbookActions): PaneState {
  const [evaluation, setEvaluationState] = useState<Evaluation | null>(null);
  const [checkedOnly, setCheckedOnly] = useState(true);
  const setEvaluation = useCallback((ev: Evaluation, byCheck = true) => {
    setEvaluationState(ev);
    setCheckedOnly(byCheck);
  }, []);
  const [busy, setBusy] = useState<BusyOperation | null>(null);
  const [error, setError] = useState<PaneError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [unitYear, setUnitYear] = useState<UnitYear | null>(null);
  const running = useRef(false);

  const run = useCallback(async (operation: BusyOperation, work: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(operation);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError({ operation, error: toActionError(e) });
    } finally {
      running.current = false;
      setBusy(null);
    }
  }, []);

  // First opening: check and list only; derived cells are rewritten on 重新计算得分 alone.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return; // StrictMode mounts twice in development
    started.current = true;
    void run('check', async () => setEvaluation(await actions.check()));
  }, [actions, run, setEvaluation]);

  const recalculate = useCallback(
    () => void run('recalculate', async () => setEvaluation(await actions.recalculate(), false)),
    [actions, run, setEvaluation],
  );

  const insertForms = useCallback(
    (request: LayoutRequest) =>
      void run('insert', async () => {
        setUnitYear({ unit: request.unit, year: request.year });
        const sheets = await actions.insertForms(request);
        setNotice(PANE_TEXT.inserted(sheets.join('、')));
        setEvaluation(await actions.check());
      }),
    [actions, run, setEvaluation],
  );

  const addProject = useCallback(
    (name: string, uy: UnitYear) =>
      void run('addProject', async () => {
        setUnitYear(uy);
        const sheet = await actions.addProject(name, uy.unit, uy.year);
        setNotice(PANE_TEXT.inserted(sheet));
        setEvaluation(await actions.check());
      }),
    [actions, run, setEvaluation],
  );

  // A recalculation after an edit shows like one of 重新计算得分; its failure like one too.
  const watched = useCallback((ev: Evaluation) => setEvaluation(ev, false), [setEvaluation]);
  const watchFailed = useCallback(
    (e: ActionError) => setError({ operation: 'recalculate', error: e }),
    [],
  );
  const autoRecalc = useAutoRecalc(actions, evaluation !== null, watched, watchFailed);

  // Selecting a cell is quick: no spinner, but not while another action holds the workbook.
  const selectCell = useCallback(
    (sheet: string, address: string) => {
      if (running.current) return;
      actions.selectCell(sheet, address).catch((e: unknown) => {
        setError({ operation: 'select', error: toActionError(e) });
      });
    },
    [actions],
  );

  return {
    evaluation,
    checkedOnly,
    busy,
    error,
    notice,
    unitYear,
    autoRecalc,
    recalculate,
    insertForms,
    addProject,
    selectCell,
    dismissError: useCallback(() => setError(null), []),
    dismissNotice: useCallback(() => setNotice(null), []),
  };
}
