/**
 * One ExcelJS cell value -> the core's CellValue. Written against `unknown` because a workbook
 * from the field can hold anything ExcelJS manages to parse; nothing here throws.
 */
import type { CellValue } from '../../core/grid';

const MS_PER_DAY = 86_400_000;
/** Days from 1899-12-30 (Excel's 1900-system epoch, leap-year bug included) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

export interface ReadCell {
  value: CellValue;
  isFormula: boolean;
}

/** ExcelJS hands dates back as UTC instants of the serial's wall-clock time. */
export function dateToSerial(date: Date): number | null {
  const ms = date.getTime();
  return Number.isFinite(ms) ? ms / MS_PER_DAY + UNIX_EPOCH_SERIAL : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function richTextToString(runs: unknown): string {
  if (!Array.isArray(runs)) return '';
  return runs
    .map((run) => (isRecord(run) && typeof run.text === 'string' ? run.text : ''))
    .join('');
}

/** A plain value, rich text, a hyperlink, an error or a date; not a formula. */
function scalar(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateToSerial(value);
  if (!isRecord(value)) return null;
  if (typeof value.error === 'string') return value.error;
  if ('richText' in value) return richTextToString(value.richText);
  if ('hyperlink' in value || 'text' in value) {
    const text = value.text;
    if (typeof text === 'string') return text;
    if (isRecord(text) && 'richText' in text) return richTextToString(text.richText);
    return typeof value.hyperlink === 'string' ? value.hyperlink : null;
  }
  return null;
}

export function readCellValue(value: unknown): ReadCell {
  if (isRecord(value) && ('formula' in value || 'sharedFormula' in value)) {
    return { value: scalar(value.result), isFormula: true };
  }
  return { value: scalar(value), isFormula: false };
}
