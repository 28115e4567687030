/**
 * Headings of a report typed without heading styles (most are: 一、 （一） 1、 typed by hand),
 * found by their numbering. A heading is a short numbered line that is not a sentence; its
 * level follows the numbering sequence: the next number of an open heading of the same kind is
 * its sibling, a kind's first number (一、 （一） 1、) under an open heading opens a level below
 * it. So `一、项目管理部` under `（三）年度重点工作计划` is a third level, not a new chapter.
 */
import { numberingOf } from './numbering';
import type { Numbering, NumberingStyle } from './numbering';

/** Longest line taken for a heading (the seed's longest is 26 characters). */
const MAX_HEADING_LENGTH = 40;
/** Longest heading that ends in a full stop. */
const MAX_SENTENCE_HEADING = 16;

interface OpenHeading {
  style: NumberingStyle;
  n: number;
  level: number;
}

function looksLikeHeading(text: string, numbering: Numbering): boolean {
  const t = text.trim();
  if (t.length > MAX_HEADING_LENGTH) return false;
  const stripped = t.slice(numbering.prefix.length);
  const rest = stripped.replace(/[。：:]$/, '');
  if (rest === '') return false;
  // `（一）项目组织情况分析。` is a heading; a long line ending in 。 is a list item.
  if (/。$/.test(stripped) && rest.length > MAX_SENTENCE_HEADING) return false;
  // A sentence: clauses, or a full stop before the end.
  return !/[，,；;。！？]/.test(rest);
}

/** Level of each line (null = body text), in order. */
export function headingLevels(lines: string[]): (number | null)[] {
  const open: OpenHeading[] = [];
  return lines.map((line) => {
    const numbering = numberingOf(line);
    if (!numbering || !looksLikeHeading(line, numbering)) return null;
    let level: number | null = null;
    for (let i = open.length - 1; i >= 0; i--) {
      const h = open[i];
      if (h.style !== numbering.style) continue;
      // The next number; a skipped one only on a line that is no sentence.
      const next = numbering.n === h.n + 1;
      const skip = numbering.n > h.n + 1 && !/[。]\s*$/.test(line);
      if (next || skip) {
        level = h.level;
        break;
      }
    }
    if (level === null) {
      if (numbering.n !== 1) return null;
      level = open.length ? open[open.length - 1].level + 1 : 1;
    }
    while (open.length && open[open.length - 1].level >= level) open.pop();
    open.push({ style: numbering.style, n: numbering.n, level });
    return level;
  });
}
