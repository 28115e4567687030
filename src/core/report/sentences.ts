/** A paragraph cut into sentences: at 。！？ (with the closing quotes after them) and line breaks. */
export interface Sentence {
  text: string;
  /** Where it starts in the paragraph. */
  start: number;
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
    if (text.trim() !== '') out.push({ text, start: m.index });
  }
  return out;
}
