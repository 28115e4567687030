/**
 * A paragraph cut into sentences: at 。！？ (with the closing quotes after them) and line breaks.
 * A "sentence" longer than any a report writes (a pasted table, a file made to be slow) is cut
 * at its clause breaks into pieces of at most MAX_SENTENCE characters, so the checks' work per
 * sentence stays bounded.
 */
export interface Sentence {
  text: string;
  /** Where it starts in the paragraph. */
  start: number;
}

/** The seed's longest sentence is about 250 characters. */
export const MAX_SENTENCE = 1000;

const CLAUSE_BREAK = /[，,；;、：:]/;

/** Pieces of at most MAX_SENTENCE characters, each ending at a clause break where there is one. */
function pieces(sentence: Sentence): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const { text } = sentence;
  while (text.length - from > MAX_SENTENCE) {
    let cut = from + MAX_SENTENCE;
    for (let i = cut - 1; i > from + MAX_SENTENCE / 2; i--)
      if (CLAUSE_BREAK.test(text.charAt(i))) {
        cut = i + 1;
        break;
      }
    out.push({ text: text.slice(from, cut), start: sentence.start + from });
    from = cut;
  }
  out.push({ text: text.slice(from), start: sentence.start + from });
  return out;
}

export function splitSentences(paragraph: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^。！？!?\n]*(?:[。！？!?]+[”’"）)]*|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(paragraph)) !== null) {
    if (m[0] === '') {
      re.lastIndex++;
      if (re.lastIndex > paragraph.length) break;
      continue;
    }
    const text = m[0].replace(/\n$/, '');
    if (text.trim() === '') continue;
    const sentence = { text, start: m.index };
    if (text.length <= MAX_SENTENCE) out.push(sentence);
    else for (const p of pieces(sentence)) if (p.text.trim() !== '') out.push(p);
  }
  return out;
}
