/**
 * The stored settings as the actions see them: read once per pane session (the accountant
 * changes them through the pane, which saves through here), then kept, so a recalculation after
 * the first costs no extra round trip.
 */
import type { Settings } from '../../core';
import type { SheetGrid } from '../../core/grid';
import {
  resolveStoredSettings,
  settingsFromGrid,
  SETTINGS_SHEET_NAME,
  type StoredSettings,
} from '../../core/settingsSheet';
import type { ExcelContext } from './api';
import { queueStoredSettings, readStoredSettings } from './settingsIo';

export interface StoredSettingsCache {
  /** What the rules use now (defaults until the first read). */
  current(): StoredSettings;
  /** Takes the settings sheet a form read brought along (null: the workbook has none). */
  adopt(grid: SheetGrid | null): void;
  read(ctx: ExcelContext): Promise<StoredSettings>;
  /** Merges, writes the whole block (creating the hidden sheet if missing); one write sync. */
  save(ctx: ExcelContext, changes: Partial<StoredSettings>): Promise<StoredSettings>;
}

export function createStoredSettings(): StoredSettingsCache {
  let settings = resolveStoredSettings();
  /** undefined: not read yet; null: the workbook has no settings sheet. */
  let sheet: string | null | undefined;

  async function read(ctx: ExcelContext): Promise<StoredSettings> {
    const result = await readStoredSettings(ctx);
    settings = result.settings;
    sheet = result.sheet;
    return settings;
  }

  return {
    current: () => settings,
    read,
    adopt(grid) {
      if (sheet !== undefined) return;
      settings = grid ? resolveStoredSettings(settingsFromGrid(grid)) : resolveStoredSettings();
      sheet = grid ? grid.name : null;
    },
    async save(ctx, changes) {
      if (sheet === undefined) await read(ctx);
      const next = resolveStoredSettings({ ...settings, ...changes });
      queueStoredSettings(ctx, next, sheet ?? null);
      try {
        await ctx.sync();
      } catch (error) {
        // The sheet may have been deleted or renamed meanwhile: read afresh next time.
        sheet = undefined;
        throw error;
      }
      settings = next;
      sheet ??= SETTINGS_SHEET_NAME;
      return settings;
    },
  };
}

/** The rule settings in force: the stored ones, under any the caller passes explicitly. */
export function withStored(
  stored: StoredSettingsCache,
  explicit: Partial<Settings>,
): Partial<Settings> {
  return { ...stored.current(), ...explicit };
}
