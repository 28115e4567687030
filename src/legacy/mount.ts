/**
 * The legacy task pane, for the webviews the React pane cannot run in (Internet Explorer 11 and
 * Edge Legacy in Excel 2016/2019 on Windows): the same store, the same actions and the same
 * texts, drawn with plain DOM calls. Parts are redrawn only when what they show changed, so a
 * recalculation after an edit does not take the focus from a field being typed in.
 */
import type { WorkbookActions } from '../app/actions';
import type { OverallLayout } from '../layout/plan';
import { dialogUnitYear, formsOverview } from '../app/pane/forms';
import { createPaneStore, type PaneSnapshot } from '../app/pane/paneStore';
import { PREVIEW_TEXT } from '../strings/pane';
import { addProjectDialog, insertDialog } from './view/dialogs';
import { el, messageBar, replaceChildren } from './view/dom';
import { printSetup } from './view/print';
import { reportBodyPanel } from './view/reportBody';
import { renderResults, type OpenSections } from './view/results';
import { settingsPanel } from './view/settings';
import { renderStatus } from './view/status';
import { ensureStyles } from './view/styles';

export interface LegacyPaneOptions {
  /** Not in Excel (the IE11 test harness): say so at the top, as the preview does. */
  preview?: boolean;
}

type OpenDialog = 'insert' | 'addProject' | null;

/**
 * Shows the pane in `container`, in place of what it held (the page's loading sign); returns a
 * function that takes it away again.
 */
export function mountLegacyPane(
  container: HTMLElement,
  actions: WorkbookActions,
  options: LegacyPaneOptions = {},
): () => void {
  ensureStyles(container.ownerDocument);
  const store = createPaneStore(actions);
  const capabilities = actions.capabilities();
  const status = el('div', {});
  const dialogSlot = el('div', {});
  const results = el('div', {});
  const root = el(
    'main',
    { class: 'pane', lang: 'zh-CN' },
    options.preview === true && messageBar('info', PREVIEW_TEXT.bannerTitle),
    status,
    dialogSlot,
    results,
    // Below the results, as in the React pane: printing is set up once, results read every time.
    printSetup(actions),
    reportBodyPanel(store, actions),
    settingsPanel(actions, store.recalculate),
  );
  let dialog: OpenDialog = null;
  let statusKey = '';
  let resultsKey: unknown[] = [];
  /** Folded sections left open, kept across redraws. */
  const open: OpenSections = {};

  const overviewOf = (s: PaneSnapshot) => formsOverview(s.evaluation?.summary ?? null);

  let storedLayout: OverallLayout = 'scale';

  function openDialog(kind: OpenDialog): void {
    dialog = kind;
    drawDialog(store.getSnapshot());
  }

  function drawDialog(s: PaneSnapshot): void {
    const close = (): void => openDialog(null);
    const forms = s.evaluation?.summary.forms ?? [];
    const { proposed, known } = dialogUnitYear(s.unitYear, forms);
    let panel: HTMLElement | null = null;
    if (dialog === 'insert')
      panel = insertDialog(
        overviewOf(s).missing,
        proposed,
        (request) => {
          close();
          store.insertForms(request);
        },
        close,
        storedLayout,
      );
    else if (dialog === 'addProject')
      panel = addProjectDialog(
        known,
        proposed,
        (name, unitYear) => {
          close();
          store.addProject(name, unitYear);
        },
        close,
      );
    replaceChildren(dialogSlot, [panel]);
  }

  function draw(): void {
    const s = store.getSnapshot();
    const overview = overviewOf(s);
    const canInsert = s.evaluation !== null && overview.missing.length > 0;
    const key = JSON.stringify([s.busy, s.error, s.notice, s.autoRecalc, canInsert]);
    if (key !== statusKey) {
      statusKey = key;
      replaceChildren(
        status,
        renderStatus(s, capabilities, canInsert, store, {
          openInsert: () => {
            // The workbook's 附件2 样式, proposed by the dialog.
            const read = actions.readSettings ? actions.readSettings() : null;
            if (!read) return openDialog('insert');
            read.then(
              (stored) => {
                storedLayout = stored.overallLayout;
                openDialog('insert');
              },
              () => openDialog('insert'),
            );
          },
          openAddProject: () => openDialog('addProject'),
        }),
      );
    }
    // busy only disables the stale line's button.
    const shown = [s.evaluation, s.checkedOnly, s.stale, s.stale && s.busy !== null];
    if (shown.some((k, i) => k !== resultsKey[i])) {
      resultsKey = shown;
      replaceChildren(
        results,
        renderResults(s, overview, open, {
          select: store.selectCell,
          recalculate: store.recalculate,
        }),
      );
    }
  }

  const unsubscribe = store.subscribe(draw);
  replaceChildren(container, [root]);
  draw();
  store.start();
  return () => {
    unsubscribe();
    store.dispose();
    if (root.parentNode) root.parentNode.removeChild(root);
  };
}
