/**
 * How a flag names a paragraph: the numbering of its headings and its own, `二、（二）2．`, the way
 * a reviewer cites it; a heading without numbering by its first words, a paragraph without its
 * own numbering by its place under its heading (`四、第1段`).
 */
import { REPORT_TEXT } from '../../strings/report';
import type { BodyParagraph, ReportBody } from './body';
import { numberingOf } from './numbering';

const SHORT_HEADING = 8;

function headingTag(heading: string): string {
  const n = numberingOf(heading);
  if (n) return n.prefix;
  const t = heading.trim();
  return t.length > SHORT_HEADING ? `${t.slice(0, SHORT_HEADING)}…` : t;
}

/** The place label of every paragraph, by index. */
export function paragraphPlaces(body: ReportBody): Map<number, string> {
  const places = new Map<number, string>();
  const ordinals = new Map<string, number>();
  for (const p of body.paragraphs) places.set(p.index, placeOf(p, ordinals));
  return places;
}

function placeOf(p: BodyParagraph, ordinals: Map<string, number>): string {
  const path = p.headings.map(headingTag).join('');
  if (p.level !== undefined) return path + headingTag(p.text);
  const own = numberingOf(p.text);
  if (own) return path + own.prefix;
  const key = p.headings.join('\u0000');
  const n = (ordinals.get(key) ?? 0) + 1;
  ordinals.set(key, n);
  return path + REPORT_TEXT.paragraphOrdinal(n);
}
