/**
 * The contract between a pane and a host: what a task pane (src/taskpane, src/legacy) can ask of
 * the workbook. Panes receive these and never call Office themselves; src/hosts/excel implements
 * them on the Office JavaScript API (and, through the memory host, in tests and the standalone
 * preview).
 */
import type { AttachmentKind, CellValue, Evaluation, Settings, SheetGrid } from '../core';

/** A derived cell a host rewrote: what it held before and what it holds now (issue 12). */
export interface AppliedWrite {
  sheet: string;
  address: string;
  before: CellValue;
  after: CellValue;
}

/**
 * The evaluation a host hands the pane: of the workbook as it is after the action's writes, with
 * the derived cells the action rewrote (empty or absent when it wrote none). The pane says them
 * out loud: 已改写 N 个单元格, each old → new.
 */
export interface HostEvaluation extends Evaluation {
  applied?: AppliedWrite[];
}

export interface LayoutRequest {
  kinds: AttachmentKind[];
  unit: string;
  year: number;
  /** One name per 附件3 to lay out (kinds includes 'project' when non-empty). */
  projectNames: string[];
  /**
   * 附件2's template when kinds includes 'overall': the seed's 整体支出规模 or the newer
   * 年度预算申请; the host stores the choice in the workbook's settings (附件2 样式).
   */
  overallLayout?: Settings['overallLayout'];
}

export interface HostCapabilities {
  /** Highest ExcelApi requirement set supported, e.g. '1.7'. */
  excelApi: string;
  /** worksheet.onChanged (ExcelApi 1.7). */
  autoRecalc: boolean;
  /** worksheet.pageLayout (ExcelApi 1.9). */
  pageSetup: boolean;
  /** Laid-out forms get their merged cells, column widths and row heights (ExcelApi 1.2). */
  cellLayout: boolean;
  /** Excel keeps its undo history across the add-in's writes (ExcelApi 1.20 / ExcelUndoApiAll). */
  undoKept: boolean;
  /**
   * A recalculation or a layout is one undo step: ExcelApi 1.20 and an office.js that passes
   * mergeUndoGroup on (the npm copy, 1.1.110, drops it).
   */
  undoGrouped: boolean;
}

export interface WorkbookActions {
  capabilities(): HostCapabilities;
  /** Read the forms and evaluate them; writes nothing (first opening of a workbook). */
  check(): Promise<HostEvaluation>;
  /** Read, evaluate, and rewrite the derived cells that changed (重新计算得分). */
  recalculate(): Promise<HostEvaluation>;
  /** Lay out the requested forms in new sheets (never over an existing one). */
  insertForms(request: LayoutRequest): Promise<string[]>;
  /** Lay out one more 附件3 (新增项目支出自评表); returns the sheet name used. */
  addProject(name: string, unit: string, year: number): Promise<string>;
  /** Select a flag's cell (activates its sheet). */
  selectCell(sheet: string, address: string): Promise<void>;
}

/** A failure the pane shows in its MessageBar: what happened and what to do. */
export interface ActionError {
  message: string;
  /** OfficeExtension.Error code and debug info, when there is one. */
  code?: string;
  debugInfo?: string;
}

/**
 * Issue #4 additions. Optional on the interface so hosts and test doubles can land them one at
 * a time; the pane hides what a host does not offer.
 */
export interface WorkbookActions {
  /**
   * Start watching the form sheets (worksheet.onChanged, ExcelApi 1.7): a debounced burst of
   * edits is one recalculation of the edited sheet; `onEvaluation` gets each result. Returns a
   * function that stops watching. Absent below ExcelApi 1.7.
   */
  watch?(
    onEvaluation: (evaluation: HostEvaluation) => void,
    onError: (error: ActionError) => void,
  ): Promise<() => void>;
  /**
   * While 编辑时自动重算 is off: report that a form sheet changed (nothing is recalculated or
   * written), so the pane can say 结果可能已过期. Returns a function that stops listening.
   * Absent below ExcelApi 1.7.
   */
  watchStale?(onStale: () => void): Promise<() => void>;
  /** The settings stored in the workbook (a hidden sheet the CLI reads too). */
  readSettings?(): Promise<WorkbookSettings>;
  /** Store changed settings in the workbook. */
  saveSettings?(settings: Partial<WorkbookSettings>): Promise<void>;
  /**
   * The form sheets' grids as the workbook holds them now (导出 Word 附件 builds the attachments
   * from them in the pane).
   */
  readFormGrids?(): Promise<SheetGrid[]>;
  /** 设置打印格式: page setup of every form sheet (ExcelApi 1.9). */
  setupPrint?(): Promise<string[]>;
}

/** What the workbook remembers: the rule settings and the pane's own switches. */
export interface WorkbookSettings extends Settings {
  /** 编辑时自动重算 (on by default, remembered per workbook). */
  autoRecalc: boolean;
}
