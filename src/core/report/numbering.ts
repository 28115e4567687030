/** The numbering a report paragraph opens with: 一、 （一） 1、 1． （1）. */

export type NumberingStyle = 'cn' | 'cnParen' | 'arabic' | 'arabicParen';

export interface Numbering {
  style: NumberingStyle;
  n: number;
  /** The numbering as printed, `（二）`, `2．`. */
  prefix: string;
}

const CN_DIGITS = '零一二三四五六七八九';

/** 一 … 九十九 to a number; null for anything else. */
export function chineseNumber(text: string): number | null {
  if (!/^[一二三四五六七八九十]{1,3}$/.test(text)) return null;
  const ten = text.indexOf('十');
  if (ten < 0) return text.length === 1 ? CN_DIGITS.indexOf(text) : null;
  const tens = ten === 0 ? 1 : CN_DIGITS.indexOf(text.slice(0, ten));
  const rest = text.slice(ten + 1);
  const ones = rest === '' ? 0 : CN_DIGITS.indexOf(rest);
  if (tens <= 0 || ones < 0 || rest.length > 1 || ten > 1) return null;
  return tens * 10 + ones;
}

const PATTERNS: { style: NumberingStyle; re: RegExp; cn: boolean }[] = [
  { style: 'cnParen', re: /^\s*[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]\s*/, cn: true },
  { style: 'cn', re: /^\s*([一二三四五六七八九十]{1,3})\s*[、，.．]\s*/, cn: true },
  { style: 'arabicParen', re: /^\s*[（(]\s*(\d{1,2})\s*[）)]\s*/, cn: false },
  // `1、` `1．` `1.` but not `1.5万元` or `2021年`.
  { style: 'arabic', re: /^\s*(\d{1,2})\s*(?:[、．]|\.(?!\d))\s*/, cn: false },
];

export function numberingOf(text: string): Numbering | null {
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (!m) continue;
    const n = p.cn ? chineseNumber(m[1]) : Number(m[1]);
    if (n === null || n <= 0) continue;
    return { style: p.style, n, prefix: m[0].trim() };
  }
  return null;
}
