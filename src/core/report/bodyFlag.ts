/**
 * A flag on a sentence of the body: its sheet is 正文, its address the paragraph's place; where
 * it compares the sentence with a table cell, that cell is its `related` (the pane links to it).
 */
import { makeFlag } from '../flags';
import type { Flag, FlagCode, FlagValues, RelatedCell } from '../flags';
import { REPORT_TEXT } from '../../strings/report';
import { BODY_TEXT } from '../../strings/reportFlags';
import type { SentenceFigures } from './figures';

export function bodyFlag(
  code: FlagCode,
  at: SentenceFigures,
  finding: string,
  values: Omit<FlagValues, 'quote' | 'related'> & { related?: RelatedCell | null } = {},
): Flag {
  const { related, ...rest } = values;
  return makeFlag(code, REPORT_TEXT.bodySheet, at.place, BODY_TEXT.quoted(finding, at.sentence), {
    ...rest,
    ...(related ? { related } : {}),
    quote: { paragraph: at.paragraph, headings: [...at.headings], sentence: at.sentence },
  });
}
