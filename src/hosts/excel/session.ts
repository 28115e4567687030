/**
 * One workbook session of the add-in: what it remembers of the workbook (its sheets, the form
 * sheets' grids and their evaluation, the stored settings, the highlights it laid, its own
 * writes), and the one path every recalculation takes — the first check, 重新计算得分, the check
 * after a layout, an edit under 编辑时自动重算:
 *
 *   1. read      the whole workbook (readForms.ts: ≤ 3 round trips, 1 when the sheets are as the
 *                last read left them), or for an edit only the edited form sheets and the sheet
 *                list (readEdited.ts: 1 round trip), the other grids being the session's
 *                (sessionRead.ts);
 *   2. evaluate  evaluateIncrementally: only the sheets whose grid is new are checked anew
 *                (sessionEvaluate.ts);
 *   3. commit    the derived cells that changed and their highlights, in as few requests under
 *                4 MB as they fit (usually one); none when nothing changed (sessionCommit.ts).
 *                The evaluation returned is the workbook's once written.
 *
 * What the session remembers changes only once Excel has taken the writes: a failed sync (a cell
 * being edited, a protected sheet, a request too large) leaves it as it was, and the next
 * recalculation reads and writes again. Each public method is one Excel.run; runs never overlap
 * (serialRuns.ts).
 */
import type { HostEvaluation } from '../../app/actions';
import type { SheetGrid } from '../../core/grid';
import type { Settings } from '../../core/settings';
import { isSettingsSheetName, type StoredSettings } from '../../core/settingsSheet';
import type { OverallLayout, SheetPlan } from '../../layout/plan';
import type { ExcelContext, ExcelHostApi, HostRunOptions } from './api';
import { detectFeatures, type Features } from './capabilities';
import type { Timers } from './debounce';
import { hostEvaluation, type WritePolicy } from './writePolicy';
import { withFormatted } from './highlight';
import { layoutForms, layoutPlans, type FormSpec } from './layoutForms';
import { OwnWrites } from './ownWrites';
import { setupPrintForms } from './printForms';
import type { SheetMemo } from './readForms';
import { serialRuns } from './serialRuns';
import { commitRecalculation } from './sessionCommit';
import { planRecalculation } from './sessionEvaluate';
import { readWorkbook } from './sessionRead';
import { readStored, saveStored } from './storedSettings';
import {
  INITIAL,
  isFilled,
  type ReadScope,
  type SessionState,
  type SheetRef,
} from './sessionState';

export interface SessionOptions {
  /** Evaluation settings over the stored ones (tests, the bench). */
  settings?: () => Partial<Settings>;
  timers?: Timers;
}

export class WorkbookSession {
  private state: SessionState = INITIAL;
  private readCount = 0;
  private readonly api: ExcelHostApi;
  readonly features: Features;
  private readonly own: OwnWrites;
  /**
   * Called in every recalculation's run once the sheets are known, before its writes: the watch
   * adds its change handlers to sheets that have none (and syncs them itself).
   */
  onSheets: ((ctx: ExcelContext, sheets: readonly SheetRef[]) => Promise<void>) | null = null;

  constructor(
    host: ExcelHostApi,
    private readonly options: SessionOptions = {},
  ) {
    // Every batch waits for the one before it: an edit's recalculation and a button's action
    // never interleave their reads and writes.
    this.api = serialRuns(host);
    this.features = detectFeatures(host);
    this.own = new OwnWrites(options.timers);
  }

  // --- What the watch asks of the session -------------------------------------------------

  /** Has the whole workbook been read this session? */
  get filled(): boolean {
    return isFilled(this.state);
  }

  isForm(id: string): boolean {
    return this.state.forms.some((f) => f.id === id);
  }

  /** The add-in's hidden settings sheet (its writes are no edit of the forms). */
  isSettingsSheet(id: string): boolean {
    const sheet = this.state.sheets.find((s) => s.id === id);
    return sheet !== undefined && isSettingsSheetName(sheet.name);
  }

  sheets(): readonly SheetRef[] {
    return this.state.sheets;
  }

  /** Below ExcelApi 1.14: does a change event name only cells the add-in just wrote? */
  isOwnChange(worksheetId: string, address: string): boolean {
    return !this.features.triggerSource && this.own.consume(worksheetId, address);
  }

  // --- The one recalculation path ---------------------------------------------------------

  /** Read and evaluate; write nothing (the pane's first look, the look after a layout). */
  check(): Promise<HostEvaluation> {
    return this.recalculate({ kind: 'full' }, 'none');
  }

  /**
   * The form sheets' grids as Excel holds them now (导出 Word 附件): read afresh, as 检查 reads,
   * so an edit not yet recalculated is in the export.
   */
  async formGrids(): Promise<SheetGrid[]> {
    await this.check();
    return this.state.forms.map((f) => f.grid);
  }

  /** Full reads and edit reads so far: the watch tells by it whether it missed changes. */
  get reads(): number {
    return this.readCount;
  }

  /**
   * 重新计算得分 (`all`), an edit's recalculation (`caused`, with the edit's `scope`) or a check
   * (`none`): read, evaluate, commit. The evaluation returned is the workbook's once written,
   * with the derived cells rewritten (`writes`, and `applied`: each cell before → after).
   */
  recalculate(scope: ReadScope, policy: WritePolicy = 'all'): Promise<HostEvaluation> {
    return this.api.run(
      async (ctx) => {
        const before = this.state;
        // 1. Read.
        const read = await readWorkbook(ctx, this.features, before, scope);
        this.readCount += 1;
        await this.onSheets?.(ctx, read.sheets);
        // 2. Evaluate: only the sheets whose grid is new.
        const settings = this.settingsWith(read.stored.settings);
        const plan = planRecalculation(before, read, settings, policy);
        const { writes, notes, shown } = plan;
        if (writes.length === 0 && notes.writes.length === 0) {
          // Nothing to write: what was read is the workbook as it is.
          this.state = { ...before, ...read, forms: notes.forms, evaluation: shown };
          return hostEvaluation(shown.evaluation, policy, writes, read.forms);
        }
        // 3. Commit: the writes, the notes and the highlights they change, then the state they
        // leave.
        this.state = await commitRecalculation(ctx, this.features, this.own, before, read, plan);
        return hostEvaluation(shown.evaluation, policy, writes, read.forms);
      },
      this.runOptions(policy !== 'none'),
    );
  }

  // --- Layout, print setup, settings, selection -------------------------------------------

  /**
   * Lays out forms in new sheets; their rules are this session's highlights from then on. 附件2
   * in `overallLayout`, else in the workbook's stored 附件2 样式.
   */
  layout(
    specs: readonly FormSpec[],
    unit: string,
    year: number,
    overallLayout?: OverallLayout,
  ): Promise<string[]> {
    const layoutChoice = overallLayout ?? this.state.stored.settings.overallLayout;
    return this.api.run(async (ctx) => {
      const options = { unit, year, overallLayout: layoutChoice };
      const result = await layoutForms(ctx, this.features, specs, options, this.state.memo);
      this.afterLayout(result.memo, result.highlighted);
      return result.names;
    }, this.runOptions(true));
  }

  /** Lays out given plans (the preview's demo workbook, the bench). */
  layoutPlans(plans: readonly SheetPlan[]): Promise<string[]> {
    return this.api.run(async (ctx) => {
      const result = await layoutPlans(ctx, this.features, () => plans, this.state.memo);
      this.afterLayout(result.memo, result.highlighted);
      return result.names;
    }, this.runOptions(true));
  }

  private afterLayout(memo: SheetMemo, highlighted: readonly string[]): void {
    const highlights = withFormatted(this.state.highlights, highlighted);
    this.state = { ...this.state, memo, highlights };
  }

  /** 设置打印格式 for every form sheet (ExcelApi 1.9). */
  setupPrint(): Promise<string[]> {
    return this.api.run(async (ctx) => {
      const settings = this.settingsWith(this.state.stored.settings);
      const result = await setupPrintForms(ctx, this.features, this.state.memo, settings);
      this.state = { ...this.state, memo: result.memo };
      return result.sheets;
    }, this.runOptions(true));
  }

  /** The settings this session last read or stored (the defaults before the first read). */
  storedSettings(): StoredSettings {
    return this.state.stored.settings;
  }

  readSettings(): Promise<StoredSettings> {
    return this.api.run(async (ctx) => {
      const stored = await readStored(ctx, this.features);
      this.state = { ...this.state, stored };
      return stored.settings;
    }, this.runOptions(false));
  }

  /**
   * Stores changed settings. Never in an undo group: creating the hidden settings sheet sets
   * Worksheet.visibility, which undo does not support (UndoNotSupported inside a group).
   */
  saveSettings(changes: Partial<StoredSettings>): Promise<void> {
    return this.api.run(async (ctx) => {
      const stored = await saveStored(ctx, this.state.stored, this.features, changes);
      this.state = { ...this.state, stored };
    }, this.runOptions(false));
  }

  /** A batch of the caller's own in the session's turn (the watch adds its handlers so). */
  run<T>(batch: (ctx: ExcelContext) => Promise<T>): Promise<T> {
    return this.api.run(batch, this.runOptions(false));
  }

  selectCell(sheet: string, address: string): Promise<void> {
    return this.api.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await ctx.sync();
    }, this.runOptions(false));
  }

  // --- Helpers ----------------------------------------------------------------------------

  /** The rule settings in force: the stored ones, under any passed explicitly. */
  private settingsWith(stored: StoredSettings): Partial<Settings> {
    return { ...stored, ...this.options.settings?.() };
  }

  /**
   * Every batch waits out the user's cell edit (delayForCellEdit) rather than failing; a writing
   * one is one undo step where Excel and the loaded office.js can make it so.
   */
  private runOptions(writing: boolean): HostRunOptions {
    const options: HostRunOptions = { delayForCellEdit: true };
    if (writing && this.features.mergeUndo) options.mergeUndoGroup = true;
    return options;
  }
}
