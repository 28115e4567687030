/**
 * Every rule's knob, with the defaults of DESIGN.md. Thresholds are decimal strings so no rule
 * does binary arithmetic. Stored in the workbook so Excel and the CLI read the same.
 */
export interface Settings {
  unitName: string | null;
  year: number | null;
  /** Decimals of a percent that rates are shown and written with (2 -> 154.50%). */
  ratePrecision: number;
  /** 预算执行率 score = 分值 × 执行率, capped at 分值. */
  capExecutionScore: boolean;
  /** Reverse indicators: 'linear' = weight × (1 − (result − target) ÷ target); 'ratio' = weight × target ÷ result. */
  reverseFormula: 'linear' | 'ratio';
  /** A 成本指标 with no direction word is a reverse indicator (spending less is better). */
  costIndicatorsReverse: boolean;
  /** 偏差原因 required when 执行率 is below this… */
  reasonBelowRate: string;
  /** …or above this. */
  reasonAboveRate: string;
  /** Qualitative bands as fractions of the weight: 达成 from `achieved`, 部分达成 from `partial`. */
  bandAchieved: string;
  bandPartial: string;
  /** 等级 lower bounds (inclusive). */
  gradeExcellent: string;
  gradeGood: string;
  gradePass: string;
  /** Write a suggested score into an EMPTY score cell. */
  fillSuggestedScores: boolean;
  /**
   * The 附件2 template 插入自评表 lays out: the seed's 整体支出规模 ('scale') or the newer Hunan
   * and Anhui 年度预算申请 laid out like a project table ('funds'). Chosen once, per workbook.
   */
  overallLayout: 'scale' | 'funds';
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  unitName: null,
  year: null,
  ratePrecision: 2,
  capExecutionScore: true,
  reverseFormula: 'linear',
  costIndicatorsReverse: true,
  reasonBelowRate: '0.9',
  reasonAboveRate: '1',
  bandAchieved: '0.8',
  bandPartial: '0.6',
  gradeExcellent: '90',
  gradeGood: '80',
  gradePass: '60',
  fillSuggestedScores: false,
  overallLayout: 'scale',
};

const DECIMAL_KEYS = [
  'reasonBelowRate',
  'reasonAboveRate',
  'bandAchieved',
  'bandPartial',
  'gradeExcellent',
  'gradeGood',
  'gradePass',
] as const;

export function resolveSettings(partial: Partial<Settings> = {}): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(partial) as (keyof Settings)[]) {
    const value = partial[key];
    if (value !== undefined) Object.assign(out, { [key]: value });
  }
  if (!Number.isInteger(out.ratePrecision) || out.ratePrecision < 0 || out.ratePrecision > 6)
    out.ratePrecision = DEFAULT_SETTINGS.ratePrecision;
  // A threshold that is not a plain decimal (a damaged stored setting) falls back to its default.
  for (const key of DECIMAL_KEYS) {
    if (!/^-?\d+(\.\d+)?$/.test(String(out[key]))) out[key] = DEFAULT_SETTINGS[key];
  }
  if (out.reverseFormula !== 'linear' && out.reverseFormula !== 'ratio')
    out.reverseFormula = DEFAULT_SETTINGS.reverseFormula;
  if (out.overallLayout !== 'scale' && out.overallLayout !== 'funds')
    out.overallLayout = DEFAULT_SETTINGS.overallLayout;
  return out;
}
