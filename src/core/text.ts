/** Label text as the recognizer compares it: one spelling for every way a label gets typed. */

const NUMBERING =
  /^(?:\d+\s*[、.．,，]|[(（]\s*\d+\s*[)）]|[一二三四五六七八九十]+\s*[、.．]|[(（][一二三四五六七八九十]+[)）]|其中\s*[:：]?)/;

/** NFKC (full-width to ASCII), no whitespace of any kind, no quotes. */
const DROPPED = /[\s\u200b\ufeff“”"'‘’「」]+/g;
/**
 * Printable ASCII and CJK ideographs only, without the quotes DROPPED removes: NFKC would change
 * nothing and nothing is dropped. A plain character loop: recognition and the quantity rules
 * normalize tens of thousands of cells per evaluation, nearly all of them already clean.
 */
function isClean(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 ? c > 0x9fff : c < 0x21 || c > 0x7e || c === 0x22 || c === 0x27) return false;
  }
  return true;
}

/** Printable ASCII and CJK ideographs only: NFKC would change nothing. */
const NFKC_STABLE = /^[\u0021-\u007e\u4e00-\u9fff]*$/;

export function normText(text: string): string {
  if (isClean(text)) return text;
  const folded = NFKC_STABLE.test(text) ? text : text.normalize('NFKC');
  return folded.replace(DROPPED, '');
}

/** A label without its numbering (`1、`, `（1）`, `(2)`, `其中：`) and trailing colon. */
export function normLabel(text: string): string {
  let s = normText(text);
  for (let i = 0; i < 3; i++) {
    const next = s.replace(NUMBERING, '');
    if (next === s) break;
    s = next;
  }
  return s.replace(/[:：]+$/, '');
}

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
