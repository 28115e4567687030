/**
 * An Excel 97–2003 workbook (.xls, BIFF8) into the core's SheetGrids: every worksheet's values
 * (shared strings, inline labels, numbers, RK and MULRK numbers, formulas' cached results,
 * booleans and errors), merged ranges and number formats (percent and decimals, dates). Charts,
 * macros and dialog sheets are skipped. Bounded: the stream's size, and the cells kept.
 */
import type { CellValue, MergeRange, SheetGrid } from '../../core/grid';
import { CfbError, CfbReader } from './cfb';
import { formatText } from './formats';
import { RecordReader, readRecords } from './records';
import type { BiffRecord } from './records';

export interface XlsLimits {
  maxFileBytes: number;
  maxCells: number;
  /**
   * Grid slots (cells and the empty ones before them in their row) over all sheets: a few cells
   * far to the right of many rows must not make rows of 65,536 slots each.
   */
  maxSlots: number;
}

export const DEFAULT_XLS_LIMITS: XlsLimits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxCells: 2_000_000,
  maxSlots: 20_000_000,
};

export type XlsSheetState = 'visible' | 'hidden' | 'veryHidden';

export interface XlsWorkbook {
  grids: SheetGrid[];
  /** Every worksheet with its visibility (BOUNDSHEET), in the workbook's order. */
  sheets: { name: string; state: XlsSheetState }[];
}

const SHEET_STATES: XlsSheetState[] = ['visible', 'hidden', 'veryHidden'];

export class XlsReadError extends Error {
  constructor(
    readonly reason: 'notXls' | 'damaged' | 'tooLarge' | 'unsupported' | 'encrypted',
    message: string,
  ) {
    super(message);
    this.name = 'XlsReadError';
  }
}

const R = {
  EOF: 0x000a,
  BOF: 0x0809,
  FILEPASS: 0x002f,
  BOUNDSHEET: 0x0085,
  SST: 0x00fc,
  FORMAT: 0x041e,
  XF: 0x00e0,
  LABELSST: 0x00fd,
  LABEL: 0x0204,
  RSTRING: 0x00d6,
  NUMBER: 0x0203,
  RK: 0x027e,
  MULRK: 0x00bd,
  FORMULA: 0x0006,
  STRING: 0x0207,
  BOOLERR: 0x0205,
  MERGEDCELLS: 0x00e5,
};

const ERRORS: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
};

function rkNumber(rk: number): number {
  let n: number;
  if (rk & 0x02) n = (rk | 0) >> 2;
  else {
    const view = new DataView(new ArrayBuffer(8));
    view.setUint32(4, (rk & 0xfffffffc) >>> 0, true);
    n = view.getFloat64(0, true);
  }
  return rk & 0x01 ? n / 100 : n;
}

interface Globals {
  sheets: { name: string; offset: number; kind: number; state: XlsSheetState }[];
  strings: string[];
  xfFormats: number[];
  formats: Map<number, string>;
}

function readSst(record: BiffRecord): string[] {
  const r = new RecordReader(record);
  r.u32();
  const unique = r.u32();
  const out: string[] = [];
  for (let i = 0; i < unique && !r.short && !r.done; i++) out.push(r.unicodeString());
  return out;
}

function readGlobals(stream: Uint8Array): Globals {
  const records = readRecords(stream, 0, true);
  const bof = records[0];
  if (!bof || bof.type !== R.BOF) throw new XlsReadError('notXls', 'no BOF');
  const version = bof.data[0] | (bof.data[1] << 8);
  if (version !== 0x0600)
    throw new XlsReadError('unsupported', `BIFF version ${version.toString(16)}`);
  const g: Globals = { sheets: [], strings: [], xfFormats: [], formats: new Map() };
  for (const rec of records) {
    if (rec.type === R.FILEPASS) throw new XlsReadError('encrypted', 'FILEPASS');
    const r = new RecordReader(rec);
    if (rec.type === R.BOUNDSHEET) {
      const offset = r.u32();
      const state = SHEET_STATES[r.u8() & 0x03] ?? 'hidden';
      const kind = r.u8();
      g.sheets.push({ offset, kind, state, name: r.unicodeString(true) });
    } else if (rec.type === R.SST) g.strings = readSst(rec);
    else if (rec.type === R.FORMAT) {
      const index = r.u16();
      g.formats.set(index, r.unicodeString());
    } else if (rec.type === R.XF) {
      r.u16();
      g.xfFormats.push(r.u16());
    }
  }
  return g;
}

interface Budget {
  cells: number;
  slots: number;
}

class GridBuilder {
  readonly values: CellValue[][] = [];
  readonly numberFormats: (string | null)[][] = [];
  readonly formulas: (boolean | null)[][] = [];
  readonly merges: MergeRange[] = [];

  constructor(
    private readonly g: Globals,
    private readonly budget: Budget,
  ) {}

  set(row: number, col: number, value: CellValue, xf: number, formula = false): void {
    if (--this.budget.cells < 0) throw new XlsReadError('tooLarge', 'too many cells');
    // Each grid (values, formats, formulas) grows to this cell: counted before it grows.
    const rowLength = this.values[row]?.length ?? 0;
    const grown = Math.max(0, row + 1 - this.values.length) + Math.max(0, col + 1 - rowLength);
    this.budget.slots -= 3 * grown;
    if (this.budget.slots < 0) throw new XlsReadError('tooLarge', `cells reach row ${row + 1}`);
    const put = <T>(rows: T[][], v: T, empty: T) => {
      while (rows.length <= row) rows.push([]);
      const r = rows[row];
      while (r.length < col) r.push(empty);
      r[col] = v;
    };
    put(this.values, value, null);
    put(this.numberFormats, formatText(this.g.xfFormats[xf] ?? 0, this.g.formats), null);
    put(this.formulas, formula ? true : null, null);
  }
}

function readSheet(
  stream: Uint8Array,
  name: string,
  offset: number,
  g: Globals,
  budget: Budget,
): SheetGrid {
  const b = new GridBuilder(g, budget);
  const records = readRecords(stream, offset, true);
  let pendingString: { row: number; col: number; xf: number } | null = null;
  for (const rec of records.slice(1)) {
    const r = new RecordReader(rec);
    if (rec.type === R.STRING && pendingString) {
      b.set(pendingString.row, pendingString.col, r.unicodeString(), pendingString.xf, true);
      pendingString = null;
      continue;
    }
    pendingString = null;
    if (rec.type === R.MERGEDCELLS) {
      const count = r.u16();
      for (let i = 0; i < count && !r.short; i++) {
        const top = r.u16();
        const bottom = r.u16();
        const left = r.u16();
        const right = r.u16();
        if (!r.short && bottom >= top && right >= left) b.merges.push({ top, left, bottom, right });
      }
      continue;
    }
    if (rec.type === R.MULRK) {
      const row = r.u16();
      const first = r.u16();
      const count = Math.floor((rec.data.length - 6) / 6);
      for (let i = 0; i < count; i++) {
        const xf = r.u16();
        b.set(row, first + i, rkNumber(r.u32()), xf);
      }
      continue;
    }
    const cellTypes = [R.LABELSST, R.LABEL, R.RSTRING, R.NUMBER, R.RK, R.FORMULA, R.BOOLERR];
    if (!cellTypes.includes(rec.type)) continue;
    const row = r.u16();
    const col = r.u16();
    const xf = r.u16();
    if (r.short) continue;
    if (rec.type === R.LABELSST) b.set(row, col, g.strings[r.u32()] ?? null, xf);
    else if (rec.type === R.LABEL || rec.type === R.RSTRING) b.set(row, col, r.unicodeString(), xf);
    else if (rec.type === R.NUMBER) b.set(row, col, r.f64(), xf);
    else if (rec.type === R.RK) b.set(row, col, rkNumber(r.u32()), xf);
    else if (rec.type === R.BOOLERR) {
      const v = r.u8();
      b.set(row, col, r.u8() ? (ERRORS[v] ?? '#N/A') : v === 1, xf);
    } else if (rec.type === R.FORMULA) {
      const d = rec.data;
      if (d.length < 14) continue;
      // A cached result that is not a number is marked 0xFFFF in its last two bytes.
      if (d[12] === 0xff && d[13] === 0xff) {
        const kind = d[6];
        if (kind === 0) pendingString = { row, col, xf };
        else if (kind === 1) b.set(row, col, d[8] === 1, xf, true);
        else if (kind === 2) b.set(row, col, ERRORS[d[8]] ?? '#N/A', xf, true);
        else b.set(row, col, '', xf, true);
      } else b.set(row, col, r.f64(), xf, true);
    }
  }
  return {
    name,
    values: b.values,
    merges: b.merges,
    numberFormats: b.numberFormats,
    formulas: b.formulas,
  };
}

/** Read an .xls; what is not one, is damaged, encrypted or too large throws XlsReadError. */
export function readXls(bytes: Uint8Array, limits: XlsLimits = DEFAULT_XLS_LIMITS): SheetGrid[] {
  return readXlsWorkbook(bytes, limits).grids;
}

/** An .xls's grids and its sheets' visibility. */
export function readXlsWorkbook(
  bytes: Uint8Array,
  limits: XlsLimits = DEFAULT_XLS_LIMITS,
): XlsWorkbook {
  if (bytes.length > limits.maxFileBytes)
    throw new XlsReadError('tooLarge', `${bytes.length} bytes`);
  let stream: Uint8Array | null;
  try {
    const cfb = new CfbReader(bytes, limits.maxFileBytes);
    stream = cfb.stream('Workbook');
    if (!stream && cfb.stream('Book')) throw new XlsReadError('unsupported', 'BIFF5 workbook');
  } catch (e) {
    if (e instanceof CfbError) throw new XlsReadError(e.reason, e.message);
    throw e;
  }
  if (!stream) throw new XlsReadError('notXls', 'no Workbook stream');
  const g = readGlobals(stream);
  const budget: Budget = { cells: limits.maxCells, slots: limits.maxSlots };
  // Worksheets only (kind 0): charts, macro and dialog sheets hold no form.
  const sheets = g.sheets.filter((s) => s.kind === 0 && s.offset < stream.length);
  return {
    grids: sheets.map((s) => readSheet(stream as Uint8Array, s.name, s.offset, g, budget)),
    sheets: sheets.map((s) => ({ name: s.name, state: s.state })),
  };
}
