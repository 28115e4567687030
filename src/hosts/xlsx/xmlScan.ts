/**
 * A small streaming XML scanner for the parts of an OOXML package: tags and text, in one pass,
 * linear in the input whatever it holds. No DTD or entity definition is ever expanded (only the
 * five predefined entities and character references), so an entity bomb is inert.
 */
import { PackageError } from './packageError';

export interface XmlHandler {
  /** `name` without its namespace prefix; `attrs` the raw attribute text. */
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw text (entities not decoded: decode the joined pieces with `decodeXmlText`). */
  text(raw: string): void;
}

/** A single tag longer than this is not a workbook's: a hostile or broken part. */
const MAX_TAG = 1 << 20;

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/** Text of a CDATA section, escaped so decoding the joined text gives it back as it was. */
function cdataAsText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

export class XmlScanner {
  private pending = '';
  /** Characters fed before the current buffer; where the pending markup starts. */
  private fed = 0;
  private pendingAt = 0;
  /** Offsets, in the whole input, of the tag being reported (for editing a part in place). */
  tagStart = 0;
  tagEnd = 0;
  private bufAt = 0;
  /**
   * The next `"` and `'` in the current buffer at or after where they were last looked for
   * (Infinity: none left). Looking again from each tag would rescan the buffer's tail for a
   * quote that is not there: quadratic in the chunk.
   */
  private nextDouble = -1;
  private nextSingle = -1;

  constructor(private readonly handler: XmlHandler) {}

  private nextQuote(buf: string, from: number): number {
    if (this.nextDouble < from) {
      const at = buf.indexOf('"', from);
      this.nextDouble = at < 0 ? Infinity : at;
    }
    if (this.nextSingle < from) {
      const at = buf.indexOf("'", from);
      this.nextSingle = at < 0 ? Infinity : at;
    }
    const quote = Math.min(this.nextDouble, this.nextSingle);
    return quote === Infinity ? -1 : quote;
  }

  /** The end of a tag that starts at `lt`, skipping `>` inside quoted attribute values. */
  private closingBracket(buf: string, lt: number): number {
    let from = lt + 1;
    for (;;) {
      const gt = buf.indexOf('>', from);
      if (gt < 0) return -1;
      const quote = this.nextQuote(buf, from);
      if (quote < 0 || quote > gt) return gt;
      const close = buf.indexOf(buf[quote], quote + 1);
      if (close < 0) return -1;
      from = close + 1;
    }
  }

  /** Where the markup at `lt` ends (index after it), or -1 when the buffer ends inside it. */
  private markup(buf: string, lt: number): number {
    const h = this.handler;
    const next = buf.charCodeAt(lt + 1);
    if (next === 0x3f /* ? */) {
      const end = buf.indexOf('?>', lt + 2);
      return end < 0 ? -1 : end + 2;
    }
    if (next === 0x21 /* ! */) {
      if (buf.length - lt < 9) return -1;
      if (buf.startsWith('<!--', lt)) {
        const end = buf.indexOf('-->', lt + 4);
        return end < 0 ? -1 : end + 3;
      }
      if (buf.startsWith('<![CDATA[', lt)) {
        const end = buf.indexOf(']]>', lt + 9);
        if (end < 0) return -1;
        h.text(cdataAsText(buf.slice(lt + 9, end)));
        return end + 3;
      }
      // A DOCTYPE (OOXML has none): skipped, its internal subset included, never expanded.
      const gt = buf.indexOf('>', lt);
      const bracket = buf.indexOf('[', lt);
      if (bracket >= 0 && (gt < 0 || bracket < gt)) {
        const end = buf.indexOf(']>', bracket);
        return end < 0 ? -1 : end + 2;
      }
      return gt < 0 ? -1 : gt + 1;
    }
    if (next === 0x2f /* / */) {
      const gt = buf.indexOf('>', lt + 2);
      if (gt < 0) return -1;
      this.tagStart = this.bufAt + lt;
      this.tagEnd = this.bufAt + gt + 1;
      h.close(localName(buf.slice(lt + 2, gt).trim()));
      return gt + 1;
    }
    const gt = this.closingBracket(buf, lt);
    if (gt < 0) return -1;
    const selfClosing = buf.charCodeAt(gt - 1) === 0x2f;
    const bodyEnd = selfClosing ? gt - 1 : gt;
    // The name ends at whitespace or the body's end (a char loop: this runs once per tag).
    let nameEnd = lt + 1;
    let colon = -1;
    for (; nameEnd < bodyEnd; nameEnd++) {
      const c = buf.charCodeAt(nameEnd);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) break;
      if (c === 0x3a) colon = nameEnd;
    }
    this.tagStart = this.bufAt + lt;
    this.tagEnd = this.bufAt + gt + 1;
    const name = buf.slice(colon < 0 ? lt + 1 : colon + 1, nameEnd);
    h.open(name, nameEnd < bodyEnd ? buf.slice(nameEnd, bodyEnd) : '', selfClosing);
    return gt + 1;
  }

  feed(chunk: string): void {
    const buf = this.pending === '' ? chunk : this.pending + chunk;
    this.bufAt = this.pending === '' ? this.fed : this.pendingAt;
    this.fed += chunk.length;
    this.nextDouble = -1;
    this.nextSingle = -1;
    this.pending = '';
    const n = buf.length;
    let pos = 0;
    while (pos < n) {
      const lt = buf.indexOf('<', pos);
      if (lt < 0) {
        this.handler.text(buf.slice(pos));
        return;
      }
      if (lt > pos) this.handler.text(buf.slice(pos, lt));
      const end = lt + 1 < n ? this.markup(buf, lt) : -1;
      if (end < 0) {
        if (n - lt > MAX_TAG) throw new PackageError('damaged', 'markup too long');
        this.pending = buf.slice(lt);
        this.pendingAt = this.bufAt + lt;
        return;
      }
      pos = end;
    }
  }

  end(): void {
    if (this.pending !== '') throw new PackageError('damaged', 'unterminated markup');
  }
}

/** Scans a whole part at once. */
export function scanXml(text: string, handler: XmlHandler): void {
  const scanner = new XmlScanner(handler);
  scanner.feed(text);
  scanner.end();
}

const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function codePoint(n: number, raw: string): string {
  return n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : raw;
}

/** The five predefined entities and character references; anything else stays as written. */
export function decodeXmlText(raw: string): string {
  if (raw.indexOf('&') < 0) return raw;
  return raw.replace(ENTITY, (all, name: string | undefined, dec?: string, hex?: string) => {
    if (name) return NAMED[name];
    return codePoint(dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16), all);
  });
}

/** `_x000D_`: how OOXML writes a character XML cannot hold (ECMA-376 ST_Xstring). */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_all, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** One attribute's decoded value from a tag's raw attribute text, by local name. */
export function attribute(attrs: string, name: string): string | null {
  let from = 0;
  for (;;) {
    const at = attrs.indexOf(name, from);
    if (at < 0) return null;
    from = at + name.length;
    const before = at === 0 ? 0x20 : attrs.charCodeAt(at - 1);
    // Whitespace before the name, or a prefix's colon (`r:id` found by `id`).
    if (before !== 0x20 && before !== 0x09 && before !== 0x0a && before !== 0x0d && before !== 0x3a)
      continue;
    let i = from;
    while (isSpace(attrs.charCodeAt(i))) i++;
    if (attrs.charCodeAt(i) !== 0x3d /* = */) continue;
    i++;
    while (isSpace(attrs.charCodeAt(i))) i++;
    const quote = attrs[i];
    if (quote !== '"' && quote !== "'") continue;
    const close = attrs.indexOf(quote, i + 1);
    if (close < 0) return null;
    return decodeXmlText(attrs.slice(i + 1, close));
  }
}

/** Every attribute of a tag by qualified name. */
export function attributes(attrs: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(attrs); m; m = re.exec(attrs)) {
    out.set(m[1], decodeXmlText(m[2] ?? m[3] ?? ''));
  }
  return out;
}
