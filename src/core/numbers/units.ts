import { Dec } from '../decimal';
import type { MoneyUnit } from '../forms/kinds';

/** Unit a number was written with: money, percent, or none. */
export type ParsedUnit = MoneyUnit | 'percent' | null;

const MONEY_FACTOR: Record<MoneyUnit, Dec> = {
  yuan: new Dec(1),
  wan: new Dec(10000),
  yi: new Dec(100000000),
};

export const MONEY_UNIT_TEXT: Record<MoneyUnit, string> = { yuan: '元', wan: '万元', yi: '亿元' };

/** Convert an amount between money units, exactly. */
export function convertMoney(value: Dec, from: MoneyUnit, to: MoneyUnit): Dec {
  if (from === to) return value;
  const scaled = value.times(MONEY_FACTOR[from]);
  // The product is already rounded to the precision: dividing it by 1 would only copy it.
  return to === 'yuan' ? scaled : scaled.dividedBy(MONEY_FACTOR[to]);
}

export function isMoneyUnit(u: ParsedUnit): u is MoneyUnit {
  return u === 'yuan' || u === 'wan' || u === 'yi';
}

/** `万元` -> wan; reads the unit a header or title declares, e.g. `单位：万元`, `（万元）`. */
export function moneyUnitFromText(text: string): MoneyUnit | null {
  if (/亿元/.test(text)) return 'yi';
  if (/万元/.test(text)) return 'wan';
  if (/元/.test(text)) return 'yuan';
  return null;
}
