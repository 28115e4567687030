/**
 * How the preview grid shows a cell: the number formats the layout uses (#,##0.00, 0.00%, 0%,
 * 0.0%, General), the way Excel would display them. Not a general Excel formatter: a format it
 * does not know shows the raw value, which is still readable.
 */
import type { OfficeCellValue } from '../hosts/excel';

const PERCENT = /^0(?:\.(0+))?%$/;
const FIXED = /^(#,##)?0(?:\.(0+))?$/;

function fixed(n: number, decimals: number, grouped: boolean): string {
  return n.toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouped,
  });
}

export function cellText(value: OfficeCellValue, numberFormat: string): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value !== 'number') return String(value);
  const percent = PERCENT.exec(numberFormat);
  if (percent) return `${fixed(value * 100, percent[1]?.length ?? 0, false)}%`;
  const number = FIXED.exec(numberFormat);
  if (number) return fixed(value, number[2]?.length ?? 0, number[1] !== undefined);
  // General: up to 10 significant digits, as Excel shows in a normal-width column.
  return String(Number(value.toPrecision(10)));
}

/**
 * What a typed entry becomes, as Excel reads it: a plain number (with thousands separators or
 * a percent sign) is a number; anything else stays text.
 */
export function parseEntry(text: string): OfficeCellValue {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const m = /^(-?[\d,]*\.?\d+)(%?)$/.exec(trimmed);
  if (!m || (m[1].includes(',') && !/^-?\d{1,3}(,\d{3})*(\.\d+)?$/.test(m[1]))) return text;
  const n = Number(m[1].replace(/,/g, ''));
  if (!Number.isFinite(n)) return text;
  return m[2] ? n / 100 : n;
}
