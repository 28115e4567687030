/**
 * The structure of an OOXML package read from its own parts: the main document it declares
 * (workbook or Word document), and for a workbook its sheets, shared strings and styles. Only
 * what the CLI needs; every part is left as it is for `--fix`.
 */
import { PackageError } from './packageError';
import type { ReadBudget } from './readLimits';
import { partText, scanText } from './scanPart';
import { attribute } from './xmlScan';
import { findEntry } from './zipRead';
import type { ZipArchive, ZipEntry } from './zipRead';

export type PackageKind = 'xlsx' | 'xlsm' | 'docx' | 'other';

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface SheetEntry {
  name: string;
  state: SheetState;
  /** The worksheet part; null for a chart sheet or a dialog sheet (no cells). */
  part: string | null;
}

export interface WorkbookPackage {
  zip: ZipArchive;
  kind: 'xlsx' | 'xlsm';
  workbookPart: string;
  sheets: SheetEntry[];
  sharedStringsPart: string | null;
  stylesPart: string | null;
}

interface Relationship {
  type: string;
  target: string;
}

/** `xl/workbook.xml` + `worksheets/sheet1.xml` -> `xl/worksheets/sheet1.xml`. */
export function resolvePart(source: string, target: string): string {
  const base = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of target.replace(/^\//, '').split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
}

/** `xl/workbook.xml` -> `xl/_rels/workbook.xml.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function requireEntry(zip: ZipArchive, name: string): ZipEntry {
  const entry = findEntry(zip, name);
  if (!entry) throw new PackageError('damaged', `missing part ${name}`);
  return entry;
}

function smallPart(zip: ZipArchive, name: string, budget: ReadBudget): string | null {
  const entry = findEntry(zip, name);
  return entry ? partText(zip, entry, budget.limits.smallPartBytes, budget) : null;
}

/** A part's relationships by id (external targets left out). */
function relationships(
  zip: ZipArchive,
  part: string,
  budget: ReadBudget,
): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  const text = smallPart(zip, relsPartOf(part), budget);
  if (text === null) return out;
  scanText(text, {
    open(name, attrs) {
      if (name !== 'Relationship' || attribute(attrs, 'TargetMode') === 'External') return;
      const id = attribute(attrs, 'Id');
      const target = attribute(attrs, 'Target');
      if (id !== null && target !== null)
        out.set(id, { type: attribute(attrs, 'Type') ?? '', target: resolvePart(part, target) });
    },
    close() {},
    text() {},
  });
  return out;
}

function contentTypeOf(zip: ZipArchive, part: string, budget: ReadBudget): string {
  const text = smallPart(zip, '[Content_Types].xml', budget);
  if (text === null) return '';
  let override = '';
  let byExtension = '';
  const extension = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  scanText(text, {
    open(name, attrs) {
      if (name === 'Override') {
        const partName = (attribute(attrs, 'PartName') ?? '').replace(/^\//, '').toLowerCase();
        if (partName === part.toLowerCase()) override = attribute(attrs, 'ContentType') ?? '';
      } else if (name === 'Default') {
        if ((attribute(attrs, 'Extension') ?? '').toLowerCase() === extension)
          byExtension = attribute(attrs, 'ContentType') ?? '';
      }
    },
    close() {},
    text() {},
  });
  return override || byExtension;
}

/** The main document the package declares (`_rels/.rels` officeDocument). */
function mainDocument(zip: ZipArchive, budget: ReadBudget): string | null {
  for (const rel of relationships(zip, '', budget).values()) {
    if (/\/officeDocument$/.test(rel.type) && findEntry(zip, rel.target)) return rel.target;
  }
  // A package without its root relationships: the usual names.
  if (findEntry(zip, 'xl/workbook.xml')) return 'xl/workbook.xml';
  if (findEntry(zip, 'word/document.xml')) return 'word/document.xml';
  return null;
}

export function packageKind(
  zip: ZipArchive,
  budget: ReadBudget,
): { kind: PackageKind; main: string | null } {
  const main = mainDocument(zip, budget);
  if (main === null) return { kind: 'other', main };
  const type = contentTypeOf(zip, main, budget).toLowerCase();
  if (/wordprocessingml|ms-word/.test(type) || (!type && /^word\//i.test(main)))
    return { kind: 'docx', main };
  if (/spreadsheetml|ms-excel/.test(type) || (!type && /^xl\//i.test(main)))
    return { kind: /macroenabled/.test(type) ? 'xlsm' : 'xlsx', main };
  return { kind: 'other', main };
}

function sheetState(value: string | null): SheetState {
  return value === 'hidden' || value === 'veryHidden' ? value : 'visible';
}

/** Throws `not-excel` (or `word`) when the package holds no workbook. */
export function openWorkbookPackage(zip: ZipArchive, budget: ReadBudget): WorkbookPackage {
  const { kind, main } = packageKind(zip, budget);
  if (kind === 'docx') throw new PackageError('word', main ?? '');
  if ((kind !== 'xlsx' && kind !== 'xlsm') || main === null)
    throw new PackageError('not-excel', 'no workbook part');
  const rels = relationships(zip, main, budget);
  const text = partText(zip, requireEntry(zip, main), budget.limits.smallPartBytes, budget);
  const sheets: SheetEntry[] = [];
  scanText(text, {
    open(name, attrs) {
      if (name !== 'sheet') return;
      const rel = rels.get(attribute(attrs, 'id') ?? '');
      const isWorksheet = rel !== undefined && /\/worksheet$/.test(rel.type);
      sheets.push({
        name: attribute(attrs, 'name') ?? '',
        state: sheetState(attribute(attrs, 'state')),
        part: isWorksheet && findEntry(zip, rel.target) ? rel.target : null,
      });
    },
    close() {},
    text() {},
  });
  const byType = (suffix: RegExp): string | null => {
    for (const rel of rels.values())
      if (suffix.test(rel.type) && findEntry(zip, rel.target)) return rel.target;
    return null;
  };
  return {
    zip,
    kind,
    workbookPart: main,
    sheets,
    sharedStringsPart: byType(/\/sharedStrings$/),
    stylesPart: byType(/\/styles$/),
  };
}
