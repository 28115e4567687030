/** zh-CN texts of the Word report reader and the report-body checks. */
export const REPORT_TEXT = {
  /** `表2 行6 列5` */
  tableCell: (table: number, row: number, cell: number) => `表${table} 行${row} 列${cell}`,
  tableCaption: (table: number, line: number) => `表${table} 标题第${line}行`,
  /** `（附件1 部门整体支出绩效自评基础数据表）` */
  tableContext: (text: string) => `（${text}）`,
  /** Where a body flag points: `正文 二、（二）2．` */
  bodySheet: '正文',
  paragraphOrdinal: (n: number) => `第${n}段`,
  unreadable: {
    notDocx: '不是 Word 文档（.docx）',
    tooLarge: '文件过大，超出读取上限',
    damaged: '文件已损坏，无法读取',
    encrypted: '文件已加密，无法读取',
    unsupported: '文件格式不受支持',
  },
};
