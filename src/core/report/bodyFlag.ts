/** A flag on a sentence of the body: its sheet is 正文, its address the paragraph's place. */
import { makeFlag } from '../flags';
import type { Flag, FlagCode, FlagValues } from '../flags';
import { REPORT_TEXT } from '../../strings/report';
import { BODY_TEXT } from '../../strings/reportFlags';
import type { SentenceFigures } from './figures';

export function bodyFlag(
  code: FlagCode,
  at: SentenceFigures,
  finding: string,
  values: Omit<FlagValues, 'quote'> = {},
): Flag {
  return makeFlag(code, REPORT_TEXT.bodySheet, at.place, BODY_TEXT.quoted(finding, at.sentence), {
    ...values,
    quote: { paragraph: at.paragraph, headings: [...at.headings], sentence: at.sentence },
  });
}
