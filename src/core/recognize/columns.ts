/** Header rows and the columns they name, read against column definitions (forms/columns.ts). */
import type { ColumnDef } from '../forms/columns';
import type { FormRegion } from './regions';
import type { SheetView } from './sheetView';

export type Columns<K extends string> = Partial<Record<K, number>>;

/** Header cells are short; a longer cell is a note or a target, never a column name. */
const MAX_HEADER = 24;

interface HeaderCell {
  col: number;
  text: string;
  taken: boolean;
}

/**
 * Assignments made, per definition list, by the header row's cells (columns and texts): a
 * workbook's forms come from one template, so the same header rows are read on every sheet.
 * Bounded per list: past MAX_REMEMBERED rows it starts afresh.
 */
const ASSIGNED = new WeakMap<readonly ColumnDef<string>[], Map<string, Columns<string>>>();
const MAX_REMEMBERED = 1024;

/**
 * The columns a header row names. Rank by rank (most specific spelling first), each key takes
 * the leftmost cell of the row its spelling matches that no key has taken yet.
 */
export function assignColumns<K extends string>(
  view: SheetView,
  row: number,
  defs: readonly ColumnDef<K>[],
  fromCol = 0,
): Columns<K> {
  const cells: HeaderCell[] = [];
  let key = '';
  for (let c = fromCol; c < view.cols; c++) {
    // Each owner once, at its merge's first column in the range; the view's text of any cell of
    // a merge is its owner's. No Cell is built: header rows are tried far more than read.
    const m = view.merge(row, c);
    if (m && m.left !== c && c !== fromCol) continue;
    const raw = view.text(row, c);
    if (raw === '' || raw.length > MAX_HEADER) continue;
    const col = m ? m.left : c;
    const text = view.header(row, c);
    cells.push({ col, text, taken: false });
    key += `${col}\t${text}\n`;
  }
  let remembered = ASSIGNED.get(defs);
  if (!remembered) ASSIGNED.set(defs, (remembered = new Map()));
  const known = remembered.get(key);
  // A copy: callers complete the columns they are given (the 一级 weight of indicatorColumns).
  if (known) return { ...known } as Columns<K>;
  const out = matchColumns(cells, defs);
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(key, { ...out });
  return out;
}

function matchColumns<K extends string>(
  cells: HeaderCell[],
  defs: readonly ColumnDef<K>[],
): Columns<K> {
  const out: Columns<K> = {};
  let ranks = 0;
  for (const def of defs) ranks = Math.max(ranks, def.names.length);
  for (let rank = 0; rank < ranks; rank++) {
    for (const def of defs) {
      if (out[def.key] !== undefined) continue;
      const pattern = def.names[rank];
      if (!pattern) continue;
      const cell = cells.find((c) => !c.taken && pattern.test(c.text));
      if (!cell) continue;
      cell.taken = true;
      out[def.key] = cell.col;
    }
  }
  return out;
}

/** A text cell of the row holds `word` (a word of a header: figures are passed over unread). */
function rowMentions(view: SheetView, row: number, word: string): boolean {
  for (let c = 0; c < view.cols; c++)
    if (typeof view.ownerValue(row, c) === 'string' && view.text(row, c).includes(word))
      return true;
  return false;
}

/**
 * The first row of the region (from `fromRow`) whose header names every `required` key, with
 * its columns; null when no row does.
 */
export function findColumnsRow<K extends string>(
  view: SheetView,
  region: FormRegion,
  defs: readonly ColumnDef<K>[],
  required: (cols: Columns<K>) => boolean,
  fromRow = region.top,
  /** A word every such header row holds in some cell: rows without it are passed over cheaply. */
  hint?: string,
): { row: number; cols: Columns<K> } | null {
  for (let r = fromRow; r <= region.bottom; r++) {
    if (hint !== undefined ? !rowMentions(view, r, hint) : view.isEmptyRow(r)) continue;
    const cols = assignColumns(view, r, defs);
    if (required(cols)) return { row: r, cols };
  }
  return null;
}
