/**
 * A small element tree from an OOXML part, parsed by saxes: no DTD processing, so no external
 * or internal entity is ever expanded (an undeclared entity is a parse error); the number of
 * elements and the depth are bounded. Element and attribute names are `w:local` for the
 * WordprocessingML namespace, whatever prefix the file uses.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export interface XmlLimits {
  maxElements: number;
  maxDepth: number;
}

export const DEFAULT_XML_LIMITS: XmlLimits = { maxElements: 1_500_000, maxDepth: 200 };

export class XmlError extends Error {
  constructor(
    readonly reason: 'damaged' | 'tooLarge',
    message: string,
  ) {
    super(message);
    this.name = 'XmlError';
  }
}

const PREFIXES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
};

/**
 * Parse `bytes` (UTF-8 XML) into a tree. Elements named in `skip` are dropped with everything
 * inside them (run properties, drawings: the reader never needs them).
 */
export function parseXml(
  bytes: Uint8Array,
  skip: ReadonlySet<string> = new Set(),
  limits: XmlLimits = DEFAULT_XML_LIMITS,
): XmlElement {
  const text = new TextDecoder('utf-8').decode(bytes);
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let skipping = 0;
  let count = 0;
  // Namespaces resolved by hand (saxes' own resolution costs a third of the parse): prefixes
  // declared on any element map to their URI, and so to the canonical `w`/`mc`.
  const prefixOf = new Map<string, string>();
  const canonical = (qname: string): string => {
    const colon = qname.indexOf(':');
    if (colon < 0) return qname;
    const mapped = prefixOf.get(qname.slice(0, colon));
    return mapped === undefined ? qname : `${mapped}${qname.slice(colon)}`;
  };
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('opentag', (tag) => {
    if (skipping) {
      skipping++;
      return;
    }
    const raw = tag.attributes as Record<string, string>;
    for (const key in raw) {
      if (key.startsWith('xmlns:')) {
        const uri = raw[key];
        prefixOf.set(key.slice(6), PREFIXES[uri] ?? key.slice(6));
      }
    }
    const name = canonical(tag.name);
    if (skip.has(name)) {
      skipping = 1;
      return;
    }
    if (++count > limits.maxElements) throw new XmlError('tooLarge', `${count} elements`);
    if (stack.length > limits.maxDepth) throw new XmlError('tooLarge', 'nested too deep');
    const attrs: Record<string, string> = {};
    for (const key in raw) if (!key.startsWith('xmlns')) attrs[canonical(key)] = raw[key];
    const el: XmlElement = { name, attrs, children: [] };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    if (skipping) {
      skipping--;
      return;
    }
    stack.pop();
  });
  // Only text inside w:t is content; the whitespace between elements is not kept.
  const onText = (t: string) => {
    const top = stack[stack.length - 1];
    if (!skipping && top.name === 'w:t') top.children.push(t);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  try {
    parser.write(text).close();
  } catch (e) {
    if (e instanceof XmlError) throw e;
    throw new XmlError('damaged', (e as Error).message);
  }
  return root;
}

export function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== 'string';
}

export function childElements(el: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children)
    if (isElement(c) && (name === undefined || c.name === name)) out.push(c);
  return out;
}

export function firstChild(el: XmlElement | null | undefined, name: string): XmlElement | null {
  if (!el) return null;
  for (const c of el.children) if (isElement(c) && c.name === name) return c;
  return null;
}

/** The `w:val` of a child element: `<w:pStyle w:val="Heading1"/>` -> "Heading1". */
export function childVal(el: XmlElement | null, name: string): string | null {
  return firstChild(el, name)?.attrs['w:val'] ?? null;
}
