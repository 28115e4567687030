/**
 * The React pane's view of the pane store (paneStore.ts): one store per actions, started while
 * the pane is mounted, its snapshot re-rendered on every change.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { LayoutRequest, WorkbookActions } from '../app/actions';
import type { UnitYear } from '../app/pane/forms';
import { createPaneStore, type AutoRecalcSnapshot, type PaneSnapshot } from '../app/pane/paneStore';

export type { BusyOperation, PaneError } from '../app/pane/paneStore';

export interface AutoRecalcState extends AutoRecalcSnapshot {
  setOn(on: boolean): void;
}

export interface PaneState extends Omit<PaneSnapshot, 'autoRecalc'> {
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
  const store = useMemo(() => createPaneStore(actions), [actions]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  // StrictMode mounts twice in development: start() is idempotent, dispose() only stops the watch.
  useEffect(() => {
    store.start();
    return () => store.dispose();
  }, [store]);
  const autoRecalc = useMemo(
    () => ({ ...snapshot.autoRecalc, setOn: store.setAutoRecalc }),
    [snapshot.autoRecalc, store],
  );
  return {
    ...snapshot,
    autoRecalc,
    recalculate: store.recalculate,
    insertForms: store.insertForms,
    addProject: store.addProject,
    selectCell: store.selectCell,
    dismissError: store.dismissError,
    dismissNotice: store.dismissNotice,
  };
}
