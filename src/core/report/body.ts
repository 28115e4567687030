/**
 * The body of a 自评报告 as every reader hands it to the core: paragraphs in document order,
 * each with the path of headings it stands under. A Word host reads headings from styles; text
 * pasted into the pane gets them from its numbering (headings.ts).
 */
export interface BodyParagraph {
  /** 0-based position among the body's paragraphs, headings included. */
  index: number;
  text: string;
  /** The headings above it, outermost first (a heading's own path excludes itself). */
  headings: string[];
  /** Set on a heading: its level, 1 = 一、… */
  level?: number;
}

export interface ReportBody {
  paragraphs: BodyParagraph[];
}

/** Paragraphs and heading levels (null = body text) into a body with heading paths. */
export function bodyFromLevels(items: { text: string; level: number | null }[]): ReportBody {
  const open: string[] = [];
  const paragraphs: BodyParagraph[] = [];
  items.forEach((item, index) => {
    if (item.level !== null) {
      open.length = Math.min(open.length, item.level - 1);
      paragraphs.push({ index, text: item.text, headings: [...open], level: item.level });
      while (open.length < item.level - 1) open.push('');
      open.push(item.text);
      return;
    }
    paragraphs.push({ index, text: item.text, headings: open.filter((h) => h !== '') });
  });
  for (const p of paragraphs) p.headings = p.headings.filter((h) => h !== '');
  return { paragraphs };
}
