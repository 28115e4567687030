/**
 * The pane's WorkbookActions (src/app/actions.ts) over one workbook session (session.ts) and its
 * watch (watch.ts). Round trips per action:
 *   check        read (≤ 3; 1 when the sheets are as the last read left them)
 *   recalculate  read + the writes (1 request up to about 50 附件3), only when values change:
 *                every derived cell that differs, and the 校验 notes of the add-in's sheets
 *   insertForms  1 for the sheet names, then 1 per 4 MB of new sheets; addProject the same
 *   setupPrint   read + 1 for the page setup
 *   selectCell   1
 *   watch        per edit ≤ 2; rewrites only what the edit changed (writePolicy.ts)
 *   watchStale   1 to listen; then nothing is read or written
 * Every failure rejects with an ActionError.
 */
import type { Settings } from '../../core';
import type { HostAction } from '../../strings/host';
import type { LayoutRequest, WorkbookActions, WorkbookSettings } from '../../app/actions';
import { toActionError } from '../../app/actionError';
import type { ExcelHostApi } from './api';
import { capabilitiesOf } from './capabilities';
import { specsOf } from './layoutForms';
import { WorkbookSession } from './session';
import { createWatcher, type WatchOptions } from './watch';

export interface ExcelActionsOptions {
  /** Evaluation settings over the ones stored in the workbook (tests, the bench). */
  settings?: () => Partial<Settings>;
  /** 编辑时自动重算: debounce and clock (tests). */
  watch?: WatchOptions;
}

async function guarded<T>(action: HostAction, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    throw toActionError(error, action);
  }
}

export function createExcelActions(
  host: ExcelHostApi,
  options: ExcelActionsOptions = {},
): WorkbookActions {
  const session = new WorkbookSession(host, {
    settings: options.settings,
    timers: options.watch?.timers,
  });
  const watcher = createWatcher(session, options.watch);
  const { features } = session;
  return {
    // Absent below ExcelApi 1.7 (no change events): the pane then hides the switch.
    ...(features.autoRecalc ? { watch: watcher.watch, watchStale: watcher.watchStale } : {}),
    capabilities: () => capabilitiesOf(host),
    check: () => guarded('check', () => session.check()),
    recalculate: () => guarded('recalculate', () => session.recalculate({ kind: 'full' })),
    insertForms: (request: LayoutRequest) =>
      guarded('layout', async () => {
        // The 附件2 template is chosen once: stored in the workbook before it is laid out.
        const layout = request.overallLayout;
        if (layout && layout !== session.storedSettings().overallLayout)
          await session.saveSettings({ overallLayout: layout });
        return session.layout(specsOf(request), request.unit, request.year, layout);
      }),
    addProject: (name: string, unit: string, year: number) =>
      guarded('layout', async () => {
        const [sheet] = await session.layout([{ kind: 'project', projectName: name }], unit, year);
        return sheet;
      }),
    // Absent below ExcelApi 1.9 (no pageLayout): the pane says why instead of a button.
    ...(features.pageSetup
      ? { setupPrint: () => guarded('print', () => session.setupPrint()) }
      : {}),
    readFormGrids: () => guarded('check', () => session.formGrids()),
    readSettings: () => guarded('settings', () => session.readSettings()),
    saveSettings: (changes: Partial<WorkbookSettings>) =>
      guarded('settings', () => session.saveSettings(changes)),
    selectCell: (sheet: string, address: string) =>
      guarded('select', () => session.selectCell(sheet, address)),
  };
}
