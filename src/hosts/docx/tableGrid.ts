/**
 * A Word table (`w:tbl`) as a grid of texts with merged ranges: a cell spanning grid columns
 * (`gridSpan`, or the old `hMerge`) is a merge across, a cell continuing the one above
 * (`vMerge`) extends a merge down; `gridBefore` shifts a row right. A cell's paragraphs are
 * joined with a newline; a table nested in a cell is read as text (cells by tabs, rows by lines).
 */
import type { MergeRange } from '../../core/grid';
import { paragraphText } from './paragraphText';
import { childVal, firstChild, isElement } from './xml';
import type { XmlElement } from './xml';

/** Widest grid accepted: a damaged `gridSpan` must not allocate without end. */
const MAX_COLUMNS = 256;
const MAX_ROWS = 20000;

export interface CellStart {
  col: number;
  span: number;
}

export interface TableGrid {
  values: (string | null)[][];
  merges: MergeRange[];
  /** Per table row, where each of its cells (Word's cells, in order) starts. */
  cells: CellStart[][];
  columns: number;
}

function intVal(el: XmlElement | null, name: string, fallback: number): number {
  const v = childVal(el, name);
  const n = v !== null && /^\d{1,4}$/.test(v) ? Number(v) : fallback;
  return Math.min(Math.max(n, 0), MAX_COLUMNS);
}

/** Content controls and custom XML may wrap rows and cells. */
function unwrap(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.name === name) out.push(c);
    else if (c.name === 'w:sdt' || c.name === 'w:customXml' || c.name === 'w:sdtContent')
      out.push(...unwrap(c, name));
  }
  return out;
}

/** The text of a cell or any block container: paragraphs joined by newlines. */
export function blockText(el: XmlElement, depth = 0): string {
  const lines: string[] = [];
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.name === 'w:p') lines.push(paragraphText(c));
    else if (c.name === 'w:tbl' && depth < 4)
      for (const tr of unwrap(c, 'w:tr'))
        lines.push(
          unwrap(tr, 'w:tc')
            .map((tc) => blockText(tc, depth + 1).replace(/\n/g, ' '))
            .join('\t'),
        );
    else if (c.name === 'w:sdt' || c.name === 'w:sdtContent' || c.name === 'w:customXml')
      lines.push(blockText(c, depth));
  }
  return lines.join('\n');
}

type VMerge = 'restart' | 'continue' | null;

function vMergeOf(tcPr: XmlElement | null): VMerge {
  const el = firstChild(tcPr, 'w:vMerge');
  if (!el) return null;
  return el.attrs['w:val'] === 'restart' ? 'restart' : 'continue';
}

export function tableGrid(tbl: XmlElement): TableGrid {
  const values: (string | null)[][] = [];
  const cells: CellStart[][] = [];
  const merges: MergeRange[] = [];
  /** The vertical merge open at each starting column. */
  const open = new Map<number, MergeRange>();
  let columns = 0;
  for (const tr of unwrap(tbl, 'w:tr').slice(0, MAX_ROWS)) {
    const r = values.length;
    const row: (string | null)[] = [];
    const starts: CellStart[] = [];
    const trPr = firstChild(tr, 'w:trPr');
    let col = intVal(trPr, 'w:gridBefore', 0);
    const continued = new Set<number>();
    for (const tc of unwrap(tr, 'w:tc')) {
      if (col >= MAX_COLUMNS) break;
      const tcPr = firstChild(tc, 'w:tcPr');
      const span = Math.max(1, Math.min(intVal(tcPr, 'w:gridSpan', 1), MAX_COLUMNS - col));
      if (childVal(tcPr, 'w:hMerge') === 'continue' && starts.length) {
        // The old horizontal merge: this cell widens the one before it.
        starts[starts.length - 1].span += span;
        col += span;
        continue;
      }
      starts.push({ col, span });
      const vMerge = vMergeOf(tcPr);
      const above = open.get(col);
      if (
        vMerge === 'continue' &&
        above &&
        above.bottom === r - 1 &&
        above.right === col + span - 1
      ) {
        above.bottom = r;
        continued.add(col);
      } else {
        const text = blockText(tc);
        row[col] = text === '' ? null : text;
        const range = { top: r, left: col, bottom: r, right: col + span - 1 };
        if (vMerge === 'restart') open.set(col, range);
        else open.delete(col);
        if (span > 1 || vMerge === 'restart') merges.push(range);
        if (vMerge === 'restart') continued.add(col);
      }
      col += span;
    }
    // A vertical merge that this row did not continue is closed.
    for (const c of [...open.keys()]) if (!continued.has(c)) open.delete(c);
    columns = Math.max(columns, col);
    values.push(row);
    cells.push(starts);
  }
  for (const row of values)
    for (let c = 0; c < columns; c++) if (row[c] === undefined) row[c] = null;
  // Ranges that stayed one cell (a restart nothing continued) are no merge.
  const real = merges.filter((m) => m.bottom > m.top || m.right > m.left);
  return { values, merges: real, cells, columns };
}
