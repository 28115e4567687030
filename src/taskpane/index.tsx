/**
 * The task pane's entry. Its start-up goes through src/hosts/excel (whenOfficeReady: the wait for
 * office.js, shared with the legacy pane), which hands it the Excel host API; it builds the
 * actions, reads Office's theme once and renders the pane. Outside Office (a browser tab) it
 * loads the standalone preview (src/preview) with a dynamic import(), so the pane's bundle in
 * Excel does not carry it; in another Office app it shows a notice.
 */
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { createExcelActions, officeBodyBackground, whenOfficeReady } from '../hosts/excel';
import type { ExcelHostApi } from '../hosts/excel';
import { App } from './components/App';
import { NotInExcel } from './components/NotInExcel';
import { Pane } from './components/Pane';
import { themeFromBackground } from './theme';
import type { PaneTheme } from './theme';

function officeTheme(): PaneTheme {
  // officeTheme is missing on some hosts and versions; light is the safe default.
  return themeFromBackground(officeBodyBackground());
}

function renderExcel(root: Root, api: ExcelHostApi): void {
  const actions = createExcelActions(api);
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

/** No Office host at all (a browser tab, or office.js failed to load): the preview. */
function renderOutsideExcel(root: Root): void {
  import(/* webpackChunkName: "preview" */ '../preview/boot')
    .then(({ bootPreview }) => bootPreview(root))
    .catch(() => renderNotInExcel(root));
}

/** Exported for the entry's test; the bundle runs it once, below. */
export function start(): void {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  whenOfficeReady({
    excel: (api) => renderExcel(root, api),
    otherHost: () => renderNotInExcel(root),
    noHost: () => renderOutsideExcel(root),
  });
}

start();
