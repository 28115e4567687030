/**
 * One worksheet part -> the core's SheetGrid, scanned as it is inflated. Only the cells present
 * are kept (never the `<dimension>` a file claims), a row's cells up to its last value, missing
 * rows as one shared empty row; merges are kept as ranges, never expanded.
 */
import type { CellValue, MergeRange, SheetGrid } from '../../core/grid';
import { MergeIndex } from '../../core/mergeIndex';
import { PackageError } from './packageError';
import type { ReadBudget } from './readLimits';
import { StopScan, scanPart } from './scanPart';
import { attribute, decodeOoxmlEscapes, decodeXmlText } from './xmlScan';
import type { XmlHandler } from './xmlScan';
import type { ZipArchive, ZipEntry } from './zipRead';

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;
const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;
/** Frozen: no reader of a grid writes to it, and a row shared this way must never be. */
const EMPTY_ROW = Object.freeze([]) as unknown as never[];

export interface SheetRead {
  grid: SheetGrid;
  /** Formula cells saved without a result (read as empty). */
  formulasWithoutValue: string[];
}

/** Only the top-left window (the probe), or everything. */
export interface ReadWindow {
  rows: number;
  cols: number;
}

/** `B12` -> { row: 11, col: 1 } without a regex (this runs once per cell). */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
  }
  if (i === 0 || i > 3 || i === ref.length) return null;
  let row = 0;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  if (row < 1 || row > MAX_ROW + 1 || col > MAX_COL + 1) return null;
  return { row: row - 1, col: col - 1 };
}

export function parseRangeRef(ref: string): MergeRange | null {
  const [from, to = from] = ref.split(':');
  const a = parseCellRef(from);
  const b = parseCellRef(to);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** `t="d"` cells hold ISO 8601 dates: the serial Excel shows for them. */
function isoDateSerial(text: string): number | null {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);
  return Number.isFinite(ms) ? ms / MS_PER_DAY + UNIX_EPOCH_SERIAL : null;
}

function columnName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

class GridBuilder {
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

type CellType = 's' | 'str' | 'inlineStr' | 'b' | 'e' | 'd' | 'n';

class SheetHandler implements XmlHandler {
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
    switch (this.type) {
      case 's': {
        const text = this.strings[Number(raw)];
        return text === undefined ? null : text;
      }
      case 'str':
      case 'inlineStr':
        return decodeOoxmlEscapes(raw);
      case 'b':
        return raw.trim() === '1' || raw.trim() === 'true';
      case 'e':
        return raw.trim();
      case 'd':
        return isoDateSerial(raw.trim()) ?? raw;
      default: {
        if (raw.trim() === '') return null;
        const n = Number(raw);
        // A number cell holding something else: kept as text, for the core to flag.
        return Number.isFinite(n) ? n : raw;
      }
    }
  }

  private closeCell(): void {
    if (!this.inCell) return;
    this.inCell = false;
    this.collecting = false;
    if (!this.hasValue && !this.hasFormula) return;
    const { cellRow: row, cellCol: col } = this;
    if (this.window && (row >= this.window.rows || col >= this.window.cols)) return;
    if (this.hasFormula && !this.hasValue)
      this.formulasWithoutValue.push(`${columnName(col)}${row + 1}`);
    this.budget.addCell();
    const value = this.hasValue ? this.value() : null;
    this.grid.set(row, col, value, this.formats[this.style] ?? null, this.hasFormula);
  }
}

export async function readSheetGrid(
  zip: ZipArchive,
  entry: ZipEntry,
  name: string,
  strings: readonly string[],
  formats: readonly (string | null)[],
  budget: ReadBudget,
  window: ReadWindow | null = null,
): Promise<SheetRead> {
  const handler = new SheetHandler(strings, formats, budget, window);
  // The probe stops at its window's last row, whatever the part's size.
  const limit = window ? Number.MAX_SAFE_INTEGER : budget.limits.sheetBytes;
  await scanPart(zip, entry, limit, handler, budget);
  handler.grid.clearMergedCells(handler.merges);
  return {
    grid: handler.grid.finish(name, handler.merges),
    formulasWithoutValue: handler.formulasWithoutValue,
  };
}
