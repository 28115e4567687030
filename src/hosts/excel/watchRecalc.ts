/**
 * The two recalculations the watch runs, each in one Excel.run:
 *
 *   edit  1. the sheet list (names and ids) and the used range of each edited form sheet, in one
 *            round trip; 2. the derived cells that changed, only if any did. The other forms'
 *            grids come from the cache, so an edit costs ≤ 2 round trips whatever the sheet count.
 *   full  the actions' full read (≤ 3, usually 1 with a warm memo), then one sync carrying the
 *            writes and the change handlers of any new form sheet. Run when sheets were added,
 *            or when the edit read finds the workbook not as the cache knows it.
 */
import { evaluate, type Evaluation, type Settings } from '../../core';
import type { SheetGrid } from '../../core/grid';
import type { CellWrite } from '../../core/writes';
import type { ExcelContext, ExcelRange, ExcelRangeAreas } from './api';
import { queueWrites } from './applyWrites';
import type { Features } from './capabilities';
import { FORM_RANGE_PROPERTIES, gridFromRange } from './gridFromRange';
import type { GridCache } from './gridCache';
import type { ReadResult } from './readForms';
import { PROBE_ADDRESS, probeFindsForm, probeWindow } from './sheetProbe';

export interface RecalcDeps {
  cache: GridCache;
  features(): Features;
  settings(): Partial<Settings>;
  /** The actions' full read (it keeps their memo of the sheets). */
  readAll(ctx: ExcelContext): Promise<ReadResult>;
  /** Queue change handlers on form sheets that have none yet (synced by the caller). */
  register(ctx: ExcelContext): void;
  /** Just before the write sync: the own-write guard and the cache learn of the writes. */
  noteWrites(writes: readonly CellWrite[]): void;
  /** Anything else the actions' recalculation queues with its writes (rate highlights). */
  withWrites?(ctx: ExcelContext, evaluation: Evaluation): void;
}

interface EditedLoad {
  id: string;
  used: ExcelRange;
  areas: ExcelRangeAreas | null;
}

const SHEET_LIST = ['items/name', 'items/id'];

export function isFormGrid(grid: SheetGrid): boolean {
  return probeFindsForm(probeWindow(grid.values));
}

function isItemNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error
    ? error.code === 'ItemNotFound'
    : false;
}

/** Flags read from printed derived cells beyond the cell they sit on. */
const PRINTED_CODES = new Set(['RATE_PRECISION', 'SCORES_ARE_WEIGHTS', 'FORMULA_KEPT']);

/** Does a flag depend on what a derived cell printed before this recalculation wrote it? */
function readsWritten(evaluation: Evaluation): boolean {
  const written = new Set(evaluation.writes.map((w) => `${w.sheet}!${w.address}`));
  return evaluation.flags.some(
    (f) =>
      PRINTED_CODES.has(f.code) ||
      written.has(`${f.sheet}!${f.address}`) ||
      (f.related !== undefined && written.has(`${f.related.sheet}!${f.related.address}`)),
  );
}

/**
 * Evaluate the cached forms; queue the derived cells that changed (no sync). Where a flag rests
 * on a value about to be rewritten, the flags and summary returned are those of the workbook once
 * written (the cache has them): a rate the add-in itself wrote before the edit is not reported as
 * a typing mistake. Otherwise the first evaluation already is that state, and one is enough.
 */
function evaluateAndQueue(ctx: ExcelContext, deps: RecalcDeps): Evaluation {
  const evaluation = evaluate(deps.cache.grids(), deps.settings());
  if (evaluation.writes.length === 0) return evaluation;
  deps.withWrites?.(ctx, evaluation);
  deps.noteWrites(evaluation.writes);
  queueWrites(ctx, evaluation.writes);
  if (!readsWritten(evaluation)) return evaluation;
  return { ...evaluate(deps.cache.grids(), deps.settings()), writes: evaluation.writes };
}

/** A full read in `ctx`, then writes and new handlers in one sync. */
export async function fullRecalc(ctx: ExcelContext, deps: RecalcDeps): Promise<Evaluation> {
  const read = await deps.readAll(ctx);
  deps.cache.reset(read.grids, read.memo.names, read.ids);
  deps.register(ctx);
  const evaluation = evaluateAndQueue(ctx, deps);
  await ctx.sync();
  return evaluation;
}

/**
 * Re-read the edited form sheets (`dirty`, by id) and recalculate with the cached others. Sheets
 * in `pasted` (no form at the last read, a block pasted over their top-left) have their probe
 * window read in the same round trip; one that now holds a form makes it a full recalculation.
 */
export async function editRecalc(
  ctx: ExcelContext,
  deps: RecalcDeps,
  dirty: ReadonlySet<string>,
  pasted: ReadonlySet<string> = new Set(),
): Promise<Evaluation> {
  const { cache } = deps;
  const sheets = ctx.workbook.worksheets.load(SHEET_LIST);
  const probes = [...pasted]
    .filter((id) => !cache.isForm(id))
    .map((id) => ctx.workbook.worksheets.getItem(id).getRange(PROBE_ADDRESS).load('values'));
  const loads: EditedLoad[] = [...dirty]
    .filter((id) => cache.isForm(id))
    .map((id) => {
      const used = ctx.workbook.worksheets.getItem(id).getUsedRange().load(FORM_RANGE_PROPERTIES);
      const areas = deps.features().mergedAreas
        ? used.getMergedAreasOrNullObject().load('address')
        : null;
      return { id, used, areas };
    });
  try {
    await ctx.sync();
  } catch (error) {
    // An edited sheet deleted before its recalculation: read the workbook afresh.
    if (isItemNotFound(error)) return fullRecalc(ctx, deps);
    throw error;
  }
  const ids = sheets.items.map((s) => s.id);
  // A sheet the last full read never saw (added with no event, or before the watch started).
  if (ids.some((id) => !cache.knows(id))) return fullRecalc(ctx, deps);
  if (probes.some((probe) => probeFindsForm(probe.values))) return fullRecalc(ctx, deps);
  const present = new Set(ids);
  for (const id of cache.formIds()) if (!present.has(id)) cache.forget(id);
  // Names from this read: a rename is followed below ExcelApi 1.17 too.
  const nameOf = new Map(sheets.items.map((s) => [s.id, s.name]));
  for (const id of cache.formIds()) cache.rename(id, nameOf.get(id) ?? '');
  for (const load of loads) {
    const grid = gridFromRange(nameOf.get(load.id) ?? '', load.used, load.areas);
    if (isFormGrid(grid)) cache.replace(load.id, grid);
    else cache.drop(load.id); // cleared: no longer a form, its edits cost nothing from now on
  }
  const evaluation = evaluateAndQueue(ctx, deps);
  if (evaluation.writes.length > 0) await ctx.sync();
  return evaluation;
}
