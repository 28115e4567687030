/**
 * The stored settings as the session keeps them: read once per pane session (with the first form
 * read, or on their own), then changed only through the pane, which saves through here, so a
 * recalculation after the first costs no extra round trip. Values, never changed in place: the
 * session keeps a new one once Excel took what it read or wrote.
 */
import type { SheetGrid } from '../../core/grid';
import {
  resolveStoredSettings,
  settingsFromGrid,
  SETTINGS_SHEET_NAME,
  type StoredSettings,
} from '../../core/settingsSheet';
import type { ExcelContext } from './api';
import type { Features } from './capabilities';
import { queueStoredSettings, readStoredSettings } from './settingsIo';

export interface StoredState {
  /** What the rules use now (defaults until the first read). */
  settings: StoredSettings;
  /** The settings sheet's name; null: the workbook has none; undefined: not read yet. */
  sheet: string | null | undefined;
}

export const UNREAD_SETTINGS: StoredState = { settings: resolveStoredSettings(), sheet: undefined };

/** Takes the settings sheet a form read brought along (null: the workbook has none). */
export function adoptStored(state: StoredState, grid: SheetGrid | null): StoredState {
  if (state.sheet !== undefined) return state;
  return grid
    ? { settings: resolveStoredSettings(settingsFromGrid(grid)), sheet: grid.name }
    : { settings: resolveStoredSettings(), sheet: null };
}

/** The stored settings read on their own (1 round trip, 2 when the sheet is there). */
export async function readStored(ctx: ExcelContext, features: Features): Promise<StoredState> {
  return readStoredSettings(ctx, features.usedValuesOnly);
}

/**
 * Merges the changes and writes the whole block, creating the hidden sheet if missing: one write
 * sync (after a read when the state does not know whether the sheet exists).
 */
export async function saveStored(
  ctx: ExcelContext,
  state: StoredState,
  features: Features,
  changes: Partial<StoredSettings>,
): Promise<StoredState> {
  const known = state.sheet === undefined ? await readStored(ctx, features) : state;
  const next = resolveStoredSettings({ ...known.settings, ...changes });
  queueStoredSettings(ctx, next, known.sheet ?? null, features.cellLayout);
  await ctx.sync();
  return { settings: next, sheet: known.sheet ?? SETTINGS_SHEET_NAME };
}
