/**
 * What a figure is a figure of: the words of its clause before it (`其中50亿元以上项目1个` ->
 * 50亿元以上项目), or after it when the number comes first (`等3个500强项目` -> 500强项目);
 * and the time it is stated for (`2021年初` vs `2021年`).
 */
import type { Mention } from './mentions';

/** Clause boundaries: punctuation, and the brackets a clause may open with. */
const BOUNDARY = /[,，;；:：。、()（）!?！？\n]/;

const LEADING = /^(?:其中|包括|另有|以及|和|及|与|共有|共计|合计|累计|共|为|是)+/;
const TRAILING = /(?:合计|共计|总计|共|累计|总额|金额|资金)?(?:为|是|达|达到|有)?$/;
const LEADING_TIME = /^(?:\d{2,4}年(?:度|初|底|末)?|本年度?|全年|当年|年初|年底|年末)+/;
const TIME = /\d{4}年(?:度|初|底|末)?|年初|年底|年末|上年|去年|本年/g;

function clauseStart(text: string, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (BOUNDARY.test(text.charAt(i))) return i + 1;
  return 0;
}

function clauseEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (BOUNDARY.test(text.charAt(i))) return i;
  return text.length;
}

/** The clause's words before the figure, other figures left in (they qualify it: 50亿元以上). */
export function clauseBefore(norm: string, m: Mention): string {
  return norm.slice(clauseStart(norm, m.start), m.start).replace(/\s+/g, '');
}

/** A number that comes before its noun: `等3个500强项目`, `引进了3个`, `设4个内设机构`. */
function countComesFirst(norm: string, m: Mention, before: string): boolean {
  if (!/^[\u4e00-\u9fa5\d]/.test(norm.slice(m.end, m.end + 1))) return false;
  return before === '' || /[等了共计约有为是设达和及与]$/.test(before);
}

/** The subject of a figure, as a key: no spaces, connectives, or leading time words. */
export function subjectOf(norm: string, m: Mention): string {
  const before = clauseBefore(norm, m);
  let words =
    m.kind === 'count' && countComesFirst(norm, m, before)
      ? norm.slice(m.end, clauseEnd(norm, m.end)).replace(/\s+/g, '')
      : before;
  for (let i = 0; i < 3; i++) {
    const next = words.replace(LEADING, '').replace(LEADING_TIME, '').replace(TRAILING, '');
    if (next === words) break;
    words = next;
  }
  return words.replace(/["“”'‘’「」]/g, '');
}

/** The time the figure is stated for: the nearest time words before it in its sentence. */
export function timeOf(norm: string, m: Mention): string {
  let last = '';
  TIME.lastIndex = 0;
  let t: RegExpExecArray | null;
  while ((t = TIME.exec(norm)) !== null && t.index < m.start) last = t[0];
  return last;
}
