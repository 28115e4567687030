/** Finding labels and the cells beside them inside one form's rows. */
import type { Cell } from '../model';
import type { FormRegion } from './regions';
import type { SheetView } from './sheetView';

export interface Pos {
  row: number;
  col: number;
}

/** First owner cell (row by row, left to right) in the region whose text passes `test`. */
export function findLabel(
  view: SheetView,
  region: FormRegion,
  test: (text: string) => boolean,
  fromRow = region.top,
): Pos | null {
  for (let r = fromRow; r <= region.bottom; r++) {
    for (let c = 0; c < view.cols; c++) {
      const t = view.text(r, c);
      if (t !== '' && view.isOwner(r, c) && test(t)) return { row: r, col: c };
    }
  }
  return null;
}

/** findLabel on the cells' normHeader text (cached by the view: no bracketed units, no colon). */
export function findHeader(
  view: SheetView,
  region: FormRegion,
  test: (header: string) => boolean,
  fromRow = region.top,
): Pos | null {
  for (let r = fromRow; r <= region.bottom; r++) {
    for (let c = 0; c < view.cols; c++) {
      if (view.text(r, c) === '' || !view.isOwner(r, c)) continue;
      if (test(view.header(r, c))) return { row: r, col: c };
    }
  }
  return null;
}

/** The owner cell just right of the label's merge, empty or not (where its value goes). */
export function cellRightOf(view: SheetView, at: Pos): Cell | null {
  const c = view.rightEdge(at.row, at.col) + 1;
  return c < view.cols ? view.cell(at.row, c) : null;
}

/** The first non-empty owner cell right of the label on its row. */
export function valueRightOf(view: SheetView, at: Pos): Cell | null {
  for (let c = view.rightEdge(at.row, at.col) + 1; c < view.cols; c++) {
    if (!view.isBlank(at.row, c)) return view.cell(at.row, c);
  }
  return null;
}

/** The text of a label's value: `填报单位：XX` in one cell, or `XX` in the cell to its right. */
export function labelledText(view: SheetView, at: Pos, labelPattern: RegExp): string | null {
  const own = view
    .text(at.row, at.col)
    .replace(labelPattern, '')
    .replace(/^[:：]/, '');
  if (own !== '') return own;
  const right = valueRightOf(view, at);
  return right ? view.text(right.row, right.col) : null;
}

/** Columns of a header row, by the first owner cell whose text matches each pattern. */
export function headerColumns<K extends string>(
  view: SheetView,
  row: number,
  patterns: Record<K, RegExp>,
  fromCol = 0,
): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const cell of view.rowCells(row, fromCol)) {
    const t = view.text(cell.row, cell.col);
    if (t === '') continue;
    for (const key of Object.keys(patterns) as K[]) {
      if (out[key] === undefined && patterns[key].test(t)) {
        out[key] = cell.col;
        break;
      }
    }
  }
  return out;
}

/** The row holding every one of the header patterns, or null. */
export function findHeaderRow(
  view: SheetView,
  region: FormRegion,
  required: RegExp[],
  fromRow = region.top,
): number | null {
  for (let r = fromRow; r <= region.bottom; r++) {
    if (required.every((p) => rowHas(view, r, p))) return r;
  }
  return null;
}

/**
 * Does any owner cell of the row have text matching `pattern`? Column by column through the
 * owners' texts, without building the row's cells.
 */
function rowHas(view: SheetView, row: number, pattern: RegExp): boolean {
  for (let c = 0; c < view.cols; c++) {
    const m = view.merge(row, c);
    if (pattern.test(m ? view.text(m.top, m.left) : view.text(row, c))) return true;
  }
  return false;
}

/** The value cell of a row in a column, or null when the row lacks that column. */
export function cellAt(view: SheetView, row: number, col: number | undefined): Cell | null {
  return col === undefined ? null : view.cell(row, col);
}

export function yearIn(text: string): number | null {
  const m = /(19|20)(\d{2})年/.exec(text);
  return m ? Number(m[1] + m[2]) : null;
}
