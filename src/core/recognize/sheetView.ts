/** Merge-aware reading of one grid: a merged range reads as its top-left cell everywhere. */
import { cellFormat, cellIsFormula, cellValue, columnCount, toAddress } from '../grid';
import type { CellValue, MergeRange, SheetGrid } from '../grid';
import { MergeIndex } from '../mergeIndex';
import type { Cell } from '../model';
import { normText } from '../text';
import { normHeader } from './labelText';

export class SheetView {
  readonly rows: number;
  readonly cols: number;
  /** The merges by row, never expanded: a merge over a million rows costs one entry. */
  private readonly merges: MergeIndex;
  /** Cells already built, by row: the same cells are asked for many times. */
  private readonly cellRows: (Cell | undefined)[][] = [];
  /** Normalized text per cell, by row: recognition asks for the same cells many times. */
  private readonly textRows: (string | undefined)[][] = [];
  /** normHeader text per cell, by row: header rows are tried against several definitions. */
  private readonly headerRows: (string | undefined)[][] = [];

  constructor(readonly grid: SheetGrid) {
    this.rows = grid.values.length;
    this.cols = columnCount(grid);
    // A damaged file may claim merges beyond the data or upside down: the index keeps what is
    // inside.
    this.merges = new MergeIndex(grid.merges, this.rows);
  }

  merge(row: number, col: number): MergeRange | null {
    return this.merges.find(row, col);
  }

  /** Is (row, col) the top-left of its merge, or not merged at all? */
  isOwner(row: number, col: number): boolean {
    const m = this.merge(row, col);
    return !m || (m.top === row && m.left === col);
  }

  /** The top-left cell of the merge holding (row, col), or the cell itself. */
  owner(row: number, col: number): { row: number; col: number } {
    const m = this.merge(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  cell(row: number, col: number): Cell {
    // Owner coordinates without an intermediate object: this runs for every field of every row.
    const m = this.merge(row, col);
    const r = m ? m.top : row;
    const c = m ? m.left : col;
    const cached = this.cellRows[r]?.[c];
    if (cached) return cached;
    const cell: Cell = {
      row: r,
      col: c,
      address: toAddress(r, c),
      value: cellValue(this.grid, r, c),
      format: cellFormat(this.grid, r, c),
      formula: cellIsFormula(this.grid, r, c),
    };
    (this.cellRows[r] ??= new Array<Cell>(this.cols))[c] = cell;
    return cell;
  }

  /** Normalized text of the (merge-owner) cell; '' when empty. */
  text(row: number, col: number): string {
    const cachedRow = this.textRows[row] ?? (this.textRows[row] = new Array<string>(this.cols));
    const cached = cachedRow[col];
    if (cached !== undefined) return cached;
    const m = this.merge(row, col);
    let text: string;
    // A merge's other cells read as its owner's, normalized once (labels merged down a column
    // are read on every row); unless a damaged file's overlapping merges give the owner another.
    if (m && (m.top !== row || m.left !== col) && this.merge(m.top, m.left) === m)
      text = this.text(m.top, m.left);
    else {
      const v = m ? cellValue(this.grid, m.top, m.left) : cellValue(this.grid, row, col);
      text = v === null ? '' : typeof v === 'string' ? normText(v) : String(v);
    }
    cachedRow[col] = text;
    return text;
  }

  /** The value of the (merge-owner) cell, as the grid holds it. */
  ownerValue(row: number, col: number): CellValue {
    const m = this.merge(row, col);
    return m ? cellValue(this.grid, m.top, m.left) : cellValue(this.grid, row, col);
  }

  /**
   * Is the (merge-owner) cell's text empty? The same answer as `text(row, col) === ''`, without
   * normalizing a text that starts with a letter, a digit or an ideograph (normalizing keeps
   * those): most cells are asked only whether they hold anything.
   */
  isBlank(row: number, col: number): boolean {
    const known = this.textRows[row]?.[col];
    if (known !== undefined) return known === '';
    const v = this.ownerValue(row, col);
    if (v === null) return true;
    if (typeof v !== 'string') return false;
    return !SURELY_TEXT.test(v) && this.text(row, col) === '';
  }

  /** The cell's text as the table reader compares labels and headers (normHeader), cached. */
  header(row: number, col: number): string {
    const cachedRow = this.headerRows[row] ?? (this.headerRows[row] = new Array<string>(this.cols));
    const cached = cachedRow[col];
    if (cached !== undefined) return cached;
    const text = this.text(row, col);
    const header = text === '' ? '' : normHeader(text);
    cachedRow[col] = header;
    return header;
  }

  /** Distinct owner cells of a row between two columns (inclusive), left to right. */
  rowCells(row: number, fromCol = 0, toCol = this.cols - 1): Cell[] {
    const out: Cell[] = [];
    let last: Cell | null = null;
    for (let c = fromCol; c <= toCol; c++) {
      // One object per owner cell, so identity tells a repeat; a merge repeats its owner in
      // adjacent columns, and only overlapping merges of a damaged file elsewhere in the row.
      const cell = this.cell(row, c);
      if (cell === last || (cell.col !== c && out.includes(cell))) continue;
      last = cell;
      out.push(cell);
    }
    return out;
  }

  /**
   * Does a text cell starting on this row (a merge's top-left, or a cell not merged) pass
   * `test`? Numbers are passed over, and no Cell is built: rows are scanned for their labels far
   * more than read.
   */
  rowStartsText(row: number, test: (text: string) => boolean): boolean {
    for (let c = 0; c < this.cols; c++) {
      if (!this.isOwner(row, c)) continue;
      if (typeof cellValue(this.grid, row, c) !== 'string') continue;
      const text = this.text(row, c);
      if (text !== '' && test(text)) return true;
    }
    return false;
  }

  /** The first owner cell with text between two columns of a row (a block's own label). */
  firstTextCell(row: number, fromCol: number, toCol: number): Cell | null {
    for (const cell of this.rowCells(row, fromCol, toCol)) {
      if (this.text(cell.row, cell.col) !== '') return cell;
    }
    return null;
  }

  /** Last column the merge at (row, col) covers. */
  rightEdge(row: number, col: number): number {
    return this.merge(row, col)?.right ?? col;
  }

  /** Last row the merge at (row, col) covers. */
  bottomEdge(row: number, col: number): number {
    return this.merge(row, col)?.bottom ?? row;
  }

  isEmptyRow(row: number, fromCol = 0, toCol = this.cols - 1): boolean {
    for (let c = fromCol; c <= toCol; c++) if (!this.isBlank(row, c)) return false;
    return true;
  }
}

/** A first character that normalizing keeps: the text is not empty. */
const SURELY_TEXT = /^[0-9A-Za-z\u4e00-\u9fff]/;

export function isEmptyValue(cell: Cell | null): boolean {
  if (!cell || cell.value === null) return true;
  return typeof cell.value === 'string' && normText(cell.value) === '';
}
