/** Merge-aware reading of one grid: a merged range reads as its top-left cell everywhere. */
import { cellFormat, cellIsFormula, cellValue, columnCount, toAddress } from '../grid';
import type { MergeRange, SheetGrid } from '../grid';
import type { Cell } from '../model';
import { normText } from '../text';

export class SheetView {
  readonly rows: number;
  readonly cols: number;
  private readonly ownerByKey = new Map<number, MergeRange>();

  constructor(readonly grid: SheetGrid) {
    this.rows = grid.values.length;
    this.cols = columnCount(grid);
    for (const m of grid.merges) {
      // Guard against absurd merges from a damaged file: cap the cells indexed.
      if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 20000) continue;
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) this.ownerByKey.set(this.key(r, c), m);
    }
  }

  private key(row: number, col: number): number {
    return row * 16384 + col;
  }

  merge(row: number, col: number): MergeRange | null {
    return this.ownerByKey.get(this.key(row, col)) ?? null;
  }

  /** The top-left cell of the merge holding (row, col), or the cell itself. */
  owner(row: number, col: number): { row: number; col: number } {
    const m = this.merge(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  cell(row: number, col: number): Cell {
    const o = this.owner(row, col);
    return {
      row: o.row,
      col: o.col,
      address: toAddress(o.row, o.col),
      value: cellValue(this.grid, o.row, o.col),
      format: cellFormat(this.grid, o.row, o.col),
      formula: cellIsFormula(this.grid, o.row, o.col),
    };
  }

  /** Normalized text of the (merge-owner) cell; '' when empty. */
  text(row: number, col: number): string {
    const v = this.cell(row, col).value;
    if (v === null) return '';
    return normText(String(v));
  }

  /** Distinct owner cells of a row between two columns (inclusive), left to right. */
  rowCells(row: number, fromCol = 0, toCol = this.cols - 1): Cell[] {
    const out: Cell[] = [];
    const seen = new Set<string>();
    for (let c = fromCol; c <= toCol; c++) {
      const cell = this.cell(row, c);
      if (seen.has(cell.address)) continue;
      seen.add(cell.address);
      out.push(cell);
    }
    return out;
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
    for (let c = fromCol; c <= toCol; c++) if (this.text(row, c) !== '') return false;
    return true;
  }
}

export function isEmptyValue(cell: Cell | null): boolean {
  if (!cell || cell.value === null) return true;
  return typeof cell.value === 'string' && normText(cell.value) === '';
}
