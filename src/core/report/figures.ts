/** Every sentence of the body with the figures it states, and where it is. */
import type { RelatedCell } from '../flags';
import type { ReportBody } from './body';
import { findMentions, normalizeSentence } from './mentions';
import type { Mention } from './mentions';
import { numberingOf } from './numbering';
import { paragraphPlaces } from './place';
import { splitSentences } from './sentences';
import { PLAN } from './terms';

export interface SentenceFigures {
  /** The paragraph's index in the body. */
  paragraph: number;
  /** `二、（二）2．` */
  place: string;
  headings: string[];
  /** As printed (for quoting). */
  sentence: string;
  /** NFKC: what the mentions' offsets refer to. */
  norm: string;
  mentions: Mention[];
  /** From this offset on the sentence states a plan or a target (预计, 力争 …). */
  planFrom: number;
  /** Position of the sentence in the whole body (−1: a sentence of a table). */
  ordinal: number;
  /** A table's sentence: the cell it was read from. */
  cell?: RelatedCell;
}

export function bodyFigures(body: ReportBody): SentenceFigures[] {
  const places = paragraphPlaces(body);
  const out: SentenceFigures[] = [];
  for (const p of body.paragraphs) {
    const sentences = splitSentences(p.text);
    sentences.forEach((s, i) => {
      const norm = normalizeSentence(s.text);
      // The paragraph's own numbering (`2．`, `（二）`) is no figure.
      const skip = i === 0 ? (numberingOf(norm)?.prefix.length ?? 0) : 0;
      const plan = PLAN.exec(norm);
      out.push({
        paragraph: p.index,
        place: places.get(p.index) ?? '',
        headings: p.headings,
        sentence: s.text.trim(),
        norm,
        mentions: findMentions(norm).filter((m) => m.start >= skip),
        planFrom: plan ? plan.index : Infinity,
        ordinal: out.length,
      });
    });
  }
  return out;
}
