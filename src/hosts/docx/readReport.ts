/**
 * A Word report (.docx) into what the core checks: one SheetGrid per table (its caption — 附件N,
 * the title, 填报单位 — above it as merged rows, the way a worksheet carries them) for
 * `evaluate`, and the body as paragraphs under their headings for `checkReportBody`.
 * Headings come from the document's heading styles; a document with none gets them from the
 * numbering (一、 （一） 1、) as pasted text does.
 */
import type { SheetGrid } from '../../core/grid';
import { bodyFromLevels } from '../../core/report/body';
import type { ReportBody } from '../../core/report/body';
import { headingLevels } from '../../core/report/headings';
import { SKIPPED_ELEMENTS, paragraphLevel, paragraphText } from './paragraphText';
import { headingStyles } from './styles';
import { tableGrid } from './tableGrid';
import type { CellStart } from './tableGrid';
import { DEFAULT_ZIP_LIMITS, ZipError, ZipReader } from './zip';
import type { ZipLimits } from './zip';
import { XmlError, firstChild, isElement, parseXml } from './xml';
import type { XmlElement } from './xml';

export interface DocxTable {
  /** 1-based, in document order: the N of 表N. */
  index: number;
  grid: SheetGrid;
  /** Paragraphs above the table taken as its caption (rows 0 … captionRows − 1 of the grid). */
  caption: string[];
  /** The nearest heading above the table, if any. */
  heading: string | null;
  /** Per table row, where each Word cell starts (for 行R 列C). */
  cells: CellStart[][];
}

export interface DocxReport {
  tables: DocxTable[];
  /** The tables' grids, for `evaluate`. */
  grids: SheetGrid[];
  body: ReportBody;
}

export class DocxReadError extends Error {
  constructor(
    readonly reason: 'notDocx' | 'tooLarge' | 'damaged' | 'encrypted' | 'unsupported',
    message: string,
  ) {
    super(message);
    this.name = 'DocxReadError';
  }
}

/** Caption paragraphs: short lines, at most this many, not sentences. */
const MAX_CAPTION_LINES = 4;
const MAX_CAPTION_LENGTH = 60;

type Block = { kind: 'p'; text: string; level: number | null } | { kind: 'tbl'; el: XmlElement };

function blocks(container: XmlElement, styles: Map<string, number>, out: Block[]): void {
  for (const c of container.children) {
    if (!isElement(c)) continue;
    if (c.name === 'w:p')
      out.push({ kind: 'p', text: paragraphText(c), level: paragraphLevel(c, styles) });
    else if (c.name === 'w:tbl') out.push({ kind: 'tbl', el: c });
    else if (c.name === 'w:sdt' || c.name === 'w:sdtContent' || c.name === 'w:customXml')
      blocks(c, styles, out);
  }
}

function isCaption(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_CAPTION_LENGTH && !/[。；;]$/.test(t);
}

/** Indexes of the caption paragraphs above block `at`, walking back to the previous table. */
function captionOf(list: Block[], at: number, levels: (number | null)[]): number[] {
  const found: number[] = [];
  for (let i = at - 1; i >= 0 && found.length < MAX_CAPTION_LINES; i--) {
    const b = list[i];
    if (b.kind === 'tbl') break;
    if (b.text.trim() === '') continue;
    if (levels[i] !== null || !isCaption(b.text)) break;
    found.unshift(i);
  }
  return found;
}

/**
 * A caption line as worksheet cells: `填报单位：XX<tab>单位：元` is two cells, the second at the
 * right edge, the way a worksheet carries them; a line without tabs spans the table.
 */
function captionRow(text: string, width: number): { row: (string | null)[]; spans: boolean } {
  const row: (string | null)[] = new Array(width).fill(null);
  const parts = text
    .split(/\t+/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
  row[0] = parts[0] ?? '';
  const rest = parts.slice(1);
  rest.forEach((t, i) => {
    const col = Math.max(1, width - rest.length + i);
    row[col] = row[col] ? `${row[col]} ${t}` : t;
  });
  return { row, spans: rest.length === 0 };
}

function gridOf(index: number, caption: string[], table: ReturnType<typeof tableGrid>): SheetGrid {
  const width = Math.max(table.columns, 2);
  const rows = caption.map((t) => captionRow(t, width));
  const values = [...rows.map((r) => r.row), ...table.values];
  const shift = caption.length;
  const merges = [
    ...rows.flatMap((r, i) => (r.spans ? [{ top: i, left: 0, bottom: i, right: width - 1 }] : [])),
    ...table.merges.map((m) => ({ ...m, top: m.top + shift, bottom: m.bottom + shift })),
  ];
  return { name: `表${index}`, values, merges };
}

function readParts(
  bytes: Uint8Array,
  limits: ZipLimits,
): { document: XmlElement; styles: XmlElement | null } {
  const zip = new ZipReader(bytes, limits);
  const documentBytes = zip.read('word/document.xml');
  if (!documentBytes) throw new DocxReadError('notDocx', 'no word/document.xml');
  const stylesBytes = zip.read('word/styles.xml');
  return {
    document: parseXml(documentBytes, SKIPPED_ELEMENTS),
    styles: stylesBytes ? parseXml(stylesBytes, new Set(['w:rPr', 'w:tblPr', 'w:tcPr'])) : null,
  };
}

/** Read a .docx; a file that is not one, or is damaged or too large, throws DocxReadError. */
export function readDocxReport(
  bytes: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): DocxReport {
  let parts: ReturnType<typeof readParts>;
  try {
    parts = readParts(bytes, limits);
  } catch (e) {
    if (e instanceof ZipError)
      throw new DocxReadError(e.reason === 'notZip' ? 'notDocx' : e.reason, e.message);
    if (e instanceof XmlError) throw new DocxReadError(e.reason, e.message);
    throw e;
  }
  const styles = headingStyles(parts.styles);
  const body = firstChild(firstChild(parts.document, 'w:document'), 'w:body');
  if (!body) throw new DocxReadError('notDocx', 'no w:body');
  const list: Block[] = [];
  blocks(body, styles, list);

  // Heading styles where the document uses them, else the numbering of the lines.
  const styled = list.some((b) => b.kind === 'p' && b.level !== null);
  const levels: (number | null)[] = list.map((b) => (b.kind === 'p' ? b.level : null));
  if (!styled) {
    const texts = list.map((b) => (b.kind === 'p' ? b.text.trim() : ''));
    const found = headingLevels(texts.map((t) => t));
    found.forEach((l, i) => {
      if (list[i].kind === 'p' && texts[i] !== '') levels[i] = l;
    });
  }

  const tables: DocxTable[] = [];
  const captionIndexes = new Set<number>();
  let heading: string | null = null;
  list.forEach((b, i) => {
    if (b.kind === 'p') {
      if (levels[i] !== null && b.text.trim() !== '') heading = b.text.trim();
      return;
    }
    const caption = captionOf(list, i, levels);
    caption.forEach((c) => captionIndexes.add(c));
    const texts = caption.map((c) => (list[c] as { text: string }).text);
    const table = tableGrid(b.el);
    const index = tables.length + 1;
    tables.push({
      index,
      grid: gridOf(index, texts, table),
      caption: texts,
      heading,
      cells: table.cells,
    });
  });

  const paragraphs: { text: string; level: number | null }[] = [];
  list.forEach((b, i) => {
    if (b.kind !== 'p' || captionIndexes.has(i) || b.text.trim() === '') return;
    paragraphs.push({ text: b.text.trim(), level: levels[i] });
  });
  return { tables, grids: tables.map((t) => t.grid), body: bodyFromLevels(paragraphs) };
}
