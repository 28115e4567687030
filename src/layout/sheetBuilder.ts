/**
 * Accumulates the cells, merges, styles and fields of one SheetPlan, so the per-form layouts read
 * as a list of rows rather than bookkeeping.
 */
import type { CellValue, MergeRange } from '../core/grid';
import type { AttachmentKind } from '../core/forms/kinds';
import type {
  CellStyle,
  PageSetup,
  PlanCell,
  PlanValidation,
  SheetPlan,
  StyledRange,
} from './plan';

export class SheetBuilder {
  private readonly cells = new Map<string, PlanCell>();
  private readonly merges: MergeRange[] = [];
  private readonly styles: StyledRange[] = [];
  private readonly rowHeights: Record<number, number> = {};
  private readonly validations: PlanValidation[] = [];
  private readonly fields: Record<string, { row: number; col: number }> = {};
  private readonly groups: { first: number; last: number }[] = [];

  /** Sets one cell, styled on its own; null leaves it empty (styled input cells). */
  put(row: number, col: number, value: CellValue, style?: CellStyle): void {
    this.setValue(row, col, value);
    if (style) this.style({ top: row, left: col, bottom: row, right: col }, style);
  }

  /**
   * A (possibly merged) block: the value goes to its top-left cell, the style to every cell so
   * the borders of a merged area print whole. A single-cell block is not merged.
   */
  block(
    top: number,
    left: number,
    bottom: number,
    right: number,
    value: CellValue,
    style: CellStyle,
  ): void {
    const range = { top, left, bottom, right };
    if (bottom > top || right > left) this.merges.push(range);
    this.setValue(top, left, value);
    this.style(range, style);
  }

  private setValue(row: number, col: number, value: CellValue): void {
    const key = `${row}:${col}`;
    if (value === null) this.cells.delete(key);
    else this.cells.set(key, { row, col, value });
  }

  style(range: MergeRange, style: CellStyle): void {
    this.styles.push({ range, style });
  }

  /** Records where a field is; a key used twice is a layout bug. */
  field(key: string, row: number, col: number): void {
    if (key in this.fields) throw new Error(`layout: field ${key} placed twice`);
    this.fields[key] = { row, col };
  }

  height(row: number, points: number): void {
    this.rowHeights[row] = points;
  }

  /** Rows first..last should print on one page. */
  keepTogether(first: number, last: number): void {
    this.groups.push({ first, last });
  }

  validateScore(row: number, col: number, max: number, prompt: string): void {
    this.validations.push({
      range: { top: row, left: col, bottom: row, right: col },
      min: 0,
      max,
      prompt,
    });
  }

  build(parts: {
    kind: AttachmentKind;
    sheetName: string;
    columnWidths: number[];
    pageSetup: PageSetup;
    checkColumn?: number;
  }): SheetPlan {
    const cells = [...this.cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    const plan: SheetPlan = {
      kind: parts.kind,
      sheetName: parts.sheetName,
      cells,
      merges: this.merges,
      styles: this.styles,
      columnWidths: parts.columnWidths,
      rowHeights: this.rowHeights,
      validations: this.validations,
      pageSetup: parts.pageSetup,
      fields: this.fields,
    };
    if (parts.checkColumn !== undefined) plan.checkColumn = parts.checkColumn;
    if (this.groups.length > 0) plan.keepTogether = this.groups;
    return plan;
  }
}
