/**
 * The figures a sentence states: amounts (元、万元、亿元), percents, counts (个、条、人…),
 * scores (分) and bare numbers, each with the decimals it was printed with and whether it is
 * approximate (逾500亿元, 100余次) or a bound (50亿元以上). Years, dates, ranges (3-5年) and
 * foreign money (万美元) are left out: they are never compared.
 */
import { decFromDigits } from '../decimal';
import type { Dec } from '../decimal';
import type { MoneyUnit } from '../forms/kinds';
import { nfkc } from '../nfkc';
import { APPROX_AFTER, APPROX_BEFORE, BOUND_AFTER, BOUND_BEFORE } from './terms';

export type MentionKind = 'money' | 'percent' | 'count' | 'score' | 'bare';

export interface Mention {
  kind: MentionKind;
  /** The number as printed (a percent as printed: 68 for 68%). */
  value: Dec;
  decimals: number;
  /** Money: the unit printed (null for a bare number). */
  unit: MoneyUnit | null;
  /** Counts: the measure word (个, 条, 人); its 万 multiplier is in `value` already. */
  measure: string;
  /** Offsets in the normalized sentence; `text` is the figure with its unit. */
  start: number;
  end: number;
  text: string;
  approx: boolean;
  bound: boolean;
}

/** A sentence as the checks read it: NFKC (full-width digits and punctuation to ASCII). */
export function normalizeSentence(text: string): string {
  return nfkc(text).replace(/[\u200b-\u200d\ufeff]/g, '');
}

const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
const MONEY_YUAN = /^\s*(余|多)?(亿|万|千)?(余|多)?元/;
// 万/亿 alone is money unless a measure word or another currency follows (1.3万人, 2677万美元).
const MONEY_BARE =
  /^\s*(亿|万)(?![个条人名家项件次期户所座套台辆场批份篇册处类只粉美港欧日英平亩吨米字元余多])/;
const PERCENT = /^\s*%/;
const COUNT =
  /^\s*(余|多)?(万|亿)?(个|条|人|名|家|项|件|次|期|户|所|座|套|台|辆|场|批|份|篇|册|处|只)/;
const SCORE = /^\s*分(?![之钟别期批类配摊散享析解布管支局])/;
const NOT_A_FIGURE =
  /^\s*(?:年|月|日|号|时|岁|周|天|季度|届|寸|米|平方|亩|吨|公里|千米|个百分点|倍|级|楼|层|版)/;

const UNIT_OF: Record<string, MoneyUnit> = { 亿: 'yi', 万: 'wan', '': 'yuan' };

function decimalsOf(digits: string): number {
  const dot = digits.indexOf('.');
  return dot < 0 ? 0 : digits.length - dot - 1;
}

export function findMentions(sentence: string): Mention[] {
  const out: Mention[] = [];
  NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER.exec(sentence)) !== null) {
    const start = m.index;
    const before = sentence.slice(Math.max(0, start - 6), start);
    const prev = sentence.charAt(start - 1);
    // Part of a word or a code (H5, v2), of a range (3-5年) or of a decimal (.5).
    if (/[A-Za-z.]/.test(prev)) continue;
    if (/\d\s*[-~—至到]\s*$/.test(before)) continue;
    const digits = m[0].replace(/,/g, '');
    let end = start + m[0].length;
    const rest = sentence.slice(end, end + 12);
    if (/^\s*[-~—至到]\s*\d/.test(rest)) continue;
    if (NOT_A_FIGURE.test(rest)) continue;
    let kind: MentionKind = 'bare';
    let unit: MoneyUnit | null = null;
    let measure = '';
    let approx = APPROX_BEFORE.test(before);
    let value = decFromDigits(digits);
    let u: RegExpExecArray | null;
    if ((u = MONEY_YUAN.exec(rest))) {
      if (u[2] === '千') continue;
      kind = 'money';
      unit = UNIT_OF[u[2] ?? ''];
      approx = approx || !!u[1] || !!u[3];
      end += u[0].length;
    } else if ((u = MONEY_BARE.exec(rest))) {
      kind = 'money';
      unit = UNIT_OF[u[1]];
      end += u[0].length;
    } else if ((u = PERCENT.exec(rest))) {
      kind = 'percent';
      end += u[0].length;
    } else if ((u = COUNT.exec(rest))) {
      kind = 'count';
      measure = u[3];
      approx = approx || !!u[1];
      if (u[2]) value = value.times(u[2] === '万' ? 10000 : 100000000);
      end += u[0].length;
    } else if ((u = SCORE.exec(rest))) {
      kind = 'score';
      end += u[0].length;
    }
    const after = sentence.slice(end, end + 4);
    if (APPROX_AFTER.test(after)) approx = true;
    const bound = BOUND_AFTER.test(after) || BOUND_BEFORE.test(before);
    out.push({
      kind,
      value,
      decimals: decimalsOf(digits),
      unit,
      measure,
      start,
      end,
      text: sentence.slice(start, end).trim(),
      approx,
      bound,
    });
  }
  return out;
}

/** A figure that can be compared: exact, not a bound. */
export function isExact(m: Mention): boolean {
  return !m.approx && !m.bound;
}
