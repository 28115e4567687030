/** Label text as the recognizer compares it: one spelling for every way a label gets typed. */
import { memoByText } from './memoByText';
import { nfkc } from './nfkc';

const NUMBERING =
  /^(?:\d+\s*[、.．,，]|[(（]\s*\d+\s*[)）]|[一二三四五六七八九十]+\s*[、.．]|[(（][一二三四五六七八九十]+[)）]|其中\s*[:：]?)/;

/** Every NUMBERING starts so: most labels are passed over with one test. */
const NUMBERED_START = /^[\d(（其一二三四五六七八九十]/;

/** NFKC (full-width to ASCII), no whitespace of any kind, no quotes. */
const DROPPED = /[\s\u200b\ufeff“”"'‘’「」]+/g;

/**
 * Texts made only of what labels are made of that NFKC leaves as it is and DROPPED keeps:
 * printable ASCII but quotes, CJK ideographs, 、。— and the CJK brackets but 「」.
 */
const KEPT_ONLY =
  /^[\u0021\u0023-\u0026\u0028-\u007e\u4e00-\u9fff\u3001\u3002\u2014\u3008-\u300b\u300e-\u3011]*$/;
/** KEPT_ONLY's characters, full-width ASCII (NFKC: to ASCII), … (NFKC: ...) and DROPPED's. */
const QUICK =
  /^[\u0021\u0023-\u0026\u0028-\u007e\u4e00-\u9fff\u3001\u3002\u2014\u3008-\u300b\u300e-\u3011\uff01-\uff5e\u2026\t-\r \u00a0"'\u200b\u2018\u2019\u201c\u201d\u3000\u300c\u300d\ufeff]*$/;
/** Runs of QUICK's characters that are not KEPT_ONLY's: each folded or dropped. */
const FOLDED =
  /[\uff01-\uff5e\u2026\t-\r \u00a0"'\u200b\u2018\u2019\u201c\u201d\u3000\u300c\u300d\ufeff]+/g;

/** A run of FOLDED characters as NFKC then DROPPED leave it (a fresh flat string: one loop). */
function foldRun(run: string): string {
  let out = '';
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    // Full-width ASCII to ASCII, but ＂ and ＇ become quotes, which DROPPED removes.
    if (c >= 0xff01 && c <= 0xff5e) {
      if (c !== 0xff02 && c !== 0xff07) out += String.fromCharCode(c - 0xfee0);
    } else if (c === 0x2026) out += '...';
  }
  return out;
}

/**
 * normText for a text QUICK accepts; null for any other (the full NFKC path then). No character here composes with another, so NFKC of the text is the join of
 * NFKC per character. Whole-text regular expressions, not a loop over characters: cell texts
 * come as every kind of string V8 has (flat, sliced, concatenated, one- or two-byte), and a loop
 * calling charCodeAt on them pays a megamorphic lookup per character where the regex engine
 * reads them all natively. Recognition normalizes tens of thousands of cells per evaluation.
 */
function quickFold(text: string): string | null {
  if (KEPT_ONLY.test(text)) return text;
  if (!QUICK.test(text)) return null;
  return text.replace(FOLDED, foldRun);
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
  for (let i = 0; i < 3 && NUMBERED_START.test(s); i++) {
    const next = s.replace(NUMBERING, '');
    if (next === s) break;
    s = next;
  }
  return s.endsWith(':') ? s.replace(/:+$/, '') : s;
}

/**
 * The weight a label declares in brackets at its end: `预算编审管理（3）` -> "3",
 * `产出指标(50分)` -> "50". Returns the label without it too.
 */
export const splitLabelWeight = memoByText(
  (label: string): { readonly name: string; readonly weight: string | null } => {
    const s = normText(label);
    const m = /^(.*?)\((\d+(?:\.\d+)?)分?\)$/.exec(s);
    if (!m) return { name: normLabel(s), weight: null };
    return { name: normLabel(m[1]), weight: m[2] };
  },
);
