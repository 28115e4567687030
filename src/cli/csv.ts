/**
 * The check table as CSV for Excel: UTF-8 with a byte-order mark (without it Excel on Windows
 * opens the file as GBK and the Chinese turns to mojibake), CRLF line ends, RFC 4180 quoting.
 */
import { writeFileSync } from 'fs';
import { TABLE_HEADERS } from '../strings/cli';
import { safeText } from './safeText';
import { TABLE_COLUMNS } from './table';
import type { TableRow } from './table';

const BOM = '\ufeff';

/**
 * OWASP's rule against CSV injection: a field that could start a formula (= + - @, a tab or a
 * carriage return, or their full-width forms, which Excel reads the same) is prefixed with '
 * so Excel shows the text. A plain number (`-5`, `12.5`) is not a formula and stays a number.
 */
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
/** Characters of one field at most (Excel's cell holds 32,767). */
const MAX_FIELD = 1000;

export function csvField(value: string): string {
  const guarded = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  // Control characters shown escaped, as on the terminal (the guard saw the tab or CR first).
  const safe = safeText(guarded, MAX_FIELD);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function tableCsv(rows: TableRow[]): string {
  const header: TableRow = { ...TABLE_HEADERS };
  const lines = [header, ...rows].map((r) => TABLE_COLUMNS.map((c) => csvField(r[c])).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

export function writeTableCsv(path: string, rows: TableRow[]): void {
  writeFileSync(path, tableCsv(rows), 'utf8');
}
