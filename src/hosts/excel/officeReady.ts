/// <reference types="office-js" />
/**
 * The panes' start-up: wait for office.js (Office.onReady), then say where the page runs. Both
 * pane entries (src/taskpane, src/legacy) start through here.
 */
import type { ExcelHostApi } from './api';
import { officeHostApi } from './office';

/** How long to wait for Office.onReady before deciding the page is not in an Office host. */
export const OFFICE_WAIT_MS = 3000;

export interface OfficeStart {
  /** In Excel, with the host API over the loaded office.js. */
  excel(api: ExcelHostApi): void;
  /** In another Office application (Word, PowerPoint…). */
  otherHost(): void;
  /** No Office host answered (a browser tab, or office.js could not load or reach its host). */
  noHost(): void;
}

type ReadyInfo = { host: Office.HostType | null } | undefined;

/**
 * Calls exactly one of `excel` and `otherHost`, or `noHost`, once each at most. Outside Office
 * onReady may resolve with no host or never call back: after `waitMs` that is `noHost`, and
 * Excel answering later still gets `excel`.
 */
export function whenOfficeReady(start: OfficeStart, waitMs = OFFICE_WAIT_MS): void {
  let answered = false;
  let inExcel = false;
  let noHostSaid = false;
  const noHost = (): void => {
    if (noHostSaid || inExcel) return;
    noHostSaid = true;
    start.noHost();
  };
  if (typeof Office === 'undefined') {
    noHost();
    return;
  }
  const timer = setTimeout(noHost, waitMs);
  const ready = (info: ReadyInfo): void => {
    if (answered) return;
    answered = true;
    clearTimeout(timer);
    const host = info?.host ?? null;
    if (host === Office.HostType.Excel) {
      inExcel = true;
      void officeHostApi().then((api) => start.excel(api));
    } else if (host) start.otherHost();
    else noHost();
  };
  // Both forms: the callback (office.js's promise type differs between its builds in old Excel)
  // and the promise (what a newer office.js, or a stand-in, may offer alone).
  const promise: unknown = Office.onReady(ready);
  if (promise && typeof (promise as Promise<ReadyInfo>).then === 'function')
    void (promise as Promise<ReadyInfo>).then(ready);
}
