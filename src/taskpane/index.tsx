/**
 * The task pane's entry: besides src/hosts/excel, the only code that waits for office.js
 * (onReady). It builds the Excel actions and reads Office's theme once, both through
 * src/hosts/excel, and renders the pane. Outside
 * Office (a browser tab) it loads the standalone preview (src/preview) with a dynamic import(),
 * so the pane's bundle in Excel does not carry it; in another Office app it shows a notice.
 */
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { createExcelActions, officeBodyBackground, officeHostApi } from '../hosts/excel';
import { App } from './components/App';
import { NotInExcel } from './components/NotInExcel';
import { Pane } from './components/Pane';
import { themeFromBackground } from './theme';
import type { PaneTheme } from './theme';

/** How long to wait for Office.onReady before deciding the page is not in an Office host. */
const OFFICE_WAIT_MS = 3000;

function officeTheme(): PaneTheme {
  // officeTheme is missing on some hosts and versions; light is the safe default.
  return themeFromBackground(officeBodyBackground());
}

function renderExcel(root: Root): void {
  const actions = createExcelActions(officeHostApi());
  root.render(
    <App theme={officeTheme()}>
      <Pane actions={actions} />
    </App>,
  );
}

/** In another Office app (Word, PowerPoint…), or the preview could not load. */
function renderNotInExcel(root: Root): void {
  root.render(
    <App theme="light">
      <NotInExcel />
    </App>,
  );
}

/** Roots the preview was started in: the timeout and a late onReady must not load it twice. */
const previewing = new WeakSet<Root>();

/** No Office host at all (a browser tab, or office.js failed to load): the preview. */
function renderOutsideExcel(root: Root): void {
  if (previewing.has(root)) return;
  previewing.add(root);
  import(/* webpackChunkName: "preview" */ '../preview/boot')
    .then(({ bootPreview }) => bootPreview(root))
    .catch(() => renderNotInExcel(root));
}

/** Exported for the entry's test; the bundle runs it once, below. */
export function start(): void {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  if (typeof Office === 'undefined') {
    renderOutsideExcel(root);
    return;
  }
  let inExcel = false;
  // Outside Office, onReady may resolve with no host, or (office.js unable to reach its host)
  // never: after a short wait say so, and still switch to the pane if Excel answers later.
  const timer = window.setTimeout(() => {
    if (!inExcel) renderOutsideExcel(root);
  }, OFFICE_WAIT_MS);
  void Office.onReady().then((info) => {
    window.clearTimeout(timer);
    if (info.host === Office.HostType.Excel) {
      inExcel = true;
      renderExcel(root);
    } else if (info.host) {
      renderNotInExcel(root);
    } else {
      renderOutsideExcel(root);
    }
  });
}

start();
