/** Heading levels of a document's paragraph styles (word/styles.xml), following `basedOn`. */
import { childElements, childVal, firstChild } from './xml';
import type { XmlElement } from './xml';

interface StyleInfo {
  basedOn: string | null;
  /** 0-based outline level declared by the style itself, 9 = body text. */
  outline: number | null;
}

/** Built-in heading styles keep their English names (`heading 1`) in every Word language. */
function builtInLevel(name: string | null): number | null {
  const m = /^heading\s*([1-9])$/i.exec(name ?? '');
  return m ? Number(m[1]) - 1 : null;
}

export type StyleLevels = Map<string, number>;

/** styleId -> heading level (1 = top), for the styles that are headings. */
export function headingStyles(styles: XmlElement | null): StyleLevels {
  const infos = new Map<string, StyleInfo>();
  const root = styles ? firstChild(styles, 'w:styles') : null;
  for (const style of root ? childElements(root, 'w:style') : []) {
    if ((style.attrs['w:type'] ?? 'paragraph') !== 'paragraph') continue;
    const id = style.attrs['w:styleId'];
    if (!id) continue;
    const outlineVal = childVal(firstChild(style, 'w:pPr'), 'w:outlineLvl');
    const outline = outlineVal !== null && /^\d$/.test(outlineVal) ? Number(outlineVal) : null;
    infos.set(id, {
      basedOn: childVal(style, 'w:basedOn'),
      outline:
        outline ??
        builtInLevel(childVal(style, 'w:name')) ??
        builtInLevel(id.replace(/(\D)(\d)$/, '$1 $2')),
    });
  }
  const levels: StyleLevels = new Map();
  for (const id of infos.keys()) {
    let at: string | null = id;
    // A chain of basedOn, bounded: a damaged file may loop.
    for (let hops = 0; at !== null && hops < 16; hops++) {
      const info = infos.get(at);
      if (!info) break;
      if (info.outline !== null) {
        if (info.outline < 9) levels.set(id, info.outline + 1);
        break;
      }
      at = info.basedOn;
    }
  }
  return levels;
}
