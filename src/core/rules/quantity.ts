/**
 * Quantitative indicators: a target such as `年新引进项目150个以上` and a result such as
 * `全年新引进项目207个`, each holding exactly one number. Several numbers = not quantitative.
 */
import { Dec, decFromDigits } from '../decimal';
import { normText } from '../text';
import { convertMoney } from '../numbers/units';
import type { MoneyUnit } from '../forms/kinds';

export type Direction = 'positive' | 'reverse';

export interface Quantity {
  value: Dec;
  unit: string;
  direction: Direction | null;
}

// A negated word flips: 不超过 / 不大于 are reverse, 不小于 / 不少于 / 不低于 positive.
// `(?:^|[^不])大于` is `大于` not after 不: no lookbehind, a SyntaxError in IE11 and Safari < 16.4.
// Only ever used with test(), so consuming the character before is harmless.
const POSITIVE = /以上|≥|>=|不低于|不少于|不小于|至少|(?:^|[^不未])超过|达到|(?:^|[^不])大于/;
const REVERSE =
  /以下|≤|<=|不超过|未超过|不大于|不高于|不多于|控制在|以内|(?:^|[^不])(?:低于|小于|少于)/;

const MONEY: Record<string, MoneyUnit> = { 元: 'yuan', 万元: 'wan', 亿元: 'yi' };

/**
 * Units a number may carry in an indicator text, tried in this order (longest first, except
 * that 场 comes before 场次 and so wins): one alternation, taken where it matches where the
 * number ends (IE11 has no sticky flag).
 */
const UNIT_AT =
  /万美元|亿美元|美元|万元|亿元|元|%|‰|个百分点|人次|万人|个|项|次|人|家|户|所|条|期|场|份|件|台|套|篇|册|处|天|日|小时|公里|千米|平方米|万平方米|亩|吨|辆|座|批|场次|分/g;

function unitAt(s: string, at: number): string {
  UNIT_AT.lastIndex = at;
  const unit = UNIT_AT.exec(s);
  return unit && unit.index === at ? unit[0] : '';
}

/** Strip what holds numbers without being the quantity: years, dates, list numbering. */
const NOISE =
  /(?:19|20)\d{2}(?:年|—|-|–|~|至)|\d{1,2}月(?:\d{1,2}日)?|(?:内容|指标|第)\d+[:：]?|^\d+[、.．](?!\d)/g;

/** A number as targets print one (`150`, `1,200`, `95.5`), and any digit after it. */
const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?/g;
const DIGIT = /\d/g;

function stripNoise(text: string): string {
  return normText(text).replace(NOISE, '');
}

export function parseQuantity(text: string): Quantity | null {
  if (!/[0-9０-９]/.test(text)) return null;
  const s = stripNoise(text);
  // Exactly one number: a second would start at the next digit after the first. Regular
  // expressions, not a scan by charCodeAt: texts come as every kind of string V8 has, and a
  // per-character method call on them is a megamorphic lookup each time.
  NUMBER.lastIndex = 0;
  const found = NUMBER.exec(s);
  if (!found) return null;
  DIGIT.lastIndex = NUMBER.lastIndex;
  if (DIGIT.test(s)) return null;
  const digits = found[0];
  const end = found.index + digits.length;
  const unit = unitAt(s, end);
  let value = decFromDigits(digits.includes(',') ? digits.replace(/,/g, '') : digits);
  if (unit === '%') value = value.dividedBy(100);
  const direction = POSITIVE.test(s) ? 'positive' : REVERSE.test(s) ? 'reverse' : null;
  return { value, unit, direction };
}

/** The result expressed in the target's unit, or null when the two cannot be compared. */
export function comparable(target: Quantity, result: Quantity): Dec | null {
  if (target.unit === result.unit) return result.value;
  const from = MONEY[result.unit];
  const to = MONEY[target.unit];
  if (from && to) return convertMoney(result.value, from, to);
  // A bare number compares with a unit-bearing target (`150个以上` vs `207`), but not with a
  // percent: `5%` is kept as 0.05, and a bare `3` may be 3% or 300%.
  if (target.unit === '%' || result.unit === '%') return null;
  if (result.unit === '' || target.unit === '') return result.value;
  return null;
}
