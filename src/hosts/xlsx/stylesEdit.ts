/**
 * New cell styles for `--fix`: a derived cell that needs another number format gets a NEW `xf`
 * (a copy of its own with the format changed), appended to `cellXfs`; no existing style is
 * ever changed, so no other cell sharing it changes its look. The rest of styles.xml stays as
 * it was, character for character.
 */
import { PackageError } from './packageError';
import { XmlScanner, attribute } from './xmlScan';
import { BUILTIN_FORMATS } from './workbookParts';

/** Built-in ids whose code is the same in every locale (not the East Asian dates 27–58). */
const BUILTIN_IDS = new Map<string, number>(
  Object.entries(BUILTIN_FORMATS)
    .filter(([id]) => Number(id) < 27 || (Number(id) >= 37 && Number(id) <= 49))
    .map(([id, code]) => [code, Number(id)]),
);
const FIRST_CUSTOM_ID = 164;

interface Span {
  start: number;
  end: number;
}

function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** `<x:xf ` -> `x:`: new elements take the prefix the part uses. */
function prefixAt(text: string, tagStart: number): string {
  const m = /^<\/?([A-Za-z_][\w.-]*:)?/.exec(text.slice(tagStart, tagStart + 64));
  return m?.[1] ?? '';
}

export class StylesEditor {
  private readonly xfs: Span[] = [];
  private cellXfsOpen: Span | null = null;
  private cellXfsClose: Span | null = null;
  private numFmtsOpen: Span | null = null;
  private numFmtsClose: Span | null = null;
  private styleSheetOpenEnd = -1;
  private prefix = '';
  private readonly customIds = new Map<string, number>();
  private readonly customCodes = new Map<number, string>();
  private maxCustomId = FIRST_CUSTOM_ID - 1;
  private readonly addedFormats: { id: number; code: string }[] = [];
  private readonly addedXfs: string[] = [];
  private readonly made = new Map<string, number>();
  /** The `xf` whose close tag ends its span. */
  private pendingXf = -1;

  constructor(private readonly text: string) {
    const scanner = new XmlScanner({
      open: (name, attrs, selfClosing) => {
        const span = { start: scanner.tagStart, end: scanner.tagEnd };
        if (name === 'styleSheet') {
          this.styleSheetOpenEnd = span.end;
          this.prefix = prefixAt(text, span.start);
        } else if (name === 'numFmts') {
          this.numFmtsOpen = span;
          if (selfClosing) this.numFmtsClose = { start: span.end, end: span.end };
        } else if (name === 'numFmt') {
          const id = Number(attribute(attrs, 'numFmtId'));
          const code = attribute(attrs, 'formatCode');
          if (Number.isInteger(id) && code !== null) {
            this.customCodes.set(id, code);
            if (!this.customIds.has(code)) this.customIds.set(code, id);
            this.maxCustomId = Math.max(this.maxCustomId, id);
          }
        } else if (name === 'cellXfs') {
          this.cellXfsOpen = span;
          if (selfClosing) this.cellXfsClose = { start: span.end, end: span.end };
        } else if (name === 'xf' && this.cellXfsOpen && !this.cellXfsClose) {
          this.xfs.push(span);
          if (!selfClosing) this.pendingXf = this.xfs.length - 1;
        }
      },
      close: (name) => {
        if (name === 'numFmts')
          this.numFmtsClose = { start: scanner.tagStart, end: scanner.tagEnd };
        else if (name === 'cellXfs')
          this.cellXfsClose = { start: scanner.tagStart, end: scanner.tagEnd };
        else if (name === 'xf' && this.pendingXf >= 0) {
          this.xfs[this.pendingXf].end = scanner.tagEnd;
          this.pendingXf = -1;
        }
      },
      text: () => {},
    });
    scanner.feed(text);
    scanner.end();
    if (this.styleSheetOpenEnd < 0) throw new PackageError('damaged', 'styles without styleSheet');
  }

  /** The format code of a style index (General as null), as the reader sees it. */
  formatOf(style: number): string | null {
    const span = this.xfs[style];
    if (!span) return null;
    const id = Number(attribute(this.text.slice(span.start, span.end), 'numFmtId') ?? 0);
    return id ? (this.customCodes.get(id) ?? BUILTIN_FORMATS[id] ?? null) : null;
  }

  private formatId(code: string): number {
    const builtin = BUILTIN_IDS.get(code);
    if (builtin !== undefined) return builtin;
    const known = this.customIds.get(code);
    if (known !== undefined) return known;
    const id = ++this.maxCustomId;
    this.customIds.set(code, id);
    this.customCodes.set(id, code);
    this.addedFormats.push({ id, code });
    return id;
  }

  /** The index of a new style: `base` with the number format `code`. */
  styleWithFormat(base: number, code: string): number {
    const key = `${base}\u0000${code}`;
    const done = this.made.get(key);
    if (done !== undefined) return done;
    const id = this.formatId(code);
    const span = this.xfs[base] ?? this.xfs[0];
    const p = this.prefix;
    let xf = span
      ? this.text.slice(span.start, span.end)
      : `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    xf = setAttribute(xf, 'numFmtId', String(id));
    xf = setAttribute(xf, 'applyNumberFormat', '1');
    this.addedXfs.push(xf);
    const index = this.xfs.length + this.addedXfs.length - 1;
    this.made.set(key, index);
    return index;
  }

  get changed(): boolean {
    return this.addedXfs.length > 0;
  }

  /** styles.xml with the new formats and styles appended, everything else as it was. */
  result(): string {
    if (!this.changed) return this.text;
    const p = this.prefix;
    const edits: { at: Span; text: string }[] = [];
    const formats = this.addedFormats
      .map((f) => `<${p}numFmt numFmtId="${f.id}" formatCode="${escapeAttribute(f.code)}"/>`)
      .join('');
    if (formats) {
      if (this.numFmtsOpen && this.numFmtsClose) {
        const open = this.text.slice(this.numFmtsOpen.start, this.numFmtsOpen.end);
        const selfClosing = this.numFmtsClose.start === this.numFmtsOpen.end && open.endsWith('/>');
        const count = this.customCodes.size;
        const newOpen = setAttribute(
          selfClosing ? open.replace(/\s*\/>$/, '>') : open,
          'count',
          String(count),
        );
        edits.push({ at: this.numFmtsOpen, text: newOpen });
        edits.push({
          at: { start: this.numFmtsClose.start, end: this.numFmtsClose.start },
          text: selfClosing ? `${formats}</${p}numFmts>` : formats,
        });
      } else {
        const at = { start: this.styleSheetOpenEnd, end: this.styleSheetOpenEnd };
        edits.push({
          at,
          text: `<${p}numFmts count="${this.addedFormats.length}">${formats}</${p}numFmts>`,
        });
      }
    }
    if (!this.cellXfsOpen || !this.cellXfsClose)
      throw new PackageError('damaged', 'styles without cellXfs');
    const open = this.text.slice(this.cellXfsOpen.start, this.cellXfsOpen.end);
    const selfClosing = this.cellXfsClose.start === this.cellXfsOpen.end && open.endsWith('/>');
    const count = String(this.xfs.length + this.addedXfs.length);
    edits.push({
      at: this.cellXfsOpen,
      text: setAttribute(selfClosing ? open.replace(/\s*\/>$/, '>') : open, 'count', count),
    });
    edits.push({
      at: { start: this.cellXfsClose.start, end: this.cellXfsClose.start },
      text: this.addedXfs.join('') + (selfClosing ? `</${p}cellXfs>` : ''),
    });
    return applyEdits(this.text, edits);
  }
}

/** Sets (or adds) one attribute of an element's open tag, the rest of the tag untouched. */
export function setAttribute(element: string, name: string, value: string): string {
  const tagEnd = element.search(/\/?>/);
  const open = element.slice(0, tagEnd);
  const re = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(open)) return open.replace(re, `$1"${value}"`) + element.slice(tagEnd);
  return `${open} ${name}="${value}"${element.slice(tagEnd)}`;
}

/** Replaces spans of a text (non-overlapping), in one pass. */
export function applyEdits(text: string, edits: { at: Span; text: string }[]): string {
  const sorted = [...edits].sort((a, b) => a.at.start - b.at.start || a.at.end - b.at.end);
  const out: string[] = [];
  let pos = 0;
  for (const edit of sorted) {
    if (edit.at.start < pos) throw new PackageError('damaged', 'overlapping edits');
    out.push(text.slice(pos, edit.at.start), edit.text);
    pos = edit.at.end;
  }
  out.push(text.slice(pos));
  return out.join('');
}
