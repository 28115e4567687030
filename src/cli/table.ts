/**
 * The one-line-per-file table of `selfeval check` over many files: what a reviewer at the finance
 * bureau scans first (which unit, which year, which attachments, the total and the grade, how
 * many problems), before the details of each file.
 */
import type { FlagCounts, FormSummary } from '../core';
import type { FormKind } from '../core/forms/kinds';
import { CLI_TEXT, FORM_NAME, TABLE_HEADERS } from '../strings/cli';
import { safeText } from './safeText';

export type TableColumn = keyof typeof TABLE_HEADERS;
export type TableRow = Record<TableColumn, string>;

export const TABLE_COLUMNS = Object.keys(TABLE_HEADERS) as TableColumn[];

const KINDS: FormKind[] = ['base', 'overall', 'project'];

/** `附件1、附件2、附件3×3`. */
function formsFound(forms: FormSummary[]): string {
  const parts = KINDS.map((kind) => ({
    name: FORM_NAME[kind].split(' ')[0],
    count: forms.filter((f) => f.kind === kind).length,
  }))
    .filter((p) => p.count > 0)
    .map((p) => CLI_TEXT.formCount(p.name, p.count));
  return parts.length ? parts.join('、') : CLI_TEXT.noFormsShort;
}

/** The department's figures: 附件2 first (it carries the total and grade), then 附件1. */
function first<T>(
  forms: readonly FormSummary[],
  pick: (f: FormSummary) => T | null | undefined,
): T | null {
  for (const kind of ['overall', 'base', 'project'] as FormKind[]) {
    for (const f of forms) {
      const value = f.kind === kind ? pick(f) : null;
      if (value !== null && value !== undefined) return value;
    }
  }
  return null;
}

/** One checked file's row; names as typed (the CLI's summaries carry them). */
export function tableRow(
  file: string,
  forms: readonly FormSummary[],
  counts: FlagCounts,
  note = '',
): TableRow {
  const overall = forms.find((f) => f.kind === 'overall');
  const year = first(forms, (f) => f.year);
  return {
    file,
    unit: first(forms, (f) => f.unitName) ?? CLI_TEXT.none,
    year: year === null ? CLI_TEXT.none : String(year),
    forms: formsFound([...forms]),
    total: overall?.scoreSum ?? CLI_TEXT.none,
    grade: overall?.grade ?? CLI_TEXT.none,
    errors: String(counts.error),
    warnings: String(counts.warning),
    note,
  };
}

export function unreadableRow(file: string, why: string): TableRow {
  const none = CLI_TEXT.none;
  return {
    file,
    unit: none,
    year: none,
    forms: CLI_TEXT.unreadable,
    total: none,
    grade: none,
    errors: none,
    warnings: none,
    note: why,
  };
}

/** Terminal columns a text takes: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x20000;
    width += wide ? 2 : 1;
  }
  return width;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

const NUMERIC: ReadonlySet<TableColumn> = new Set(['year', 'total', 'errors', 'warnings']);

/** Characters of a unit name at most on a terminal (the CSV keeps more); paths stay whole. */
const MAX_NAME = 60;

/** The table as aligned text; the 说明 column only when some file has a note. */
export function tableText(rawRows: TableRow[]): string {
  // Each cell made safe for a terminal: no control character from a name reaches it.
  const rows = rawRows.map(
    (r) =>
      Object.fromEntries(
        TABLE_COLUMNS.map((c) => [c, safeText(r[c], c === 'unit' ? MAX_NAME : Infinity)]),
      ) as TableRow,
  );
  const columns = TABLE_COLUMNS.filter((c) => c !== 'note' || rows.some((r) => r.note !== ''));
  const header: TableRow = { ...TABLE_HEADERS };
  const widths = columns.map((c) => Math.max(...[header, ...rows].map((r) => displayWidth(r[c]))));
  const line = (r: TableRow) =>
    columns
      .map((c, i) => pad(r[c], widths[i], NUMERIC.has(c)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}
