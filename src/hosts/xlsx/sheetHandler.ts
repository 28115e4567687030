/**
 * The worksheet part's scan, element by element: rows and cells in `<sheetData>` (within the
 * probe window when there is one), each cell's text collected within the cell-text limit and
 * counted against the budget, and `<mergeCell>` ranges.
 */
import { columnLetters, type CellValue, type MergeRange } from '../../core/grid';
import { MAX_COL, MAX_ROW, parseCellRef, parseRangeRef } from './cellReference';
import { GridBuilder } from './gridBuilder';
import { PackageError } from './packageError';
import type { ReadBudget } from './readLimits';
import { StopScan } from './scanPart';
import { typedCellValue, type CellType } from './typedCellValue';
import { attribute, decodeXmlText } from './xmlScan';
import type { XmlHandler } from './xmlScan';

/** Only the top-left window (the probe), or everything. */
export interface ReadWindow {
  rows: number;
  cols: number;
}

export class SheetHandler implements XmlHandler {
  readonly grid = new GridBuilder();
  readonly merges: MergeRange[] = [];
  readonly formulasWithoutValue: string[] = [];
  private inData = false;
  private row = -1;
  private col = -1;
  private inCell = false;
  private cellRow = 0;
  private cellCol = 0;
  private type: CellType = 'n';
  private style = 0;
  private hasValue = false;
  private hasFormula = false;
  private collecting = false;
  private inInline = false;
  private phonetic = 0;
  /** The cell's text: one piece mostly, more when a chunk ends inside it. */
  private first = '';
  private pieces: string[] | null = null;
  private length = 0;

  constructor(
    private readonly strings: readonly string[],
    private readonly formats: readonly (string | null)[],
    private readonly budget: ReadBudget,
    private readonly window: ReadWindow | null,
  ) {}

  open(name: string, attrs: string, selfClosing: boolean): void {
    if (name === 'sheetData') this.inData = !selfClosing;
    else if (name === 'mergeCell') {
      const range = parseRangeRef(attribute(attrs, 'ref') ?? '');
      if (range) this.merges.push(range);
    } else if (!this.inData) return;
    else if (name === 'row') this.openRow(attrs);
    else if (name === 'c') {
      this.openCell(attrs);
      if (selfClosing) this.closeCell();
    } else if (!this.inCell) return;
    else if (name === 'v') {
      this.hasValue = true;
      this.collecting = !selfClosing;
    } else if (name === 'f') this.hasFormula = true;
    else if (name === 'is') this.inInline = !selfClosing;
    else if (name === 'rPh') this.phonetic += selfClosing ? 0 : 1;
    else if (name === 't' && this.inInline && this.phonetic === 0) {
      this.hasValue = true;
      this.collecting = !selfClosing;
    }
  }

  close(name: string): void {
    if (name === 'v' || name === 't') this.collecting = false;
    else if (name === 'rPh') this.phonetic = Math.max(0, this.phonetic - 1);
    else if (name === 'is') this.inInline = false;
    else if (name === 'c') this.closeCell();
    else if (name === 'sheetData') {
      this.inData = false;
      // The probe needs no merges (a merged area's other cells read empty anyway).
      if (this.window) throw new StopScan();
    }
  }

  text(raw: string): void {
    if (!this.collecting) return;
    this.length += raw.length;
    if (this.length > this.budget.limits.cellText) throw new PackageError('too-large', 'cell text');
    if (this.pieces) this.pieces.push(raw);
    else if (this.first === '') this.first = raw;
    else this.pieces = [this.first, raw];
  }

  private openRow(attrs: string): void {
    const r = attribute(attrs, 'r');
    const row = r === null ? this.row + 1 : Number(r) - 1;
    if (!Number.isInteger(row) || row < 0 || row > MAX_ROW)
      throw new PackageError('damaged', `row ${r}`);
    this.row = row;
    this.col = -1;
    // Rows come in order: past the probe window there is nothing more to read.
    if (this.window && row >= this.window.rows) throw new StopScan();
  }

  private openCell(attrs: string): void {
    const ref = attribute(attrs, 'r');
    if (ref !== null) {
      const at = parseCellRef(ref);
      if (!at) throw new PackageError('damaged', `cell ${ref}`);
      this.cellRow = at.row;
      this.cellCol = at.col;
    } else {
      this.cellRow = Math.max(this.row, 0);
      this.cellCol = this.col + 1;
      if (this.cellCol > MAX_COL) throw new PackageError('damaged', 'too many cells in a row');
    }
    this.col = this.cellCol;
    const t = attribute(attrs, 't');
    this.type = (t ?? 'n') as CellType;
    const s = attribute(attrs, 's');
    this.style = s === null ? 0 : Number(s);
    this.inCell = true;
    this.hasValue = false;
    this.hasFormula = false;
    this.collecting = false;
    this.inInline = false;
    this.phonetic = 0;
    this.first = '';
    this.pieces = null;
    this.length = 0;
  }

  private value(): CellValue {
    const raw = decodeXmlText(this.pieces ? this.pieces.join('') : this.first);
    return typedCellValue(this.type, raw, this.strings);
  }

  private closeCell(): void {
    if (!this.inCell) return;
    this.inCell = false;
    this.collecting = false;
    if (!this.hasValue && !this.hasFormula) return;
    const { cellRow: row, cellCol: col } = this;
    if (this.window && (row >= this.window.rows || col >= this.window.cols)) return;
    if (this.hasFormula && !this.hasValue)
      this.formulasWithoutValue.push(`${columnLetters(col)}${row + 1}`);
    this.budget.addCell();
    const value = this.hasValue ? this.value() : null;
    this.grid.set(row, col, value, this.formats[this.style] ?? null, this.hasFormula);
  }
}
