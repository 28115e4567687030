/** zh-CN texts of the report-body flags (src/core/report). */
const QUOTE_LIMIT = 160;

/** What `quoted` puts between a finding and its sentence. */
const QUOTE_MARK = '。原文：“';

export const BODY_TEXT = {
  quoted: (finding: string, sentence: string) =>
    `${finding}${QUOTE_MARK}${sentence.length > QUOTE_LIMIT ? `${sentence.slice(0, QUOTE_LIMIT)}…` : sentence}”`,
  /** A body flag's message without its quoted sentence (a pane shows the sentence apart, whole). */
  findingOf: (message: string) => {
    const at = message.indexOf(QUOTE_MARK);
    return at < 0 ? message : message.slice(0, at);
  },
  plus: ' + ',
  listSeparator: '、',
  sumRounding: (sum: string, total: string, diff: string) =>
    `所列各项合计 ${sum}，与所述合计 ${total} 相差 ${diff}，末位相差 1，可能是四舍五入所致`,
  sumMismatch: (parts: string, sum: string, total: string, diff: string) =>
    `所列各项 ${parts} 合计 ${sum}，与所述合计 ${total} 不符，相差 ${diff}`,
  sumShort: (parts: string, sum: string, total: string, diff: string) =>
    `“其中”所列各项 ${parts} 合计 ${sum}，比所述 ${total} 少 ${diff}；如只列了其中一部分可不理会`,
  netRounding: (gross: string, less: string, computed: string, net: string) =>
    `${gross} − 累计折旧 ${less} = ${computed}，所述净值为 ${net}，末位相差 1，可能是四舍五入所致`,
  netMismatch: (gross: string, less: string, computed: string, net: string) =>
    `${gross} − 累计折旧 ${less} = ${computed}，与所述净值 ${net} 不符`,
  unitWrong: (text: string, unit: string, neighbours: string) =>
    `“${text}”的单位与前后金额不一致：前后金额均以${unit}为单位（${neighbours}），此处疑为“${unit}”`,
  unitWrongSum: (text: string, unit: string, equation: string) =>
    `“${text}”的单位疑有误：按${unit}计 ${equation} 正好相符，此处疑漏写“万”或写错单位`,
  unitMissing: (text: string, unit: string) => `“${text}”没有写单位，前后金额以${unit}为单位`,
  tableMismatch: (what: string, stated: string, tables: string) =>
    `正文所述“${what}” ${stated}，与附表不符（${tables}）`,
  statedTwice: (subject: string, stated: string, others: string) =>
    `“${subject}”此处为 ${stated}，而${others}`,
  statedElsewhere: (place: string, value: string) => `${place}为 ${value}`,
  gradeOwn: (score: string, grade: string, expected: string) =>
    `正文所述自评得分 ${score} 分应为“${expected}”，等级却写为“${grade}”`,
  gradeTable: (grade: string, expected: string, where: string) =>
    `正文所述等级“${grade}”与${where}的等级“${expected}”不符`,
  scoreTable: (score: string, where: string, table: string) =>
    `正文所述自评得分 ${score} 分，与${where}总分 ${table} 不符`,
  tableWhere: {
    base: '附件1',
    overall: '附件2',
    project: (name: string | null) => (name ? `附件3「${name}」` : '附件3'),
  },
  tableField: (where: string, field: string) => `${where}${field}`,
  resultColumn: '完成值',
};
