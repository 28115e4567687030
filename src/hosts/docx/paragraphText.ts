/**
 * The text of a Word paragraph as it prints: runs' text, tabs and line breaks, through
 * hyperlinks, tracked insertions, fields' results, content controls and smart tags. Deleted
 * text, field codes, drawings and text boxes are left out (the parser drops them).
 */
import { childVal, firstChild, isElement } from './xml';
import type { XmlElement } from './xml';
import type { StyleLevels } from './styles';

/** Parts the reader never needs, dropped while parsing. */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'w:rPr',
  'w:del',
  'w:moveFrom',
  'w:delText',
  'w:instrText',
  'w:drawing',
  'w:pict',
  'w:object',
  'mc:AlternateContent',
  'w:sectPr',
  'w:tblPr',
  'w:fldData',
  'w:footnoteReference',
  'w:endnoteReference',
  'w:commentReference',
]);

/** Elements whose content is read as if it stood in their parent. */
const TRANSPARENT = new Set([
  'w:r',
  'w:hyperlink',
  'w:ins',
  'w:moveTo',
  'w:smartTag',
  'w:customXml',
  'w:fldSimple',
  'w:sdt',
  'w:sdtContent',
  'w:bdo',
  'w:dir',
]);

function collect(el: XmlElement, out: string[]): void {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.name === 'w:t') {
      for (const t of c.children) if (typeof t === 'string') out.push(t);
    } else if (c.name === 'w:tab' || c.name === 'w:ptab') out.push('\t');
    else if (c.name === 'w:br' || c.name === 'w:cr') out.push('\n');
    else if (c.name === 'w:noBreakHyphen') out.push('-');
    else if (TRANSPARENT.has(c.name)) collect(c, out);
  }
}

export function paragraphText(p: XmlElement): string {
  const out: string[] = [];
  collect(p, out);
  return out.join('');
}

/** The heading level of a paragraph from its style or its own outline level; null for body text. */
export function paragraphLevel(p: XmlElement, styles: StyleLevels): number | null {
  const pPr = firstChild(p, 'w:pPr');
  const own = childVal(pPr, 'w:outlineLvl');
  if (own !== null && /^\d$/.test(own)) return Number(own) < 9 ? Number(own) + 1 : null;
  const style = childVal(pPr, 'w:pStyle');
  return style === null ? null : (styles.get(style) ?? null);
}
