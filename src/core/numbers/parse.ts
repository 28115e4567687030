/**
 * Parse one cell into a decimal with its unit, or empty, or invalid. Never throws: every cell an
 * accountant can type or paste lands in one of the three kinds.
 */
import { Dec, decFromExcelNumber } from '../decimal';
import type { CellValue } from '../grid';
import type { ParsedUnit } from './units';
import { formatDecimals, isDateFormat, isPercentFormat } from './formats';

export type InvalidReason = 'error' | 'date' | 'boolean' | 'text';

export type ParsedCell =
  | { kind: 'empty' }
  | {
      kind: 'number';
      /** Percent values are fractions: `155%` -> 1.55. */
      value: Dec;
      unit: ParsedUnit;
      /** Decimals as printed (of the percent figure for percents), when known. */
      decimals: number | null;
    }
  | { kind: 'invalid'; reason: InvalidReason; text: string };

export const EMPTY: ParsedCell = { kind: 'empty' };

const PLACEHOLDER = /^(?:[—–－-]+|…+|\.{2,}|[/／\\]|无|空|不适用)$/;
const EXCEL_ERROR = /^#(?:DIV\/0!|REF!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;
const DATE_TEXT = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$|^\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$/;
const NUMBER_TEXT =
  /^([+-]?)[¥$]?\s*((?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*(%|‰|元|万元|万|亿元|亿)?$/i;

/** NFKC folds full-width digits, punctuation and U+3000 to ASCII; then whitespace goes. */
export function normalizeCellText(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u200b\ufeff]+/g, ' ').trim();
}

export function parseCell(value: CellValue | undefined, numberFormat?: string | null): ParsedCell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'boolean') return { kind: 'invalid', reason: 'boolean', text: String(value) };
  if (typeof value === 'number') return parseExcelNumber(value, numberFormat ?? null);
  return parseText(value);
}

function parseExcelNumber(n: number, format: string | null): ParsedCell {
  if (!Number.isFinite(n)) return { kind: 'invalid', reason: 'error', text: String(n) };
  if (format && isDateFormat(format)) return { kind: 'invalid', reason: 'date', text: String(n) };
  const value = decFromExcelNumber(n);
  if (format && isPercentFormat(format)) {
    return { kind: 'number', value, unit: 'percent', decimals: formatDecimals(format) };
  }
  return { kind: 'number', value, unit: null, decimals: format ? formatDecimals(format) : null };
}

function parseText(raw: string): ParsedCell {
  let text = normalizeCellText(raw);
  if (text === '' || PLACEHOLDER.test(text)) return EMPTY;
  if (EXCEL_ERROR.test(text)) return { kind: 'invalid', reason: 'error', text };
  if (DATE_TEXT.test(text)) return { kind: 'invalid', reason: 'date', text };
  let negative = false;
  const accounting = /^\((.*)\)$/.exec(text);
  if (accounting) {
    negative = true;
    text = accounting[1].trim();
  }
  // Thousands separators (also the Chinese 、 typed by mistake is not one: left to fail).
  const compact = text.replace(/(\d)[,\s](?=\d)/g, '$1').replace(/(\d),(?=\d)/g, '$1');
  const m = NUMBER_TEXT.exec(compact);
  if (!m) return { kind: 'invalid', reason: 'text', text };
  if (m[1] === '-') negative = !negative;
  let value = new Dec(m[2]);
  const suffix = m[3] ?? '';
  const decimals = /\.(\d+)/.exec(m[2])?.[1].length ?? 0;
  let unit: ParsedUnit = null;
  if (suffix === '%') {
    value = value.dividedBy(100);
    unit = 'percent';
  } else if (suffix === '‰') {
    value = value.dividedBy(1000);
    unit = 'percent';
  } else if (suffix === '元') unit = 'yuan';
  else if (suffix === '万元' || suffix === '万') unit = 'wan';
  else if (suffix === '亿元' || suffix === '亿') unit = 'yi';
  if (negative) value = value.negated();
  return { kind: 'number', value, unit, decimals: /e/i.test(m[2]) ? null : decimals };
}
