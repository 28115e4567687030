/** zh-CN texts of the flags. Every word the user reads lives under src/strings. */
export const FLAG_TEXT = {
  notANumber: (what: string, raw: string) => `${what}“${raw}”不是有效数字，请改为数字`,
  notANumberDate: (what: string) => `${what}是日期格式，不是金额或数字`,
  notANumberError: (what: string, raw: string) => `${what}为公式错误值 ${raw}`,
  unitMismatch: (what: string, raw: string) => `${what}“${raw}”的单位与本表金额单位不符`,
  moneyUnitMismatch: (what: string, raw: string, unit: string) =>
    `${what}填写为“${raw}”，本表金额单位为${unit}，请按${unit}填写数字`,
  negativeAmount: (what: string) => `${what}为负数，请核实`,
  overBudget: (label: string, rate: string) => `${label}执行率 ${rate}，超出预算`,
  finalOverBudget: (label: string, rate: string) => `${label}决算数为预算数的 ${rate}，超出预算`,
  lowExecution: (label: string, rate: string) => `${label}执行率 ${rate}，低于 90%，需说明原因`,
  budgetAddition: (label: string, amount: string, unit: string, rate: string) =>
    `${label}年中追加预算 ${amount}${unit}，为年初预算的 ${rate}`,
  overEstablishment: (rate: string) => `控制率 ${rate}，实际在职人数超过编制数`,
  rateMismatch: (what: string, printed: string, expected: string) =>
    `${what}填写为 ${printed}，按本行数据计算应为 ${expected}`,
  rateMismatchExact: (what: string, printed: string, exact: string, expected: string) =>
    `${what}填写为 ${printed}，按本行数据计算为 ${exact}，保留到设置的小数位为 ${expected}`,
  rateWrongBase: (printed: string, expected: string, initialRate: string) =>
    `执行率填写为 ${printed}，是“全年执行数÷年初预算数”（${initialRate}）；执行率应以全年预算数为分母，应为 ${expected}`,
  ratePrecision: (printed: string) => `执行率的小数位数不一致（${printed}），应统一保留两位小数`,
  sumMismatch: (parent: string, column: string, expected: string, actual: string) =>
    `${parent}（${column}）为 ${actual}，各分项合计为 ${expected}`,
  parentEmpty: (parent: string, column: string, expected: string) =>
    `${parent}（${column}）未填写，而其分项已填写，合计为 ${expected}`,
  parentZero: (parent: string, column: string, expected: string) =>
    `${parent}（${column}）填写为 0，而其分项已填写，合计为 ${expected}`,
  partsExceed: (parent: string, column: string, parts: string, actual: string) =>
    `${parent}（${column}）为 ${actual}，其中各项合计 ${parts} 已超过它`,
  sourceStructure: (
    column: string,
    source: string,
    structure: string,
    sourceCells: string,
    structureCells: string,
  ) =>
    `${column}：资金来源合计 ${source}（${sourceCells}）与资金结构合计 ${structure}（${structureCells}）不相等`,
  statedSumMismatch: (label: string, stated: string, parts: string) =>
    `${label}填写为 ${stated}，其下各项合计为 ${parts}`,
  groupSum: (source: boolean) => (source ? '按收入性质分各项合计' : '按支出性质分各项合计'),
  groupAgainstTotal: (label: string, value: string, columns: string) =>
    `${label}为 ${value}，与年度资金总额的${columns}都不相等`,
  weightSumLevel: (label: string, declared: string, sum: string) =>
    `${label}标注 ${declared} 分，其下级指标权重合计为 ${sum} 分`,
  weightSumTotal: (sum: string) => `各项指标权重合计为 ${sum} 分，应为 100 分`,
  weightMissing: (label: string) => `${label}未标明权重（分值）`,
  scoreMissing: (label: string) => `${label}尚未填写自评得分`,
  scoreOverWeight: (label: string, score: string, weight: string) =>
    `${label}得分 ${score} 超过其权重 ${weight}`,
  scoreNegative: (label: string, score: string) => `${label}得分 ${score} 为负数`,
  scoreSuggestion: (label: string, score: string, suggested: string) =>
    `${label}自评 ${score} 分，按指标值与完成值计算的建议得分为 ${suggested} 分`,
  scoreSuggestionCoefficient: (
    label: string,
    score: string,
    coefficient: string,
    suggested: string,
    share: string,
    target: string,
    result: string,
  ) =>
    `${label}自评 ${score} 分（得分系数 ${coefficient}），而年度指标值“${target}”、完成值“${result}”，按指标计算的建议得分为 ${suggested} 分（系数 ${share}）`,
  coefficientMismatch: (
    label: string,
    printed: string,
    score: string,
    weight: string,
    share: string,
  ) => `${label}得分系数填写为 ${printed}，而得分 ${score} ÷ 权重 ${weight} = ${share}`,
  rateRounded: (what: string, printed: string, exact: string, expected: string) =>
    `${what}填写为 ${printed}，实为 ${exact}，按设置应保留到 ${expected}`,
  executionScoreSuggestion: (score: string, suggested: string, rate: string) =>
    `预算执行率得分填写为 ${score}，按执行率 ${rate} 计算应为 ${suggested}`,
  reasonLostPoints: (label: string, score: string, weight: string) =>
    `${label}得分 ${score}/${weight}，扣分但未填写偏差原因`,
  reasonMissedTarget: (label: string) => `${label}未达到年度指标值，但未填写偏差原因`,
  totalMismatch: (printed: string, sum: string) => `总分填写为 ${printed}，各项得分合计为 ${sum}`,
  gradeMissing: (total: string, expected: string) =>
    `等级未填写，按总分 ${total} 应为“${expected}”`,
  /** 总分 and 等级 left as typed while the weights do not add up (issue 12). */
  totalKept: (message: string) => `${message}；权重合计有误，总分和等级暂不改写`,
  gradeMismatch: (printed: string, expected: string, total: string) =>
    `等级填写为“${printed}”，按总分 ${total} 应为“${expected}”`,
  executionScoreOverRate: (score: string, max: string, rate: string) =>
    `预算执行率得分填写为 ${score}，按本行执行率 ${rate} 最多应得 ${max}`,
  crossAdjustment: (
    column: string,
    base: string,
    overallColumn: string,
    overall: string,
    ref: string,
  ) =>
    `附件1“部门整体支出预算调整”${column}为 ${base}，附件2 资金来源合计${overallColumn}为 ${overall}（${ref}），两者应相等`,
  crossProject: (base: string, fromParts: boolean, overall: string, ref: string) =>
    `附件1“项目支出”本年决算数${fromParts ? '（按其分项合计）' : ''}为 ${base}，附件2“项目支出”全年执行数为 ${overall}（${ref}），两者应相等`,
  crossProjectsOver: (
    sum: string,
    count: number,
    refs: string,
    overall: string,
    ref: string,
    diff: string,
    tolerance: string,
  ) =>
    `附件3“年度资金总额”全年执行数合计 ${sum}，共 ${count} 张（${refs}），超过附件2“项目支出”全年执行数 ${overall}（${ref}）${diff}，超出四舍五入允许的 ${tolerance}`,
  crossProjectsShort: (
    sum: string,
    count: number,
    refs: string,
    overall: string,
    ref: string,
    diff: string,
  ) =>
    `附件3“年度资金总额”全年执行数合计 ${sum}，共 ${count} 张（${refs}），比附件2“项目支出”全年执行数 ${overall}（${ref}）少 ${diff}；如有项目未填附件3可不理会，否则请核对`,
  scoresAreWeights: (count: number, sum: string, total: string, ref: string) =>
    `得分列的 ${count} 个得分与各自的权重（分值）完全相同，合计 ${sum}，而总分填写为 ${total}（${ref}）：得分列填的可能是权重`,
  cellRef: (sheet: string, address: string) => `${sheet}!${address}`,
  cellRefsMore: (shown: string, count: number) => `${shown} 等 ${count} 处`,
  amountIn: (amount: string, unit: string) => `${amount}${unit}`,
  amountWithYuan: (amount: string, unit: string, yuan: string) =>
    `${amount}${unit}（折合 ${yuan}元）`,
  formulaKept: (what: string) => `${what}是公式，结果与计算值不一致；未改写公式，请检查`,
  formIncomplete: (labels: string) => `未找到以下栏目：${labels}`,
};

export const FIELD_TEXT = {
  controlRate: '控制率',
  establishment: '编制数',
  staffActual: '实际在职人数',
  executionRate: '执行率',
  totalScore: '总分',
  grade: '等级',
  weight: '权重',
  score: '得分',
  prior: '上年决算数',
  budget: '预算数',
  final: '决算数',
  initial: '年初预算数',
  yearBudget: '全年预算数',
  actual: '全年执行数',
  executionScore: '预算执行率得分',
  stated: '各项填写数',
};
