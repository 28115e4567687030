/**
 * The top of the legacy pane: the three actions, 编辑时自动重算, what this Excel cannot do,
 * progress, the error bar and the layout notice. Re-rendered from each store snapshot.
 */
import type { HostCapabilities } from '../../app/actions';
import type { BusyOperation, PaneError, PaneSnapshot, PaneStore } from '../../app/pane/paneStore';
import { AUTO_RECALC_TEXT, PANE_TEXT } from '../../strings/pane';
import { button, el, messageBar, type Child } from './dom';

const BUSY_TEXT: Record<BusyOperation, string> = {
  check: PANE_TEXT.busyCheck,
  recalculate: PANE_TEXT.busyRecalculate,
  insert: PANE_TEXT.busyInsert,
  addProject: PANE_TEXT.busyAddProject,
};

export interface StatusHandlers {
  openInsert(): void;
  openAddProject(): void;
}

function toolbar(s: PaneSnapshot, canInsert: boolean, store: PaneStore, h: StatusHandlers): Node {
  const busy = s.busy !== null;
  return el(
    'div',
    { class: 'toolbar', role: 'toolbar' },
    button(PANE_TEXT.recalculate, store.recalculate, {
      primary: true,
      disabled: busy,
      title: PANE_TEXT.recalculateHint,
    }),
    button(PANE_TEXT.insertForms, h.openInsert, { disabled: busy || !canInsert }),
    button(PANE_TEXT.addProject, h.openAddProject, { disabled: busy }),
  );
}

function autoRecalcSwitch(s: PaneSnapshot, store: PaneStore): Child {
  if (!s.autoRecalc.available) return null;
  const box = el('input', { type: 'checkbox', id: 'legacy-auto-recalc' }) as HTMLInputElement;
  box.checked = s.autoRecalc.on;
  box.addEventListener('click', () => store.setAutoRecalc(box.checked));
  return el(
    'div',
    {},
    el(
      'label',
      { class: 'switch', for: 'legacy-auto-recalc', title: AUTO_RECALC_TEXT.hint },
      box,
      ` ${AUTO_RECALC_TEXT.label}`,
    ),
    !s.autoRecalc.undoKept && el('div', { class: 'muted' }, AUTO_RECALC_TEXT.undoNote),
  );
}

function capabilityNotes(capabilities: HostCapabilities): Child[] {
  return [
    !capabilities.autoRecalc && messageBar('info', PANE_TEXT.noAutoRecalc),
    !capabilities.pageSetup && messageBar('info', PANE_TEXT.noPageSetup),
    !capabilities.cellLayout && messageBar('info', PANE_TEXT.noCellLayout),
  ];
}

export function errorBar(error: PaneError, onDismiss: () => void): HTMLElement {
  const e = error.error;
  return messageBar(
    'error',
    el('div', { class: 'bar-title' }, PANE_TEXT.errorTitle[error.operation]),
    el('div', {}, e.message),
    el('div', {}, PANE_TEXT.errorWhatToDo),
    el('div', { class: 'mono' }, PANE_TEXT.errorDetails(e.code, e.debugInfo)),
    button(PANE_TEXT.dismiss, onDismiss, { small: true }),
  );
}

export function renderStatus(
  s: PaneSnapshot,
  capabilities: HostCapabilities,
  canInsert: boolean,
  store: PaneStore,
  handlers: StatusHandlers,
): Child[] {
  return [
    toolbar(s, canInsert, store, handlers),
    autoRecalcSwitch(s, store),
    ...capabilityNotes(capabilities),
    s.busy && el('div', { class: 'muted', role: 'status' }, BUSY_TEXT[s.busy]),
    s.error && errorBar(s.error, store.dismissError),
    s.notice &&
      messageBar(
        'success',
        s.notice,
        ' ',
        button(PANE_TEXT.dismiss, store.dismissNotice, { small: true }),
      ),
  ];
}
