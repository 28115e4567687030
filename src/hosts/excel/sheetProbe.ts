/**
 * The probe: a sheet's top-left corner, enough to tell a form sheet from a ledger by the core's
 * own title and opening-label test, without loading the rest of the sheet.
 */
import type { SheetGrid } from '../../core/grid';
import { findRegions } from '../../core/recognize/regions';
import { SheetView } from '../../core/recognize/sheetView';
import { parseRangeRef } from './addresses';

/** Rows and columns probed: a title, or the label opening a form, sits in the first lines. */
export const PROBE_ROWS = 15;
export const PROBE_COLS = 26;
export const PROBE_ADDRESS = 'A1:Z15';

/**
 * True when the core would find a form starting in these cells. Merged cells other than the
 * top-left read '' through Office.js, so the probe needs no merges to see the titles.
 */
export function probeFindsForm(values: SheetGrid['values']): boolean {
  return findRegions(new SheetView({ name: '', values, merges: [] })).length > 0;
}

/** The probe window of a grid already loaded whole (a form sheet read speculatively). */
export function probeWindow(values: SheetGrid['values']): SheetGrid['values'] {
  return values.slice(0, PROBE_ROWS).map((row) => (row ?? []).slice(0, PROBE_COLS));
}

/**
 * A change event's address (`A1:H40`) that may have made a sheet a form: a block of more than one
 * cell (a paste or a fill, not typing) reaching into the probe window. Typing one cell, or
 * anything below or right of the window, cannot have.
 */
export function isPasteOverProbe(address: string): boolean {
  const box = parseRangeRef(address.slice(address.lastIndexOf('!') + 1));
  if (!box) return false;
  const block = box.bottom > box.top || box.right > box.left;
  return block && box.top < PROBE_ROWS && box.left < PROBE_COLS;
}
