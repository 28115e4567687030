/**
 * The legacy pane's entry (dist/legacy.html), for the webviews of Excel 2016/2019 perpetual on
 * Windows: Internet Explorer 11 or Edge Legacy (EdgeHTML), which cannot run the React pane.
 * taskpane.html sends them here. Compiled to ES5 (tsconfig.legacy.json, webpack's legacy
 * compilation); the polyfills come first, before any module that may use what IE11 lacks.
 *
 * In Excel it mounts the plain-DOM pane (src/legacy/mount.ts) over the same Excel host and pane
 * store as the React pane. In another Office app, or with no Office answer at all after a few
 * seconds, it says where the add-in belongs: this page is only ever opened inside Office (the
 * standalone preview stays on taskpane.html).
 */
import './polyfills';
import { createExcelActions, whenOfficeReady } from '../hosts/excel';
import { PANE_TEXT } from '../strings/pane';
import { mountLegacyPane } from './mount';

/** One line in place of the pane: the add-in is for Excel. */
function showNotInExcel(root: HTMLElement): void {
  while (root.firstChild) root.removeChild(root.firstChild);
  const p = document.createElement('p');
  p.setAttribute('role', 'status');
  p.style.margin = '12px';
  p.style.lineHeight = '1.5';
  p.appendChild(
    document.createTextNode(`${PANE_TEXT.notInExcelTitle}：${PANE_TEXT.notInExcelBody}`),
  );
  root.appendChild(p);
}

/** Exported for a test; the bundle runs it once, below. */
export function start(): void {
  const root = document.getElementById('root');
  if (!root) return;
  // The wait for office.js is the React pane's (whenOfficeReady); a late Excel still mounts.
  whenOfficeReady({
    excel: (api) => mountLegacyPane(root, createExcelActions(api)),
    otherHost: () => showNotInExcel(root),
    noHost: () => showNotInExcel(root),
  });
}

start();
