/**
 * The pane's WorkbookActions on the Excel JavaScript API. Round trips per action:
 *   check        read (≤ 3; 1 when the sheets are as the last read left them)
 *   recalculate  read + 1 write sync, only when evaluate returns writes
 *   insertForms  2 (names, then every new sheet); addProject the same
 *   selectCell   1
 *   watch        per edit ≤ 2 (watch.ts)
 * Runs never overlap: an edit's recalculation waits for a button's action and the other way round.
 * Writing runs go through Excel.run({ mergeUndoGroup: true }) on ExcelApi 1.20, so a
 * recalculation or a layout is one undo step. Every failure rejects with an ActionError.
 */
import { evaluate, type Evaluation, type Settings } from '../../core';
import type { HostAction } from '../../strings/host';
import type { LayoutRequest, WorkbookActions, WorkbookSettings } from '../../app/actions';
import type { ExcelContext, ExcelHostApi, HostRunOptions } from './api';
import { queueWrites } from './applyWrites';
import { capabilitiesOf, detectFeatures, type Features } from './capabilities';
import { toActionError } from '../../app/actionError';
import { layoutForms, specsOf, type FormSpec } from './layoutForms';
import { readForms, type ReadResult, type SheetMemo } from './readForms';
import { createHighlightMemo, queueHighlights } from './highlight';
import { setupPrintForms } from './printForms';
import { createStoredSettings, withStored } from './storedSettings';
import { serialRuns } from './serialRuns';
import { createWatcher, type WatchOptions } from './watch';

export interface ExcelActionsOptions {
  /** The evaluation settings in force (stored in the workbook; defaults when absent). */
  settings?: () => Partial<Settings>;
  /** 编辑时自动重算: debounce and clock (tests). */
  watch?: WatchOptions;
}

export function createExcelActions(
  host: ExcelHostApi,
  options: ExcelActionsOptions = {},
): WorkbookActions {
  // Every batch below, the watch's included, waits for the one before it (serialRuns.ts).
  const api = serialRuns(host);
  let features: Features | null = null;
  // What the last read or layout saw, so the next read can do its work in one round trip.
  let memo: SheetMemo | null = null;

  const feats = (): Features => (features ??= detectFeatures(api));
  const writing = (): HostRunOptions => (feats().mergeUndo ? { mergeUndoGroup: true } : {});
  // The workbook's stored settings (hidden sheet 绩效自评设置), under any passed explicitly.
  const stored = createStoredSettings();
  // Over-100% rate highlights already queued this session (highlight.ts).
  const highlights = createHighlightMemo();
  const settings = (): Partial<Settings> => withStored(stored, options.settings?.() ?? {});

  const readAll = async (ctx: ExcelContext): Promise<ReadResult> => {
    const read = await readForms(ctx, feats(), memo);
    memo = read.memo;
    stored.adopt(read.settings);
    return read;
  };
  // An edit's recalculation rewrites rates too: their highlights ride with its writes.
  const withWrites = (ctx: ExcelContext, evaluation: Evaluation): void => {
    queueHighlights(ctx, api.isSetSupported('1.6'), evaluation, highlights);
  };
  const watcher = createWatcher(
    { api, features: feats, settings, writing, readAll, withWrites },
    options.watch,
  );

  async function guarded<T>(action: HostAction, body: () => Promise<T>): Promise<T> {
    try {
      return await body();
    } catch (error) {
      throw toActionError(error, action);
    }
  }

  function evaluateWorkbook(write: boolean): Promise<Evaluation> {
    return api.run(
      async (ctx) => {
        const read = await readForms(ctx, feats(), memo);
        memo = read.memo;
        stored.adopt(read.settings);
        await watcher.afterRead(ctx, read);
        const evaluation = evaluate(read.grids, settings());
        // No writes, no write batch: an unchanged workbook costs only its read.
        if (write && evaluation.writes.length > 0) {
          // A rate whose over-budget state changes is rewritten, so its highlight rides here.
          queueHighlights(ctx, api.isSetSupported('1.6'), evaluation, highlights);
          watcher.noteWrites(evaluation.writes);
          queueWrites(ctx, evaluation.writes);
          await ctx.sync();
        }
        return evaluation;
      },
      write ? writing() : {},
    );
  }

  function layout(specs: FormSpec[], unit: string, year: number): Promise<string[]> {
    return api.run(async (ctx) => {
      const result = await layoutForms(ctx, feats(), specs, { unit, year }, memo);
      memo = result.memo;
      return result.names;
    }, writing());
  }

  return {
    // Absent below ExcelApi 1.7 (no change events): the pane then hides the switch.
    ...(feats().autoRecalc ? { watch: watcher.watch } : {}),
    capabilities: () => capabilitiesOf(api),
    check: () => guarded('check', () => evaluateWorkbook(false)),
    recalculate: () => guarded('recalculate', () => evaluateWorkbook(true)),
    insertForms: (request: LayoutRequest) =>
      guarded('layout', () => layout(specsOf(request), request.unit, request.year)),
    addProject: (name: string, unit: string, year: number) =>
      guarded('layout', async () => {
        const [sheet] = await layout([{ kind: 'project', projectName: name }], unit, year);
        return sheet;
      }),
    // Absent below ExcelApi 1.9 (no pageLayout): the pane says why instead of a button.
    ...(feats().pageSetup
      ? {
          setupPrint: () =>
            guarded('print', () =>
              api.run(async (ctx) => {
                const result = await setupPrintForms(ctx, feats(), memo, settings());
                memo = result.memo;
                return result.sheets;
              }, writing()),
            ),
        }
      : {}),
    readSettings: () => guarded('settings', () => api.run((ctx) => stored.read(ctx))),
    saveSettings: (changes: Partial<WorkbookSettings>) =>
      guarded('settings', () =>
        api.run((ctx) => stored.save(ctx, changes), writing()).then(() => undefined),
      ),
    selectCell: (sheet: string, address: string) =>
      guarded('select', () =>
        api.run(async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem(sheet);
          ws.activate();
          ws.getRange(address).select();
          await ctx.sync();
        }),
      ),
  };
}
