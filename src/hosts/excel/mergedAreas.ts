/**
 * A form sheet's merged areas (ExcelApi 1.13), read so that any number of them reads.
 * getMergedAreasOrNullObject fails above 512 areas and lists an area under the range holding its
 * top-left cell (OfficeDev/office-js#3611), so the sheet is read in bands of at most 512 cells:
 * no band can hold more than 512 top-left cells, and each area comes back exactly once.
 *
 * The bands must be queued with the used range, before its size is known: they cover what the
 * sheet spanned at the last read (or a form's usual size), and the few cells a sheet has grown
 * beyond that are read in one more round trip.
 */
import type { MergeRange, SheetGrid } from '../../core/grid';
import { rangeA1 } from './addresses';
import type { ExcelRangeAreas, ExcelWorksheet } from './api';
import { mergesOf } from './gridFromRange';

/** Merged areas getMergedAreasOrNullObject returns at most: so, cells per band. */
export const MERGED_AREAS_LIMIT = 512;

/** What a form not read before is assumed to span: every official attachment fits in A1:Z80. */
export const USUAL_FORM_EXTENT: MergeRange = { top: 0, left: 0, bottom: 79, right: 25 };

/** Rows added to a known extent, so that a few lines typed below it cost no round trip. */
const SLACK_ROWS = 20;

export interface MergeBand {
  box: MergeRange;
  areas: ExcelRangeAreas;
}

/** The box split into bands of whole rows (or of columns, for a row wider than a band). */
export function mergeBands(box: MergeRange): MergeRange[] {
  const width = box.right - box.left + 1;
  const bands: MergeRange[] = [];
  if (width > MERGED_AREAS_LIMIT) {
    for (let r = box.top; r <= box.bottom; r += 1)
      for (let c = box.left; c <= box.right; c += MERGED_AREAS_LIMIT)
        bands.push({
          top: r,
          bottom: r,
          left: c,
          right: Math.min(box.right, c + MERGED_AREAS_LIMIT - 1),
        });
    return bands;
  }
  const rows = Math.floor(MERGED_AREAS_LIMIT / width);
  for (let r = box.top; r <= box.bottom; r += rows)
    bands.push({ ...box, top: r, bottom: Math.min(box.bottom, r + rows - 1) });
  return bands;
}

/** The cells a grid spans from A1: what the next read's bands cover for its sheet. */
export function gridExtent(grid: SheetGrid): MergeRange {
  const cols = Math.max(1, ...grid.values.map((row) => row?.length ?? 0));
  return { top: 0, left: 0, bottom: Math.max(0, grid.values.length - 1), right: cols - 1 };
}

/** The cover to queue for a sheet last seen spanning `extent` (null: never read). */
export function coverFor(extent: MergeRange | null): MergeRange {
  if (!extent) return USUAL_FORM_EXTENT;
  return { top: 0, left: 0, bottom: extent.bottom + SLACK_ROWS, right: extent.right };
}

/** The parts of `used` outside `cover` (at most two boxes: below it, and right of it). */
export function uncovered(used: MergeRange, cover: MergeRange): MergeRange[] {
  const out: MergeRange[] = [];
  if (used.bottom > cover.bottom) out.push({ ...used, top: Math.max(used.top, cover.bottom + 1) });
  if (used.right > cover.right) {
    const bottom = Math.min(used.bottom, cover.bottom);
    if (bottom >= used.top)
      out.push({
        top: used.top,
        bottom,
        left: Math.max(used.left, cover.right + 1),
        right: used.right,
      });
  }
  return out;
}

/** Queues the merged areas of `boxes` on the sheet, band by band (no sync). */
export function queueMergeBands(sheet: ExcelWorksheet, boxes: readonly MergeRange[]): MergeBand[] {
  return boxes.flatMap(mergeBands).map((box) => ({
    box,
    areas: sheet.getRange(rangeA1(box)).getMergedAreasOrNullObject().load('address'),
  }));
}

/** The merged areas the bands found (after their sync). */
export function bandMerges(bands: readonly MergeBand[]): MergeRange[] {
  return bands.flatMap((band) => mergesOf(band.areas));
}
