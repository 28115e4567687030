/**
 * Our own part-by-part comparison of a workbook and its `--fix` output: what may differ is the
 * written cells' elements in their sheets, and styles.xml by appended number formats and cell
 * styles only. Everything else must be the same bytes (and the same compressed bytes).
 */
import type { CellWrite } from '../../src/core/writes';
import { BUILTIN_FORMATS } from '../../src/hosts/xlsx/workbookParts';
import { inflateEntry, readZip } from '../../src/hosts/xlsx/zipRead';
import type { ZipArchive } from '../../src/hosts/xlsx/zipRead';

function parts(zip: ZipArchive): Map<string, Buffer> {
  return new Map(zip.entries.map((e) => [e.name, inflateEntry(zip, e, Number.MAX_SAFE_INTEGER)]));
}

/** Every `<c …>` element of a sheet by its reference (the generators and Excel write `r`). */
function cellElements(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g))
    out.set(m[1], m[0]);
  return out;
}

function withoutCells(xml: string, refs: ReadonlySet<string>): string {
  return xml.replace(
    /<(?:\w+:)?c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g,
    (all, ref: string) => (refs.has(ref) ? '' : all),
  );
}

/** Rows the fix had to add (a written cell in a row the sheet lacked) read as empty rows. */
function withoutEmptyRows(xml: string): string {
  return xml.replace(/<(?:\w+:)?row r="\d+"><\/(?:\w+:)?row>/g, '');
}

function attr(element: string, name: string): string | null {
  return (
    new RegExp(`\\s${name}="([^"]*)"`).exec(element.slice(0, element.indexOf('>') + 1))?.[1] ?? null
  );
}

interface Styles {
  xfs: string[];
  formats: Map<number, string>;
  /** The text with the cellXfs and numFmts lists emptied (what must not change at all). */
  rest: string;
}

function styles(xml: string): Styles {
  const cellXfs = /<(?:\w+:)?cellXfs[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml);
  const xfs = [
    ...(cellXfs?.[1] ?? '').matchAll(/<(?:\w+:)?xf\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?xf>)/g),
  ].map((m) => m[0]);
  const formats = new Map<number, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g))
    formats.set(Number(m[1]), m[2].replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
  const rest = xml
    .replace(/(<(?:\w+:)?cellXfs)[^>]*>[\s\S]*?<\/(?:\w+:)?cellXfs>/, '$1/>')
    .replace(/(<(?:\w+:)?numFmts)[^>]*>[\s\S]*?<\/(?:\w+:)?numFmts>/, '$1/>');
  return { xfs, formats, rest };
}

/** The xf without the two attributes a new number format may change. */
function xfBody(xf: string): string {
  return xf.replace(/\s(numFmtId|applyNumberFormat)="[^"]*"/g, '');
}

function formatOf(s: Styles, index: number): string | null {
  const id = Number(attr(s.xfs[index] ?? '', 'numFmtId') ?? 0);
  return id ? (s.formats.get(id) ?? BUILTIN_FORMATS[id] ?? null) : null;
}

function cellValue(element: string): number | string | null {
  const v = /<(?:\w+:)?v>([^<]*)<\/(?:\w+:)?v>/.exec(element);
  if (v) return Number(v[1]);
  const t = /<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?t>/.exec(element);
  return t ? t[1] : null;
}

/**
 * The differences that break the rule, as readable lines (empty when the output is right).
 * `sheetParts`: sheet name -> part name in the input.
 */
export function fixDiff(
  input: Buffer,
  output: Buffer,
  writes: readonly CellWrite[],
  sheetParts: ReadonlyMap<string, string>,
  stylesPart = 'xl/styles.xml',
): string[] {
  const problems: string[] = [];
  const a = readZip(input);
  const b = readZip(output);
  if (a.entries.map((e) => e.name).join('\n') !== b.entries.map((e) => e.name).join('\n'))
    problems.push('the parts or their order changed');
  const before = parts(a);
  const after = parts(b);
  const written = new Map<string, CellWrite[]>();
  for (const w of writes)
    written.set(sheetParts.get(w.sheet) ?? '?', [
      ...(written.get(sheetParts.get(w.sheet) ?? '?') ?? []),
      w,
    ]);
  const oldStyles = styles(before.get(stylesPart)?.toString('utf8') ?? '');
  const newStyles = styles(after.get(stylesPart)?.toString('utf8') ?? '');

  for (const entry of a.entries) {
    const name = entry.name;
    const x = before.get(name) as Buffer;
    const y = after.get(name);
    if (!y) continue;
    const sheetWrites = written.get(name);
    if (name === stylesPart) {
      if (oldStyles.rest !== newStyles.rest)
        problems.push('styles.xml changed outside cellXfs/numFmts');
      oldStyles.xfs.forEach((xf, i) => {
        if (newStyles.xfs[i] !== xf) problems.push(`existing cell style ${i} changed`);
      });
      for (const [id, code] of oldStyles.formats)
        if (newStyles.formats.get(id) !== code) problems.push(`number format ${id} changed`);
      continue;
    }
    if (!sheetWrites) {
      const raw = b.entries.find((e) => e.name === name);
      if (!x.equals(y)) problems.push(`${name} changed`);
      else if (raw && (raw.crc32 !== entry.crc32 || raw.compressedSize !== entry.compressedSize))
        problems.push(`${name}: compressed bytes changed`);
      continue;
    }
    const refs = new Set(sheetWrites.map((w) => w.address));
    const oldXml = x.toString('utf8');
    const newXml = y.toString('utf8');
    if (
      withoutEmptyRows(withoutCells(oldXml, refs)) !== withoutEmptyRows(withoutCells(newXml, refs))
    )
      problems.push(`${name}: changed outside the written cells`);
    const oldCells = cellElements(oldXml);
    const newCells = cellElements(newXml);
    for (const w of sheetWrites) {
      const cell = newCells.get(w.address);
      if (!cell) {
        problems.push(`${w.sheet}!${w.address} not written`);
        continue;
      }
      const value = cellValue(cell);
      if (value !== w.value)
        problems.push(`${w.sheet}!${w.address} holds ${value}, not ${w.value}`);
      const oldStyle = Number(attr(oldCells.get(w.address) ?? '', 's') ?? 0);
      const newStyle = Number(attr(cell, 's') ?? 0);
      if (newStyle === oldStyle) {
        if (w.numberFormat !== undefined && formatOf(oldStyles, oldStyle) !== w.numberFormat)
          problems.push(`${w.sheet}!${w.address} kept a style without ${w.numberFormat}`);
        continue;
      }
      if (newStyle < oldStyles.xfs.length)
        problems.push(`${w.sheet}!${w.address} moved to another existing style`);
      else if (xfBody(newStyles.xfs[newStyle] ?? '') !== xfBody(oldStyles.xfs[oldStyle] ?? ''))
        problems.push(`${w.sheet}!${w.address}: its new style differs in more than the format`);
      else if (formatOf(newStyles, newStyle) !== (w.numberFormat ?? formatOf(oldStyles, oldStyle)))
        problems.push(
          `${w.sheet}!${w.address}: new style's format is ${formatOf(newStyles, newStyle)}`,
        );
    }
  }
  return problems;
}
