/** Label text as the recognizer compares it: one spelling for every way a label gets typed. */
import { nfkc } from './nfkc';

const NUMBERING =
  /^(?:\d+\s*[、.．,，]|[(（]\s*\d+\s*[)）]|[一二三四五六七八九十]+\s*[、.．]|[(（][一二三四五六七八九十]+[)）]|其中\s*[:：]?)/;

/** NFKC (full-width to ASCII), no whitespace of any kind, no quotes. */
const DROPPED = /[\s\u200b\ufeff“”"'‘’「」]+/g;
/** Characters DROPPED removes (whitespace, zero-width, quotes) that NFKC leaves as they are. */
function isDropped(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0x22 ||
    c === 0x27 ||
    c === 0xa0 ||
    c === 0x200b ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x3000 ||
    c === 0x300c ||
    c === 0x300d ||
    c === 0xfeff
  );
}

/**
 * normText for the characters labels are made of, one at a time: ASCII and CJK ideographs kept,
 * full-width ASCII (U+FF01–FF5E) to ASCII and … to ... as NFKC maps them, 、。—《》【】 kept,
 * DROPPED's characters removed. Null at any other character (the full NFKC path then). No
 * character here composes with another, so NFKC of the text is the join of NFKC per character.
 * Recognition normalizes tens of thousands of cells per evaluation, most with 、：（） in them.
 */
function quickFold(text: string): string | null {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 ? c <= 0x9fff : c >= 0x21 && c <= 0x7e && c !== 0x22 && c !== 0x27) continue;
    if (c === 0x3001 || c === 0x3002 || c === 0x2014) continue;
    if (c >= 0x3008 && c <= 0x3011 && c !== 0x300c && c !== 0x300d) continue;
    let replacement: string;
    if (c >= 0xff01 && c <= 0xff5e) {
      const ascii = c - 0xfee0;
      replacement = ascii === 0x22 || ascii === 0x27 ? '' : String.fromCharCode(ascii);
    } else if (c === 0x2026) replacement = '...';
    else if (isDropped(c)) replacement = '';
    else return null;
    out += text.slice(from, i) + replacement;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Printable ASCII and CJK ideographs only: NFKC would change nothing. */
const NFKC_STABLE = /^[\u0021-\u007e\u4e00-\u9fff]*$/;

export function normText(text: string): string {
  const quick = quickFold(text);
  if (quick !== null) return quick;
  const folded = NFKC_STABLE.test(text) ? text : nfkc(text);
  return folded.replace(DROPPED, '');
}

/** A label without its numbering (`1、`, `（1）`, `(2)`, `其中：`) and trailing colon. */
export function normLabel(text: string): string {
  let s = normText(text);
  for (let i = 0; i < 3 && mayBeNumbered(s); i++) {
    const next = s.replace(NUMBERING, '');
    if (next === s) break;
    s = next;
  }
  const last = s.charCodeAt(s.length - 1);
  return last === 0x3a || last === 0xff1a ? s.replace(/[:：]+$/, '') : s;
}

/** Every NUMBERING starts with a digit, a bracket, 一–十 or 其: most labels are passed over. */
function mayBeNumbered(s: string): boolean {
  const c = s.charCodeAt(0);
  return (
    (c >= 0x30 && c <= 0x39) || c === 0x28 || c === 0xff08 || c === 0x5176 || CHINESE_DIGITS.has(c)
  );
}

const CHINESE_DIGITS = new Set([...'一二三四五六七八九十'].map((c) => c.charCodeAt(0)));

/**
 * The weight a label declares in brackets at its end: `预算编审管理（3）` -> "3",
 * `产出指标(50分)` -> "50". Returns the label without it too.
 */
export function splitLabelWeight(label: string): { name: string; weight: string | null } {
  const s = normText(label);
  const m = /^(.*?)\((\d+(?:\.\d+)?)分?\)$/.exec(s);
  if (!m) return { name: normLabel(s), weight: null };
  return { name: normLabel(m[1]), weight: m[2] };
}
