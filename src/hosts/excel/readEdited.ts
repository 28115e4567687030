/**
 * The read of an edit: in one round trip, the sheet list (names and ids) and the used range of
 * each edited form sheet; the other forms' grids are the session's, so an edit costs one read
 * whatever the number of sheets. Sheets in `pasted` (no form at the last read, a block pasted
 * over their top-left corner) have their probe window read in the same round trip.
 *
 * It gives up (`null`: read the whole workbook) where the workbook is not as the session knows
 * it: a sheet the last full read never saw, a pasted block that made a sheet a form, an edited
 * sheet gone before its read (ItemNotFound).
 */
import type { SheetGrid } from '../../core/grid';
import type { ExcelContext, ExcelRange } from './api';
import type { Features } from './capabilities';
import { isItemNotFound } from './errors';
import { gridExtent } from './mergedAreas';
import { finishMerges, formGrid, queueForm, type FormLoad } from './readForms';
import { SHEET_LIST } from './sheetList';
import { PROBE_ADDRESS, probeFindsForm, probeWindow } from './sheetProbe';

/** What the session knows of a form sheet it is about to re-read. */
export interface KnownForm {
  id: string;
  grid: SheetGrid;
}

export interface EditedRead {
  /** Every sheet, in workbook order, by id, with its name now. */
  sheets: { id: string; name: string }[];
  /** The re-read form sheets by id: their grid now, or null when they hold no form any more. */
  grids: Map<string, SheetGrid | null>;
}

export function isFormGrid(grid: SheetGrid): boolean {
  return probeFindsForm(probeWindow(grid.values));
}

export async function readEdited(
  ctx: ExcelContext,
  features: Features,
  known: ReadonlySet<string>,
  forms: readonly KnownForm[],
  reread: ReadonlySet<string>,
  pasted: ReadonlySet<string>,
): Promise<EditedRead | null> {
  const formIds = new Set(forms.map((f) => f.id));
  const list = ctx.workbook.worksheets.load(SHEET_LIST);
  const probes: ExcelRange[] = [...pasted]
    .filter((id) => !formIds.has(id))
    .map((id) => ctx.workbook.worksheets.getItem(id).getRange(PROBE_ADDRESS).load('values'));
  const loads: { id: string; load: FormLoad }[] = forms
    .filter((f) => reread.has(f.id))
    .map((f) => ({
      id: f.id,
      load: queueForm(ctx.workbook.worksheets.getItem(f.id), features, gridExtent(f.grid)),
    }));
  try {
    await ctx.sync();
  } catch (error) {
    if (isItemNotFound(error)) return null;
    throw error;
  }
  const sheets = list.items.map((s) => ({ id: s.id, name: s.name }));
  if (sheets.some((s) => !known.has(s.id))) return null;
  if (probes.some((probe) => probeFindsForm(probe.values))) return null;
  await finishMerges(
    ctx,
    loads.map((l) => l.load),
  );
  const nameOf = new Map(sheets.map((s) => [s.id, s.name]));
  const grids = new Map<string, SheetGrid | null>();
  for (const { id, load } of loads) {
    const grid = formGrid(nameOf.get(id) ?? '', load);
    // Cleared: no longer a form, and its edits cost nothing from now on.
    grids.set(id, isFormGrid(grid) ? grid : null);
  }
  return { sheets, grids };
}
