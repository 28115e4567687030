/**
 * The settings the workbook stores in its hidden sheet (绩效自评设置), so the add-in and the CLI
 * evaluate with the same rules. Pure: the hosts only move the sheet's cells in and out.
 *
 * Layout: row 1 a note that the sheet belongs to the add-in, row 2 the header 设置项 | 值, then one
 * setting a row, label in A, value in B. Reading is by label, not by position, so rows moved or
 * deleted by hand still read; anything unknown or unreadable falls back to its default.
 */
import {
  SETTINGS_SHEET_LABELS,
  SETTINGS_SHEET_NAME,
  SETTINGS_SHEET_TEXT,
} from '../strings/settingsSheet';
import { cellValue, type CellValue, type SheetGrid } from './grid';
import { DEFAULT_SETTINGS, resolveSettings, type Settings } from './settings';
import { normText } from './text';

export { SETTINGS_SHEET_NAME };

/** Settings plus the pane's own switch (the same shape as the pane's WorkbookSettings). */
export interface StoredSettings extends Settings {
  autoRecalc: boolean;
}

export const DEFAULT_STORED_SETTINGS: Readonly<StoredSettings> = {
  ...DEFAULT_SETTINGS,
  autoRecalc: true,
};

type Key = keyof StoredSettings;
const KEYS = Object.keys(SETTINGS_SHEET_LABELS) as Key[];

const BOOLEAN_KEYS = new Set<Key>([
  'capExecutionScore',
  'costIndicatorsReverse',
  'fillSuggestedScores',
  'autoRecalc',
]);

const TRUE_WORDS = new Set(['true', '是', 'yes', '1', 'y', '开', '√']);
const FALSE_WORDS = new Set(['false', '否', 'no', '0', 'n', '关', '×']);

function readBoolean(value: CellValue): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const word = String(value ?? '')
    .trim()
    .toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

/** A decimal as text with no binary noise: 0.9 stays '0.9' whether typed as number or text. */
function readDecimalText(value: CellValue): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return /^-?\d+(\.\d+)?$/.test(text) ? text : undefined;
}

function readInteger(value: CellValue): number | undefined {
  const text = readDecimalText(value);
  if (text === undefined || !/^-?\d+$/.test(text)) return undefined;
  return Number(text);
}

function readValue(key: Key, value: CellValue): StoredSettings[Key] | undefined {
  if (BOOLEAN_KEYS.has(key)) return readBoolean(value);
  switch (key) {
    case 'unitName': {
      const text = String(value ?? '').trim();
      return text === '' ? null : text;
    }
    case 'year':
      return value === null || value === '' ? null : readInteger(value);
    case 'ratePrecision':
      return readInteger(value);
    case 'reverseFormula': {
      const text = String(value ?? '').trim();
      if (text === 'linear' || text === SETTINGS_SHEET_TEXT.linear) return 'linear';
      if (text === 'ratio' || text === SETTINGS_SHEET_TEXT.ratio) return 'ratio';
      return undefined;
    }
    case 'overallLayout': {
      const text = String(value ?? '').trim();
      if (text === 'scale' || text === SETTINGS_SHEET_TEXT.scaleLayout) return 'scale';
      if (text === 'funds' || text === SETTINGS_SHEET_TEXT.fundsLayout) return 'funds';
      return undefined;
    }
    default:
      return readDecimalText(value);
  }
}

const labelKeys = new Map<string, Key>(
  KEYS.flatMap((key): [string, Key][] => [
    [normText(SETTINGS_SHEET_LABELS[key]), key],
    // The identifier is accepted too: a sheet written by hand or by a script.
    [normText(key), key],
  ]),
);

/**
 * The settings a settings sheet holds: only the keys present and readable. Never throws; a value
 * the rules would reject (a precision of 9, a threshold of 'abc') is left out, so the default
 * applies when the caller resolves.
 */
export function settingsFromGrid(grid: SheetGrid | null | undefined): Partial<StoredSettings> {
  const out: Partial<StoredSettings> = {};
  if (!grid) return out;
  for (let row = 0; row < grid.values.length; row += 1) {
    const label = cellValue(grid, row, 0);
    if (typeof label !== 'string') continue;
    const key = labelKeys.get(normText(label));
    if (!key || key in out) continue;
    const value = readValue(key, cellValue(grid, row, 1));
    if (value !== undefined) Object.assign(out, { [key]: value });
  }
  // resolveSettings is the one judge of what a rule accepts: drop what it replaces.
  const resolved = resolveSettings(out);
  for (const key of Object.keys(out) as Key[]) {
    if (key !== 'autoRecalc' && resolved[key] !== out[key]) delete out[key];
  }
  return out;
}

/** Every stored setting, damaged or missing ones at their defaults. */
export function resolveStoredSettings(partial: Partial<StoredSettings> = {}): StoredSettings {
  const autoRecalc =
    typeof partial.autoRecalc === 'boolean'
      ? partial.autoRecalc
      : DEFAULT_STORED_SETTINGS.autoRecalc;
  return { ...resolveSettings(partial), autoRecalc };
}

function writeValue(key: Key, settings: StoredSettings): CellValue {
  const value = settings[key];
  if (typeof value === 'boolean') return value ? SETTINGS_SHEET_TEXT.yes : SETTINGS_SHEET_TEXT.no;
  if (key === 'reverseFormula') return SETTINGS_SHEET_TEXT[settings.reverseFormula];
  if (key === 'overallLayout')
    return settings.overallLayout === 'funds'
      ? SETTINGS_SHEET_TEXT.fundsLayout
      : SETTINGS_SHEET_TEXT.scaleLayout;
  return value ?? '';
}

/**
 * The sheet's rows for these settings (missing or damaged ones at their defaults). Thresholds are
 * written as their decimal text; hosts should give column B the text format (@) so Excel keeps
 * them as typed.
 */
export function settingsToRows(settings: Partial<StoredSettings>): CellValue[][] {
  const all = resolveStoredSettings(settings);
  return [
    [SETTINGS_SHEET_TEXT.note, ''],
    [SETTINGS_SHEET_TEXT.keyHeader, SETTINGS_SHEET_TEXT.valueHeader],
    ...KEYS.map((key): CellValue[] => [SETTINGS_SHEET_LABELS[key], writeValue(key, all)]),
  ];
}

/** Is this sheet name the settings sheet (Excel compares sheet names case-insensitively)? */
export function isSettingsSheetName(name: string): boolean {
  return name.trim().toLowerCase() === SETTINGS_SHEET_NAME.toLowerCase();
}
