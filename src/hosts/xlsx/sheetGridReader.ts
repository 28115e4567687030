/**
 * One worksheet part -> the core's SheetGrid, scanned as it is inflated. Only the cells present
 * are kept (never the `<dimension>` a file claims), a row's cells up to its last value, missing
 * rows as one shared empty row; merges are kept as ranges, never expanded.
 */
import type { SheetGrid } from '../../core/grid';
import type { ReadBudget } from './readLimits';
import { scanPart } from './scanPart';
import { SheetHandler, type ReadWindow } from './sheetHandler';
import type { ZipArchive, ZipEntry } from './zipRead';

export interface SheetRead {
  grid: SheetGrid;
  /** Formula cells saved without a result (read as empty). */
  formulasWithoutValue: string[];
}

export async function readSheetGrid(
  zip: ZipArchive,
  entry: ZipEntry,
  name: string,
  strings: readonly string[],
  formats: readonly (string | null)[],
  budget: ReadBudget,
  window: ReadWindow | null = null,
): Promise<SheetRead> {
  const handler = new SheetHandler(strings, formats, budget, window);
  // The probe stops at its window's last row, whatever the part's size.
  const limit = window ? Number.MAX_SAFE_INTEGER : budget.limits.sheetBytes;
  await scanPart(zip, entry, limit, handler, budget);
  handler.grid.clearMergedCells(handler.merges);
  return {
    grid: handler.grid.finish(name, handler.merges),
    formulasWithoutValue: handler.formulasWithoutValue,
  };
}
