/**
 * The settings panel's fields <-> the stored settings. Thresholds are stored as fractions
 * ('0.9') and shown as percents ('90'); the conversion is decimal (decimal.js), so 0.9 never
 * turns into 90.00000000000001.
 */
import { Dec } from '../../core/decimal';
import { nfkc } from '../../core/nfkc';
import type { WorkbookSettings } from '../actions';
import { parseYear } from './forms';

export interface SettingsFields {
  unitName: string;
  year: string;
  ratePrecision: number;
  capExecutionScore: boolean;
  reverseFormula: 'linear' | 'ratio';
  reasonBelowPercent: string;
  reasonAbovePercent: string;
}

export type SettingsFieldErrors = Partial<Record<'year' | 'reasonBelow' | 'reasonAbove', true>>;

export const RATE_PRECISIONS = [0, 1, 2, 3, 4] as const;

const percentOf = (fraction: string): string => new Dec(fraction).times(100).toString();

export function fieldsOf(settings: WorkbookSettings): SettingsFields {
  return {
    unitName: settings.unitName ?? '',
    year: settings.year === null ? '' : String(settings.year),
    ratePrecision: settings.ratePrecision,
    capExecutionScore: settings.capExecutionScore,
    reverseFormula: settings.reverseFormula,
    reasonBelowPercent: percentOf(settings.reasonBelowRate),
    reasonAbovePercent: percentOf(settings.reasonAboveRate),
  };
}

/** A percent as typed ('90', '９０', '90%') -> the stored fraction ('0.9'); null if not one. */
export function fractionOf(percent: string): string | null {
  const text = nfkc(percent).trim().replace(/%$/, '').trim();
  if (!/^\d{1,3}(\.\d+)?$/.test(text)) return null;
  const value = new Dec(text);
  return value.gt(1000) ? null : value.div(100).toString();
}

export type SettingsParse =
  { ok: true; changes: Partial<WorkbookSettings> } | { ok: false; errors: SettingsFieldErrors };

export function changesOf(fields: SettingsFields): SettingsParse {
  const errors: SettingsFieldErrors = {};
  const yearText = fields.year.trim();
  const year = yearText === '' ? null : parseYear(yearText);
  if (yearText !== '' && year === null) errors.year = true;
  const below = fractionOf(fields.reasonBelowPercent);
  const above = fractionOf(fields.reasonAbovePercent);
  if (below === null) errors.reasonBelow = true;
  if (above === null) errors.reasonAbove = true;
  if (below === null || above === null || Object.keys(errors).length > 0)
    return { ok: false, errors };
  const unit = fields.unitName.trim();
  return {
    ok: true,
    changes: {
      unitName: unit === '' ? null : unit,
      year,
      ratePrecision: fields.ratePrecision,
      capExecutionScore: fields.capExecutionScore,
      reverseFormula: fields.reverseFormula,
      reasonBelowRate: below,
      reasonAboveRate: above,
    },
  };
}
