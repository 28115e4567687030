/** zh-CN texts of the task pane. Every word the pane shows lives here (DESIGN.md: src/strings). */
import type { FormKind } from '../core/forms/kinds';
import type { Severity } from '../core/flags';

export const PANE_FORM_NAME: Record<FormKind, string> = {
  base: '附件1 基础数据表',
  overall: '附件2 整体支出自评表',
  project: '附件3 项目支出自评表',
  indicator: '评价指标评分表',
};

/** The forms in one word each, for the line of counts at the top of the results. */
export const PANE_FORM_SHORT: Record<FormKind, string> = {
  base: '附件1',
  overall: '附件2',
  project: '附件3',
  indicator: '评分表',
};

export const PANE_SEVERITY: Record<Severity, string> = {
  error: '错误',
  warning: '警告',
  info: '提示',
};

export const PANE_TEXT = {
  title: '绩效自评助手',
  /** In the page itself, before any script runs (taskpane.html, legacy.html). */
  loading: '正在加载绩效自评助手…',

  // Outside Excel (a browser tab, or office.js could not start).
  notInExcelTitle: '请在 Excel 中打开',
  notInExcelBody:
    '绩效自评助手是 Excel 加载项，需要在 Excel 中通过“开始”选项卡上的“绩效自评”按钮打开。' +
    '如果已经在 Excel 中，请关闭本窗格后重新打开。',

  // Toolbar.
  recalculate: '重新计算得分',
  recalculateHint: '重算执行率、分级小计、总分和等级，改写计算单元格，并重新检查',
  insertForms: '插入自评表',
  addProject: '新增项目支出自评表',

  // Progress.
  busyCheck: '正在读取并检查工作簿…',
  busyRecalculate: '正在重新计算得分…',
  busyInsert: '正在插入自评表…',
  busyAddProject: '正在新增项目支出自评表…',

  // Forms found and missing.
  formsHeading: '本工作簿中的自评表',
  formFound: (sheet: string) => `已找到：工作表“${sheet}”`,
  formMissing: '未找到',
  labelsNotRead: (form: string, sheet: string, labels: string) =>
    `${form}（工作表“${sheet}”）中未能识别的栏目：${labels}。这些栏目的数据未参与计算，请核对表头文字。`,
  allFormsFound: '附件1、附件2、附件3 均已找到；如有多个项目，可新增项目支出自评表。',
  projectCount: (n: number) => `附件3 共 ${n} 张`,
  checkedOnly: '打开时只做检查，不改写任何单元格；单击“重新计算得分”才会改写计算单元格。',

  // Dialogs.
  insertDialogTitle: '插入自评表',
  insertDialogIntro: (kinds: string) => `将在新工作表中插入：${kinds}。不会覆盖已有的工作表。`,
  addProjectDialogTitle: '新增项目支出自评表',
  addProjectDialogIntro: '将在新工作表中插入一张附件3 项目支出自评表。',
  unitLabel: '部门（单位）名称',
  unitRequired: '请填写单位名称',
  yearLabel: '自评年度',
  yearInvalid: '请填写四位数的年度，例如 2021',
  projectLabel: '项目支出名称',
  overallLayoutLabel: '附件2 样式（记在本工作簿中）',
  overallLayoutScale: '整体支出规模：按资金来源、资金结构列示（2021 年模板）',
  overallLayoutFunds: '年度预算申请：按项目表列示，分收入性质、支出性质（湖南新模板、安徽）',
  projectRequired: '请填写项目名称',
  confirm: '确定',
  cancel: '取消',

  // Results of laying out.
  inserted: (sheets: string) => `已插入：${sheets}`,
  dismiss: '关闭',

  // Summary cards.
  summaryHeading: '计算结果',
  noForms: '尚未找到任何自评表。单击“插入自评表”生成附件1、附件2、附件3，或打开已填好的工作簿。',
  sheetCaption: (sheet: string) => `工作表：${sheet}`,
  budget: '预算',
  actual: '执行',
  initialBudget: '年初预算',
  executionRate: '执行率',
  additionRate: (rate: string) => `年中追加 ${rate}`,
  noRate: '无预算，不计算执行率',
  overBudget: '超预算',
  moneyUnit: { yuan: '元', wan: '万元', yi: '亿元' },
  controlRate: '控制率',
  sanGongChange: '三公经费变动率',
  budgetAdjustment: '预算调整率',
  levelsHeading: '分级小计',
  scoreOfWeight: (score: string, weight: string) => `${score} / ${weight}`,
  declaredWeight: (w: string) => `（标注 ${w} 分）`,
  weightSum: '权重合计',
  overallTotal: '总分',
  projectTotal: '得分合计',
  reportedTotal: '填报总分',
  grade: '等级',
  none: '—',
  formCounts: (e: number, w: number, i: number) => `错误 ${e} · 警告 ${w} · 提示 ${i}`,

  // Capabilities of this Excel.
  noAutoRecalc:
    '此版本的 Excel 不支持编辑时自动重算（需要 ExcelApi 1.7）。修改数据后请单击“重新计算得分”。',
  noPageSetup:
    '此版本的 Excel 不支持页面设置（需要 ExcelApi 1.9）。插入的表不会自动设置 A4 和打印区域，请在“页面布局”中手动设置。',
  noCellLayout:
    '此版本的 Excel 不支持合并单元格和设置列宽（需要 ExcelApi 1.2）。插入的表不合并单元格、列宽和行高保持默认；检查和重新计算不受影响。',

  // 问题清单.
  flagsHeading: '问题清单',
  noFlags: '未发现问题。',
  flagGroup: (severity: string, n: number) => `${severity}（${n}）`,
  flagWhere: (sheet: string, address: string) => `${sheet}!${address}`,

  // Errors.
  errorTitle: {
    check: '检查工作簿失败',
    recalculate: '重新计算失败',
    insert: '插入自评表失败',
    addProject: '新增项目支出自评表失败',
    select: '无法定位到该单元格',
  },
  errorWhatToDo:
    '请确认没有单元格处于编辑状态、工作表未受保护，然后重试。如问题仍然存在，请把下面的错误代码告诉技术支持人员。',
  errorDetails: (code: string | undefined, debugInfo: string | undefined) =>
    `错误代码：${code ?? '无'}${debugInfo ? `；详细信息：${debugInfo}` : ''}`,
};

/** One operation the pane runs; keys of the progress and error texts. */
export type PaneOperation = keyof typeof PANE_TEXT.errorTitle;

/** 设置 panel (issue #4): the rules stored in the workbook, read by the add-in and the CLI. */
export const SETTINGS_TEXT = {
  heading: '设置',
  hint: '设置保存在本工作簿的隐藏工作表“绩效自评设置”中，命令行工具检查时也使用这些设置。',
  unitName: '单位名称',
  year: '年度',
  yearError: '请填写四位数的年度，例如 2021，或留空',
  ratePrecision: '比率显示的小数位数（百分比）',
  /** One example per choice 0–4: how 154.50% shows. */
  ratePrecisionOptions: [
    '0 位（155%）',
    '1 位（154.5%）',
    '2 位（154.50%）',
    '3 位（154.500%）',
    '4 位（154.5000%）',
  ],
  capExecutionScore: '预算执行率得分不超过分值',
  reverseFormula: '反向指标（以下、不超过）未达标时的计分',
  reverseLinear: '按超出比例扣分：权重 ×（1 −（实际 − 目标）÷ 目标）',
  reverseRatio: '按比值计分：权重 × 目标 ÷ 实际',
  reasonBelow: '执行率低于（%）须填偏差原因',
  reasonAbove: '执行率高于（%）须填偏差原因',
  percentError: '请填写 0–1000 之间的百分数，例如 90',
  save: '保存设置',
  saving: '正在保存设置…',
  saved: '设置已保存，已按新设置重新计算。',
  loading: '正在读取设置…',
};

/**
 * A part of the pane fetched at the click that opens it (设置, 报告正文核对, the dialogs): its
 * loading sign, and what to say when the file cannot be fetched (a dropped network, a server
 * updated since the pane opened).
 */
export const LAZY_TEXT = {
  loading: (part: string) => `正在加载“${part}”…`,
  failed: (part: string) =>
    `无法加载“${part}”：网络连接可能中断，或加载项已更新。请检查网络后单击“重试”；仍不行时请关闭并重新打开本窗格。`,
  retry: '重试',
  close: '关闭',
};

/** 设置打印格式 (ExcelApi 1.9; below it CapabilityNotes says why and the button is absent). */
export const PRINT_TEXT = {
  button: '设置打印格式',
  hint: 'A4 纸，附件1 纵向、附件2/3 横向，所有列缩放到一页宽，每页重复表头，页脚“第 X 页 共 Y 页”，打印区域仅为表格本身。',
  busy: '正在设置打印格式…',
  done: (sheets: string[]) =>
    sheets.length === 0
      ? '没有找到自评表，未设置打印格式。'
      : `已设置 ${sheets.length} 个工作表的打印格式：${sheets.join('、')}。`,
};

/** The standalone preview: the pane on a demo workbook in a browser, without Excel (issue #5). */
export const PREVIEW_TEXT = {
  banner:
    '预览模式：未连接 Excel。左侧是内置的示例工作簿（浏阳市招商引资服务中心 2021 年自评表），右侧是绩效自评助手窗格。' +
    '可以直接在表格中修改数据（双击单元格或直接输入，按 Enter 确认），修改只保存在本页面中，刷新即恢复。',
  bannerTitle: '预览（未连接 Excel）',
  sheetTabs: '工作表',
  gridLabel: (sheet: string) => `工作表“${sheet}”`,
  cellLabel: (address: string) => `编辑单元格 ${address}`,
  paneLabel: '绩效自评助手窗格',
  loadingSheet: '正在绘制工作表…',
};

/** 编辑时自动重算 (issue #4): the switch and what it means for Excel's undo. */
export const AUTO_RECALC_TEXT = {
  label: '编辑时自动重算',
  hint: '修改附件1、2、3 中的数据后，自动重算执行率、分级小计、总分和等级，并更新问题清单',
  /** Below ExcelApi 1.20 an add-in's write is not an undo step of its own. */
  undoNote:
    '注意：加载项每次改写单元格后，Excel 会清空“撤销”记录。如需撤销自己的修改，请先关闭“编辑时自动重算”，改完后再单击“重新计算得分”。',
  saveFailed: '无法在工作簿中记住“编辑时自动重算”的设置，本次打开期间仍然有效。',
};

/** 已改写 N 个单元格: what an action wrote, each cell old → new (issue 12). */
export const WRITTEN_TEXT = {
  summary: (n: number) => `已改写 ${n} 个单元格`,
  /** `附件3 项目1!H32 总分 · 得分：90 → 100`. */
  cell: (where: string, label: string | null, before: string, after: string) =>
    `${where}${label ? ` ${label}` : ''}：${before} → ${after}`,
  empty: '（空）',
};

/** 结果可能已过期: a form sheet changed while 编辑时自动重算 is off. */
export const STALE_TEXT = {
  message: '结果可能已过期：工作表在上次计算后有改动。',
};

/** The deviations in the summary cards: quantitative indicators and the funds lines' 执行率. */
export const DEVIATION_TEXT = {
  target: '指标值',
  result: '完成值',
  direction: { positive: '正向指标', reverse: '反向指标' },
  deviation: (d: string) => `偏差 ${d}`,
  suggested: (suggested: string, score: string) => `建议得分 ${suggested}（自评 ${score}）`,
  lineDeviation: (d: string) => `执行率偏差 ${d}`,
  /** A card's header when folded: `总分 90 · 优`. */
  brief: (parts: string[]) => parts.join(' · '),
};
