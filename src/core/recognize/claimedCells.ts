import type { Cell } from '../model';

/**
 * The cells a row's fields have taken so far: one instance reused row after row, its slots
 * overwritten in place (emptying an array with `length = 0` frees its storage, and every row
 * would allocate it anew).
 */
export class ClaimedCells {
  private readonly cells: (Cell | null)[] = [null, null, null, null, null, null, null, null];
  private count = 0;

  reset(first: Cell, second: Cell): void {
    this.cells[0] = first;
    this.cells[1] = second;
    this.count = 2;
  }

  /** Takes the cell unless a field has it already; false when one has. */
  take(cell: Cell): boolean {
    // The view hands out one object per cell, so identity tells a merge already taken.
    for (let i = 0; i < this.count; i++) if (this.cells[i] === cell) return false;
    if (this.count === this.cells.length) this.cells.push(cell);
    else this.cells[this.count] = cell;
    this.count++;
    return true;
  }
}
