/** zh-CN texts of the Word export of the attachments (`selfeval export --docx`). */
export const EXPORT_TEXT = {
  creator: '绩效自评助手',
  unitName: (name: string) => `填报单位：${name}`,
  unit: (unit: string) => `单位：${unit}`,
};

/** zh-CN texts of the pane's 导出 Word 附件 button. */
export const EXPORT_PANE_TEXT = {
  button: '导出 Word 附件',
  hint: '把本工作簿的附件1—3生成 Word 表格（A4，附件2、3 横向），下载后粘贴到自评报告中。文件在本机生成，不发送到任何地方。',
  busy: '正在生成 Word 文件……',
  fileName: '绩效自评附件.docx',
  done: (fileName: string) => `已生成“${fileName}”，请在下载中打开或保存。`,
  noForms: '工作簿中没有找到附件1—3，没有可导出的表格。',
  failed: (reason: string) => `导出 Word 附件失败：${reason}`,
};
