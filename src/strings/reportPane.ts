/** zh-CN texts of 报告正文核对 in both panes (the report body pasted and checked in the pane). */
export const REPORT_PANE_TEXT = {
  heading: '报告正文核对',
  intro:
    '把自评报告的正文粘贴到下面，点“核对正文”：正文中的金额、合计、单位、数量、执行率、得分和等级与本工作簿的附表及正文前后互相核对。正文只在本机核对，不会发送到任何地方。',
  textLabel: '报告正文',
  placeholder: '在此粘贴报告正文（可从 Word 中全选复制）……',
  check: '核对正文',
  clear: '清空',
  empty: '请先粘贴报告正文。',
  noForms: '工作簿中还没有找到附表，只核对了正文自身（合计、单位、前后数字）。',
  /** Follows the workbook: a recalculation re-checks the pasted text. */
  follows: '核对结果随工作簿的重算自动更新。',
  noFindings: (paragraphs: number) => `已核对 ${paragraphs} 段，正文未发现问题。`,
  summary: (paragraphs: number, errors: number, warnings: number, infos: number) =>
    `已核对 ${paragraphs} 段：错误 ${errors} 条，警告 ${warnings} 条，提示 ${infos} 条`,
  findingsLabel: '正文问题',
  /** `错误 · 正文 二、（二）2．` */
  where: (severity: string, place: string) => `${severity} · 正文 ${place}`,
  quoteLabel: '原文：',
  /** The table cell a finding compares with. */
  showCell: (where: string) => `查看附表单元格 ${where}`,
};
