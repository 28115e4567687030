/**
 * Reads the form sheets of the workbook, never a whole non-form sheet, in at most three round
 * trips whatever the number of sheets:
 *
 *   cold (first read): 1. sheet names; 2. every sheet's probe (A1:Z15 values);
 *                      3. the used ranges of the sheets the probe recognised (+ merged areas).
 *   warm (a memo of the last read): 1. names, the probes of the known non-form sheets and the
 *                      used ranges of the known form sheets, all at once; a second and third
 *                      round trip only for sheets added since, or a sheet that became a form.
 *
 * Merged areas are read in bands (mergedAreas.ts) over what each form spanned at the last read;
 * a form grown beyond that costs one more round trip for the cells it grew by.
 *
 * A memo naming a sheet that has since been renamed or deleted fails the first sync with
 * ItemNotFound; the read then starts over cold in the same context.
 */
import type { MergeRange, SheetGrid } from '../../core/grid';
import { isSettingsSheetName } from '../../core/settingsSheet';
import type { ExcelContext, ExcelRange, ExcelWorksheet } from './api';
import type { Features } from './capabilities';
import { isItemNotFound } from './errors';
import { SHEET_LIST } from './sheetList';
import { FORM_RANGE_PROPERTIES, gridFromRange, usedBox, valuesAt } from './gridFromRange';
import { bandMerges, coverFor, queueMergeBands, uncovered, type MergeBand } from './mergedAreas';
import { PROBE_ADDRESS, PROBE_COLS, PROBE_ROWS, probeFindsForm, probeWindow } from './sheetProbe';

/** What the last read (or layout) saw: every sheet name, which were forms, and their extents. */
export interface SheetMemo {
  names: string[];
  forms: string[];
  /** The cells each form sheet spanned, by lower-case name (where known). */
  extents?: Record<string, MergeRange>;
}

export interface ReadResult {
  /** The form sheets, in workbook order. */
  grids: SheetGrid[];
  memo: SheetMemo;
  /** Every sheet's id, in the order of memo.names (the watch follows sheets by id). */
  ids: string[];
  /**
   * The hidden settings sheet's cells when the workbook has one, read in the probe round trip
   * instead of a probe (it is a few rows), so stored settings cost no round trip of their own.
   */
  settings: SheetGrid | null;
}

/** A form sheet's used range, and its merged areas where the host can list them. */
export interface FormLoad {
  sheet: ExcelWorksheet;
  used: ExcelRange;
  /** What the bands cover; null below ExcelApi 1.13 (no merged areas read). */
  cover: MergeRange | null;
  bands: MergeBand[];
}

/** A sheet on its way through the read: what has been queued for it, what it turned out to be. */
interface Entry {
  sheet: ExcelWorksheet;
  name: string;
  probe?: ExcelRange;
  load?: FormLoad;
  settings?: ExcelRange;
}

const key = (name: string): string => name.toLowerCase();

function queueProbe(sheet: ExcelWorksheet): ExcelRange {
  return sheet.getRange(PROBE_ADDRESS).load('values');
}

/** Queues a form sheet's used range and the bands of merged areas over `extent` (no sync). */
export function queueForm(
  sheet: ExcelWorksheet,
  features: Features,
  extent: MergeRange | null,
): FormLoad {
  // A form sheet is never blank (its title is there), so getUsedRange (1.1) cannot fail.
  const used = sheet.getUsedRange().load(FORM_RANGE_PROPERTIES);
  if (!features.mergedAreas) return { sheet, used, cover: null, bands: [] };
  const cover = coverFor(extent);
  return { sheet, used, cover, bands: queueMergeBands(sheet, [cover]) };
}

/**
 * After the loads' sync: bands for whatever a sheet grew beyond its cover, all in one more round
 * trip (none when every sheet fits, as it does unless it grew since the last read).
 */
export async function finishMerges(ctx: ExcelContext, loads: readonly FormLoad[]): Promise<void> {
  let more = false;
  for (const load of loads) {
    if (!load.cover) continue;
    const rest = uncovered(usedBox(load.used), load.cover);
    if (rest.length === 0) continue;
    load.bands.push(...queueMergeBands(load.sheet, rest));
    more = true;
  }
  if (more) await ctx.sync();
}

/** The grid of a loaded form sheet. */
export function formGrid(name: string, load: FormLoad): SheetGrid {
  return gridFromRange(name, load.used, bandMerges(load.bands));
}

/** Is the sheet a form, from whatever was loaded for it? */
function isForm(entry: Entry): boolean {
  if (entry.load) {
    // The same window the probe would have read, cut from the used range before converting.
    const { used } = entry.load;
    const rows = used.values
      .slice(0, Math.max(0, PROBE_ROWS - used.rowIndex))
      .map((row) => row.slice(0, Math.max(0, PROBE_COLS - used.columnIndex)));
    return probeFindsForm(probeWindow(valuesAt(rows, used.rowIndex, used.columnIndex)));
  }
  return entry.probe ? probeFindsForm(valuesAt(entry.probe.values, 0, 0)) : false;
}

/** The settings sheet gets its few rows read whole; any other sheet its probe window. */
function queueLook(entry: Entry, features: Features): void {
  if (isSettingsSheetName(entry.name)) {
    // valuesOnly (ExcelApi 1.2): the text format laid on column B does not widen what is read.
    const used = features.usedValuesOnly
      ? entry.sheet.getUsedRange(true)
      : entry.sheet.getUsedRange();
    entry.settings = used.load(['values', 'rowIndex', 'columnIndex']);
  } else entry.probe = queueProbe(entry.sheet);
}

function result(entries: Entry[], names: string[], ids: string[]): ReadResult {
  const grids: SheetGrid[] = [];
  const forms: string[] = [];
  const extents: Record<string, MergeRange> = {};
  let settings: SheetGrid | null = null;
  entries.forEach((entry, i) => {
    if (entry.settings) {
      const { values, rowIndex, columnIndex } = entry.settings;
      settings = { name: names[i], values: valuesAt(values, rowIndex, columnIndex), merges: [] };
    }
    if (!entry.load || !isForm(entry)) return;
    grids.push(formGrid(names[i], entry.load));
    forms.push(names[i]);
    extents[key(names[i])] = usedBox(entry.load.used);
  });
  return { grids, memo: { names, forms, extents }, ids, settings };
}

/** Probes the sheets not yet probed or loaded, then loads the ones that are forms. */
async function finish(ctx: ExcelContext, entries: Entry[], features: Features): Promise<void> {
  const unprobed = entries.filter((e) => !e.probe && !e.load && !e.settings);
  const grownForms = entries.filter((e) => e.probe && !e.load && isForm(e));
  for (const e of unprobed) queueLook(e, features);
  for (const e of grownForms) e.load = queueForm(e.sheet, features, null);
  if (unprobed.length + grownForms.length > 0) await ctx.sync();
  const newForms = unprobed.filter(isForm);
  for (const e of newForms) e.load = queueForm(e.sheet, features, null);
  if (newForms.length > 0) await ctx.sync();
  const loads = entries.flatMap((e) => (e.load && isForm(e) ? [e.load] : []));
  await finishMerges(ctx, loads);
}

async function readCold(ctx: ExcelContext, features: Features): Promise<ReadResult> {
  const sheets = ctx.workbook.worksheets.load(SHEET_LIST);
  await ctx.sync();
  const entries: Entry[] = sheets.items.map((sheet) => ({ sheet, name: sheet.name }));
  await finish(ctx, entries, features);
  return result(
    entries,
    sheets.items.map((s) => s.name),
    sheets.items.map((s) => s.id),
  );
}

async function readWarm(
  ctx: ExcelContext,
  features: Features,
  memo: SheetMemo,
): Promise<ReadResult> {
  const collection = ctx.workbook.worksheets;
  const sheets = collection.load(SHEET_LIST);
  const formKeys = new Set(memo.forms.map(key));
  const known = new Map<string, Entry>();
  for (const name of memo.names) {
    const sheet = collection.getItem(name);
    const entry: Entry = { sheet, name };
    if (formKeys.has(key(name)))
      entry.load = queueForm(sheet, features, memo.extents?.[key(name)] ?? null);
    else queueLook(entry, features);
    known.set(key(name), entry);
  }
  try {
    await ctx.sync();
  } catch (error) {
    if (isItemNotFound(error)) return readCold(ctx, features);
    throw error;
  }
  const names = sheets.items.map((s) => s.name);
  const entries = sheets.items.map(
    (sheet, i): Entry => known.get(key(names[i])) ?? { sheet, name: names[i] },
  );
  await finish(ctx, entries, features);
  return result(
    entries,
    names,
    sheets.items.map((s) => s.id),
  );
}

export function readForms(
  ctx: ExcelContext,
  features: Features,
  memo: SheetMemo | null,
): Promise<ReadResult> {
  return memo ? readWarm(ctx, features, memo) : readCold(ctx, features);
}
