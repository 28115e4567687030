/**
 * A sheet's cells, as they are read, -> the core's SheetGrid: values, number formats and formula
 * flags in rows that end at their last cell; a merged area's other cells cleared at the end.
 */
import type { CellValue, MergeRange, SheetGrid } from '../../core/grid';
import { MergeIndex } from '../../core/mergeIndex';

/** Frozen: no reader of a grid writes to it, and a row shared this way must never be. */
const EMPTY_ROW = Object.freeze([]) as unknown as never[];

export class GridBuilder {
  readonly values: CellValue[][] = [];
  readonly formats: (string | null)[][] = [];
  readonly formulas: (boolean | null)[][] = [];

  set(row: number, col: number, value: CellValue, format: string | null, formula: boolean): void {
    const values = (this.values[row] ??= []);
    const formats = (this.formats[row] ??= []);
    const formulas = (this.formulas[row] ??= []);
    while (values.length < col) {
      values.push(null);
      formats.push(null);
      formulas.push(null);
    }
    values[col] = value;
    formats[col] = format;
    formulas[col] = formula ? true : null;
  }

  /**
   * A merged area's other cells read empty, as Excel shows them; a row then ends at its last
   * value. Each present cell is looked up in the index: merges are never walked cell by cell.
   */
  clearMergedCells(merges: readonly MergeRange[]): void {
    if (merges.length === 0) return;
    const index = new MergeIndex(merges);
    this.values.forEach((row, r) => {
      let cleared = false;
      for (let c = 0; c < row.length; c++) {
        if (row[c] === null) continue;
        const m = index.find(r, c);
        if (m && (m.top !== r || m.left !== c)) {
          row[c] = null;
          this.formats[r][c] = null;
          this.formulas[r][c] = null;
          cleared = true;
        }
      }
      if (!cleared) return;
      let end = row.length;
      while (end > 0 && row[end - 1] === null) end--;
      row.length = end;
      this.formats[r].length = end;
      this.formulas[r].length = end;
    });
  }

  /** Rows with no cell share one frozen empty row: a far cell costs a pointer per row. */
  finish(name: string, merges: MergeRange[]): SheetGrid {
    for (const rows of [this.values, this.formats, this.formulas] as unknown[][][]) {
      for (let r = 0; r < rows.length; r++) if (rows[r] === undefined) rows[r] = EMPTY_ROW;
    }
    return {
      name,
      values: this.values,
      merges,
      numberFormats: this.formats,
      formulas: this.formulas,
    };
  }
}
