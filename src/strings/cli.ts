/** zh-CN texts of the `selfeval` command line. */
import type { FormKind } from '../core/forms/kinds';
import type { Severity } from '../core/flags';

/** Why a file was not checked: one line, the same in the message, the table and the CSV. */
export const PROBLEM_TEXT = {
  encrypted: '加密的工作簿（需要密码）',
  'legacy-xls': 'Excel 95 或更早版本的 .xls（需另存为 .xlsx）',
  word: '旧版 Word 文档 .doc（Word 97-2003，需另存为 .docx）',
  'not-excel': '不是 Excel 工作簿，也不是 Word 文档',
  'too-large': '文件过大或结构异常',
  damaged: '文件损坏或结构异常',
  crashed: '文件过大或结构异常（超出检查的时间或内存限额）',
  io: '无法读取',
  internal: '检查时出错（程序内部错误）',
} as const;

export const FORM_NAME: Record<FormKind, string> = {
  base: '附件1 基础数据表',
  overall: '附件2 整体支出自评表',
  project: '附件3 项目支出自评表',
  indicator: '评价指标评分表',
};

export const SEVERITY_NAME: Record<Severity, string> = {
  error: '错误',
  warning: '警告',
  info: '提示',
};

export const CLI_TEXT = {
  usage: `用法：
  selfeval template -o 文件.xlsx [--unit 单位名称] [--year 2021] [--projects N] [--overall-layout scale|funds]
      生成空白的附件1、附件2 和 N 张附件3；附件2 默认按“整体支出规模”样式，funds 为“年度预算申请”
      （湖南新模板、安徽）样式
  selfeval demo -o 文件.xlsx
      生成示例工作簿（浏阳市招商引资服务中心 2021 年自评报告的原始数据，含其中的错误）
  selfeval check 路径... [--json] [--explain] [--csv 汇总.csv] [--fix -o 输出.xlsx]
      检查 .xlsx / .xlsm / .xls 工作簿和 .docx 自评报告（或文件夹中的全部这些文件）：重算执行率、得分、
      总分和等级，列出问题；Word 报告还核对正文中的数字与附表、与正文自身是否一致；
      多个文件时先列出每个文件一行的汇总表，再列出明细
      --json   以 JSON 输出
      --explain  列出每张表读到的每个栏目（单元格、数值、单位）和没有找到的栏目
      --csv    把汇总表另存为 CSV（UTF-8，Excel 可直接打开）
      --fix    另存一份重算后的副本（只改写计算单元格，不动填报数据及其他任何内容；仅 .xlsx / .xlsm）
  selfeval export --docx 输出.docx [工作簿.xlsx|.xls]
      把工作簿中的附件1/附件2/附件3 导出为 Word 表格（按正式格式，A4；附件2、附件3 横向），
      便于粘贴进自评报告；不给工作簿时导出空白附件

退出码：0 无错误；1 有错误；2 有文件无法检查（加密、Excel 95 的 .xls、旧版 .doc、不是工作簿或报告、文件过大或结构异常）、无法写入或参数有误`,
  file: (name: string) => `文件：${name}`,
  formsFound: (list: string) => `  找到的表：${list}`,
  noForms: '  未找到任何自评表（附件1/附件2/附件3）',
  noFormsInReport: '  文档的表格中未找到自评表（附件1/附件2/附件3），正文只核对了自身',
  inSheet: (sheet: string) => `（工作表“${sheet}”）`,
  inWordTable: (table: string) => `（Word 文档${table}）`,
  /** After a flag that compares its place with another cell of the report. */
  comparedWith: (place: string) => `（对照 ${place}）`,
  /** The 说明 of a Word report's row in the table. */
  reportBodyNote: (count: number) =>
    count > 0 ? `Word 报告，正文问题 ${count} 条` : 'Word 报告，正文未发现问题',
  missing: (labels: string) => `    未找到的栏目：${labels}`,
  controlRate: '控制率',
  sanGongChange: '三公经费变动率',
  budgetAdjustment: '预算调整率',
  budget: '预算',
  actual: '执行',
  initial: '年初预算',
  rate: '执行率',
  addition: '追加率',
  overBudget: '超预算',
  weight: '权重',
  score: '得分',
  weightSum: '权重合计',
  scoreSum: '得分合计',
  reportedTotal: '填报总分',
  grade: '等级',
  none: '—',
  flagsHeading: (e: number, w: number, i: number) =>
    `  问题：错误 ${e} 条，警告 ${w} 条，提示 ${i} 条`,
  noFlags: '  未发现问题',
  cannotRead: (name: string, why: string) => `无法检查 ${name}：${why}`,
  noXlsxIn: (dir: string) => `文件夹 ${dir} 中没有 .xlsx、.xlsm、.xls、.docx 或 .doc 文件`,
  problem: PROBLEM_TEXT,
  tooLargeAt: (sheet: string, corner: string) =>
    `${PROBLEM_TEXT['too-large']}（工作表“${sheet}”的单元格延伸到 ${corner}）`,
  ioReasons: {
    ENOENT: '文件或文件夹不存在',
    EACCES: '没有权限',
    EPERM: '没有权限',
    EISDIR: '是一个文件夹',
    ENOSPC: '磁盘空间不足',
    EROFS: '磁盘只读',
    EEXIST: '临时文件已存在',
    ENAMETOOLONG: '路径过长',
  } as Record<string, string>,
  ioOther: (code: string) => `读写出错（${code}）`,
  hiddenFormSheet: (sheet: string) => `工作表“${sheet}”是隐藏的（已照常检查）`,
  formulasWithoutValue: (sheet: string, count: number, first: string) =>
    `工作表“${sheet}”有 ${count} 个公式没有保存计算结果（${first}${count > 5 ? ' 等' : ''}），按空白读取；请在 Excel 中打开、保存后再检查`,
  sheetProbed: (sheet: string) =>
    `工作表“${sheet}”较大，且左上角（A1:Z15）没有自评表标题，只读取了这一部分`,
  noticesHeading: '  提醒：',
  fixFailed: (name: string, why: string) => `未能另存 ${name}：${why}`,
  unexpected: (why: string) => `selfeval：意外错误（${why}）`,
  notFound: (p: string) => `找不到 ${p}`,
  wrote: (name: string) => `已写入 ${name}`,
  cannotWrite: (name: string, why: string) => `无法写入 ${name}：${why}`,
  fixed: (name: string, n: number) => `已另存重算后的副本 ${name}（改写 ${n} 个计算单元格）`,
  fixOnlyPackages:
    '--fix 只能另存 .xlsx / .xlsm 工作簿（.xls 请先在 Excel 中另存为 .xlsx；Word 报告请改工作簿后重新导出）',
  fixNeedsOne: '--fix 只能用于单个文件，并需要 -o 指定输出文件',
  fixSameFile: '-o 不能与输入文件相同：--fix 只另存副本，不覆盖原文件',
  fixSameFileLink: (output: string) =>
    `-o ${output} 指向输入文件本身（链接）：--fix 只另存副本，不覆盖原文件`,
  needOutput: '请用 -o 指定输出文件',
  needDocxOutput: '请用 --docx 指定输出的 Word 文件，并最多给一个工作簿',
  noFormsToExport: (name: string) => `${name} 中未找到任何自评表（附件1/附件2/附件3），未导出`,
  unknownCommand: (c: string) => `未知命令：${c}`,
  badOption: (o: string) => `无法识别的参数：${o}`,
  badOverallLayout: (v: string) => `--overall-layout 只能是 scale 或 funds，而不是“${v}”`,
  badNumber: (o: string, v: string) => `${o} 需要一个数字，收到“${v}”`,
  progress: (done: number, total: number) => `\r正在检查 ${done}/${total} …`,
  /** Spaces that wipe the progress line before the report is printed. */
  progressClear: (width: number) => `\r${' '.repeat(width)}\r`,
  csvWritten: (name: string, rows: number) => `已写入汇总表 ${name}（${rows} 个文件）`,
  cannotWriteCsv: (name: string, why: string) => `无法写入汇总表 ${name}：${why}`,
  formCount: (name: string, count: number) => (count > 1 ? `${name}×${count}` : name),
  unreadable: '无法读取',
  noFormsShort: '未找到自评表',
};

/** Columns of the one-line-per-file table of `check` (text and --csv). */
export const TABLE_HEADERS = {
  file: '文件',
  unit: '单位',
  year: '年度',
  forms: '找到的表',
  total: '总分',
  grade: '等级',
  errors: '错误',
  warnings: '警告',
  note: '说明',
};
