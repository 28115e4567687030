/**
 * The check table as CSV for Excel: UTF-8 with a byte-order mark (without it Excel on Windows
 * opens the file as GBK and the Chinese turns to mojibake), CRLF line ends, RFC 4180 quoting.
 */
import { writeFileSync } from 'fs';
import { TABLE_HEADERS } from '../strings/cli';
import { TABLE_COLUMNS } from './table';
import type { TableRow } from './table';

const BOM = '\ufeff';

/**
 * A field quoted when it must be; a leading = + - @ is prefixed with ' so Excel shows the text
 * instead of evaluating it as a formula (a file name like `=cmd.xlsx` must stay a name).
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
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
