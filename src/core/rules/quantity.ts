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

/** Strip what holds numbers without being the quantity: years, dates, list numbering. */
const NOISE =
  /(?:19|20)\d{2}(?:年|—|-|–|~|至)|\d{1,2}月(?:\d{1,2}日)?|(?:内容|指标|第)\d+[:：]?|^\d+[、.．](?!\d)/g;

/**
 * A text holding exactly one number (`150`, `1,200`, `95.5`: no digit before or after it), its
 * digits and the unit right after them. Units are tried in this order (longest first, except
 * that 场 comes before 场次 and so wins). One expression: the quantity rules run on every target
 * and result of every form.
 */
const ONE_NUMBER =
  /^\D*(\d+(?:,\d{3})*(?:\.\d+)?)(万美元|亿美元|美元|万元|亿元|元|%|‰|个百分点|人次|万人|个|项|次|人|家|户|所|条|期|场|份|件|台|套|篇|册|处|天|日|小时|公里|千米|平方米|万平方米|亩|吨|辆|座|批|场次|分)?\D*$/;

function stripNoise(text: string): string {
  return normText(text).replace(NOISE, '');
}

/**
 * The quantity a target or result states, or null. `withDirection`: read its 以上 / 以下 words
 * too (a target's; a result's direction is never asked for).
 */
export function parseQuantity(text: string, withDirection = true): Quantity | null {
  if (!/[0-9０-９]/.test(text)) return null;
  const s = stripNoise(text);
  const found = ONE_NUMBER.exec(s);
  if (!found) return null;
  const digits = found[1];
  const unit = found[2] ?? '';
  let value = decFromDigits(digits.includes(',') ? digits.replace(/,/g, '') : digits);
  if (unit === '%') value = value.dividedBy(100);
  const direction = !withDirection
    ? null
    : POSITIVE.test(s)
      ? 'positive'
      : REVERSE.test(s)
        ? 'reverse'
        : null;
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
