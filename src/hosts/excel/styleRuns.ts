/**
 * A plan's layered styles as few Office.js operations as possible. The styles are resolved cell
 * by cell first (a later style overrides only the properties it names, as in the xlsx host),
 * then each property's cells of equal value are grouped into rectangles: a sheet of ~190 styled
 * ranges becomes a few dozen property assignments instead of over a thousand, which keeps a
 * 50-project layout batch well inside Excel on the web's request size limit.
 */
import type { MergeRange } from '../../core/grid';
import type { CellStyle, StyledRange } from '../../layout/plan';

/** The properties laid out as rectangles; number formats go in one 2-D array per sheet. */
export type RunProperty = Exclude<keyof CellStyle, 'numberFormat'>;
export type RunValue = CellStyle[RunProperty];

export interface StyleRun {
  property: RunProperty;
  value: NonNullable<RunValue>;
  range: MergeRange;
}

const PROPERTIES: RunProperty[] = [
  'fontName',
  'fontSize',
  'bold',
  'hAlign',
  'vAlign',
  'wrap',
  'indent',
  'fill',
  'border',
];

/** Row-major per-cell styles over the styles' extent. */
function resolve(styles: readonly StyledRange[]): CellStyle[][] {
  const cells: CellStyle[][] = [];
  for (const { range, style } of styles) {
    for (let r = range.top; r <= range.bottom; r += 1) {
      const row = (cells[r] ??= []);
      for (let c = range.left; c <= range.right; c += 1) row[c] = { ...row[c], ...style };
    }
  }
  return cells;
}

/** Horizontal runs of one property in one row: [left, right, value]. */
function rowRuns(
  row: CellStyle[] | undefined,
  property: RunProperty,
): [number, number, RunValue][] {
  const runs: [number, number, RunValue][] = [];
  if (!row) return runs;
  for (let c = 0; c < row.length; c += 1) {
    const value = row[c]?.[property];
    if (value === undefined || value === false) continue; // border false = no border: nothing to do
    const last = runs[runs.length - 1];
    if (last && last[1] === c - 1 && last[2] === value) last[1] = c;
    else runs.push([c, c, value]);
  }
  return runs;
}

/** Rectangles of equal value for one property: row runs stacked while they line up. */
function propertyRuns(cells: CellStyle[][], property: RunProperty): StyleRun[] {
  const done: StyleRun[] = [];
  let open = new Map<string, StyleRun>();
  for (let r = 0; r < cells.length; r += 1) {
    const next = new Map<string, StyleRun>();
    for (const [left, right, value] of rowRuns(cells[r], property)) {
      if (value === undefined) continue;
      const id = `${left}:${right}:${String(value)}`;
      const run = open.get(id);
      if (run) {
        run.range.bottom = r;
        open.delete(id);
        next.set(id, run);
      } else {
        next.set(id, { property, value, range: { top: r, left, bottom: r, right } });
      }
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done;
}

export function styleRuns(styles: readonly StyledRange[]): StyleRun[] {
  const cells = resolve(styles);
  return PROPERTIES.flatMap((property) => propertyRuns(cells, property));
}

/** Per-cell number formats over the plan's extent (null: leave the cell's format alone). */
export function numberFormatGrid(
  styles: readonly StyledRange[],
  rows: number,
  cols: number,
): (string | null)[][] {
  const grid = Array.from({ length: rows }, () => Array<string | null>(cols).fill(null));
  for (const { range, style } of styles) {
    if (style.numberFormat === undefined) continue;
    for (let r = range.top; r <= Math.min(range.bottom, rows - 1); r += 1)
      for (let c = range.left; c <= Math.min(range.right, cols - 1); c += 1)
        grid[r][c] = style.numberFormat;
  }
  return grid;
}
