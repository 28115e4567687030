/**
 * Parse one cell into a decimal with its unit, or empty, or invalid. Never throws: every cell an
 * accountant can type or paste lands in one of the three kinds.
 */
import { decFromDigits, decFromExcelNumber } from '../decimal';
import type { Dec } from '../decimal';
import type { CellValue } from '../grid';
import type { ParsedUnit } from './units';
import { formatInfo } from './formats';
import { nfkc } from '../nfkc';

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
const EXCEL_ERROR =
  /^#(?:DIV\/0!|REF!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;
const DATE_TEXT =
  /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$|^\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$/;
// `¥` is the yuan sign; `$` is not this form's currency and is left to fail.
const NUMBER_TEXT =
  /^([+-]?)¥?\s*((?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*(%|‰|元|万元|万|亿元|亿)?$/i;

/**
 * NFKC folds full-width digits, punctuation and U+3000 to ASCII; invisible zero-width characters
 * vanish (they sit inside a pasted `2<U+200B>62.08`); runs of whitespace become one space.
 */
/**
 * More characters than any amount, rate or score a form holds (decimal.js keeps 24 significant
 * digits): a longer figure is flagged, not carried through divisions that cost its length.
 */
const MAX_FIGURE_LENGTH = 40;

export function normalizeCellText(text: string): string {
  return nfkc(text)
    .replace(/[\u200b-\u200d\u2060\ufeff]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Thousands separators: a comma (or a space) between groups of exactly three digits,
 * `4,889,977.00`, `12 345`. Any other digits-comma-digits (`1,23`: a decimal comma? a typo?) is
 * ambiguous and is left in place, so the text does not parse.
 */
function dropThousandsSeparators(text: string): string {
  // A run starts at the text's start or after a character other than a digit or `.`, which is
  // matched and kept (no lookbehind: a SyntaxError in IE11 and Safari < 16.4). A run ends at a
  // digit, so the character before the next run is never inside the previous match.
  return text.replace(/(^|[^\d.])(\d+(?:[, ]\d+)+)/g, (_match, before: string, run: string) =>
    /^\d{1,3}(?:,\d{3})+$/.test(run) || /^\d{1,3}(?: \d{3})+$/.test(run)
      ? before + run.replace(/[, ]/g, '')
      : before + run,
  );
}

export function parseCell(value: CellValue | undefined, numberFormat?: string | null): ParsedCell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'boolean')
    return { kind: 'invalid', reason: 'boolean', text: String(value) };
  if (typeof value === 'number') return parseExcelNumber(value, numberFormat ?? null);
  return parseText(value);
}

function parseExcelNumber(n: number, format: string | null): ParsedCell {
  if (!Number.isFinite(n)) return { kind: 'invalid', reason: 'error', text: String(n) };
  if (!format) return { kind: 'number', value: decFromExcelNumber(n), unit: null, decimals: null };
  const info = formatInfo(format);
  if (info.date) return { kind: 'invalid', reason: 'date', text: String(n) };
  const value = decFromExcelNumber(n);
  return { kind: 'number', value, unit: info.percent ? 'percent' : null, decimals: info.decimals };
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
  // Thousands separators (the Chinese 、 typed by mistake is not one: left to fail).
  const compact = dropThousandsSeparators(text);
  const m = NUMBER_TEXT.exec(compact);
  if (!m) return { kind: 'invalid', reason: 'text', text };
  // `(-5)`: a minus inside accounting brackets is ambiguous, not a double negative.
  if (m[1] === '-' && accounting) return { kind: 'invalid', reason: 'text', text: `(${text})` };
  if (m[1] === '-') negative = true;
  if (m[2].length > MAX_FIGURE_LENGTH) return { kind: 'invalid', reason: 'text', text };
  let value = decFromDigits(m[2]);
  // `1e99999999999999999` overflows to Infinity: not a number a form can hold.
  if (!value.isFinite()) return { kind: 'invalid', reason: 'text', text };
  const suffix = m[3] ?? '';
  let decimals = /\.(\d+)/.exec(m[2])?.[1].length ?? 0;
  let unit: ParsedUnit = null;
  if (suffix === '%') {
    value = value.dividedBy(100);
    unit = 'percent';
  } else if (suffix === '‰') {
    value = value.dividedBy(1000);
    unit = 'percent';
    // Decimals of the percent figure: 1.5‰ = 0.15%.
    decimals += 1;
  } else if (suffix === '元') unit = 'yuan';
  else if (suffix === '万元' || suffix === '万') unit = 'wan';
  else if (suffix === '亿元' || suffix === '亿') unit = 'yi';
  if (negative) value = value.negated();
  return { kind: 'number', value, unit, decimals: /e/i.test(m[2]) ? null : decimals };
}
