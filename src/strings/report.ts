/** zh-CN texts of the Word report reader and the report-body checks. */
export const REPORT_TEXT = {
  /** `表2` */
  tableName: (table: number) => `表${table}`,
  /** `行6 列5`: Word's rows and the cells of that row, counted from 1. */
  rowCell: (row: number, cell: number) => `行${row} 列${cell}`,
  /** A caption line above the table (附件N, the title, 填报单位). */
  captionLine: (line: number) => `标题第${line}行`,
  /** `表2 行6 列5` */
  tableCell: (table: string, cell: string) => `${table} ${cell}`,
  /** `（附件1 部门整体支出绩效自评基础数据表）` */
  tableContext: (text: string) => `（${text}）`,
  /** Where a body flag points: `正文 二、（二）2．` */
  bodySheet: '正文',
  /** `正文 二、（二）2．` */
  bodyPlace: (sheet: string, paragraph: string) => `${sheet} ${paragraph}`,
  paragraphOrdinal: (n: number) => `第${n}段`,
  unreadable: {
    notDocx: '不是 Word 文档（.docx）',
    tooLarge: '文件过大，超出读取上限',
    damaged: '文件已损坏，无法读取',
    encrypted: '文件已加密，无法读取',
    unsupported: '文件格式不受支持',
  },
};
