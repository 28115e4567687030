/**
 * NFKC for text typed or pasted into a form. The native String.prototype.normalize('NFKC') is
 * used wherever it exists: every browser and Node, all but IE11 (Excel 2016 MSI shows add-ins
 * in IE11), which has none, and core-js cannot polyfill it.
 *
 * The IE11 fallback folds one code point at a time, the ones a 自评 form can hold: full-width
 * ASCII U+FF01–FF5E by arithmetic, and from nfkc-table.ts (generated from Node's normalize) the
 * no-break and ideographic spaces, … ‥ and the typographic spaces, superscript and subscript
 * digits, ℃ and Roman numerals Ⅰ–Ⅻ, ① ⑴ ⒈, Kangxi radicals and the CJK radicals supplement,
 * ㈠ ㊀, ㎡ ㎏ ㎞, CJK compatibility ideographs, small and vertical forms, ￠￡￢￣￤￥￦. Any other
 * character is kept as it is: no canonical composition or decomposition (`e` + U+0301 stays two
 * code points, half-width katakana and Hangul are not folded), none beyond the table.
 */
import { NFKC_TABLE } from './nfkc-table';

let table: Map<number, string> | null = null;

function fallbackTable(): Map<number, string> {
  if (table) return table;
  table = new Map<number, string>();
  for (const [first, list] of NFKC_TABLE) {
    const parts = list.split('|');
    for (let i = 0; i < parts.length; i++) if (parts[i] !== '') table.set(first + i, parts[i]);
  }
  return table;
}

/** NFKC without String.prototype.normalize, for the code points above. Exported for tests. */
export function nfkcFallback(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa0) continue;
    const replacement =
      c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : fallbackTable().get(c);
    if (replacement === undefined) continue;
    out += text.slice(from, i) + replacement;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

export function nfkc(text: string): string {
  return typeof String.prototype.normalize === 'function'
    ? text.normalize('NFKC')
    : nfkcFallback(text);
}
