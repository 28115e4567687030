/**
 * The texts of the attachments that state results (全年完成值 / 实际完成值 of each indicator), as
 * sentences beside the body's: a count the body states differently from them is as wrong as
 * one it states differently from itself. Read from the recognised forms, not from the cells.
 */
import type { Form } from '../model';
import { BODY_TEXT } from '../../strings/reportFlags';
import type { SentenceFigures } from './figures';
import { findMentions, normalizeSentence } from './mentions';
import { splitSentences } from './sentences';

export function formName(form: Form): string {
  if (form.kind === 'base') return BODY_TEXT.tableWhere.base;
  if (form.kind === 'overall' || form.kind === 'indicator') return BODY_TEXT.tableWhere.overall;
  return BODY_TEXT.tableWhere.project(form.name);
}

export function tableResultSentences(forms: Form[]): SentenceFigures[] {
  const out: SentenceFigures[] = [];
  for (const form of forms) {
    if (form.kind === 'base') continue;
    for (const l1 of form.indicators)
      for (const l2 of l1.children)
        for (const row of l2.rows) {
          const result = row.result;
          const value = result?.value;
          if (!result || typeof value !== 'string') continue;
          const place = BODY_TEXT.tableField(formName(form), `${l2.name}${BODY_TEXT.resultColumn}`);
          for (const s of splitSentences(value)) {
            const norm = normalizeSentence(s.text);
            out.push({
              paragraph: -1,
              place,
              headings: [],
              sentence: s.text.trim(),
              norm,
              mentions: findMentions(norm),
              planFrom: Infinity,
              ordinal: -1,
              cell: { sheet: form.sheet, address: result.address },
            });
          }
        }
  }
  return out;
}
