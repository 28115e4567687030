/**
 * Derived cells rewritten in a worksheet part's XML: each written cell's element is replaced,
 * a missing cell or row inserted in its place; every other character of the part is kept.
 */
import { columnLetters } from '../../core/grid';
import { PackageError } from './packageError';
import { parseCellRef } from './cellReference';
import { applyEdits } from './stylesEdit';
import { XmlScanner, attribute, attributes } from './xmlScan';

export interface CellEdit {
  row: number;
  col: number;
  value: number | string | null;
  style: number;
}

interface Span {
  start: number;
  end: number;
}

interface CellInfo {
  col: number;
  span: Span;
  attrs: string;
  hasFormula: boolean;
}

interface RowInfo {
  open: Span;
  /** Null for `<row …/>`. */
  close: Span | null;
  attrs: string;
  cells: CellInfo[];
}

interface ColumnStyle {
  min: number;
  max: number;
  style: number;
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function escapeText(text: string): string {
  return (
    text
      // A literal `_x0041_` would read back as an escape: its underscore is escaped first.
      .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Characters XML 1.0 cannot hold, as OOXML writes them.
      .replace(
        NOT_IN_XML,
        (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
      )
  );
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

const DROPPED_ATTRIBUTES = new Set(['r', 's', 't', 'cm', 'vm']);

export class SheetEditor {
  private readonly rows = new Map<number, RowInfo>();
  /** For a row the part lacks: where it goes (before the first row below it). */
  private readonly rowInsertAt = new Map<number, number>();
  private readonly columns: ColumnStyle[] = [];
  private prefix = '';
  private sheetDataOpen: Span | null = null;
  private sheetDataClose: Span | null = null;
  private sheetDataSelfClosing = false;

  constructor(
    private readonly text: string,
    targetRows: ReadonlySet<number>,
  ) {
    const pending = [...targetRows].sort((a, b) => a - b);
    let next = 0;
    let rowIndex = -1;
    let row: RowInfo | null = null;
    let cell: CellInfo | null = null;
    let col = -1;
    let inData = false;
    const scanner = new XmlScanner({
      open: (name, attrs, selfClosing) => {
        const span = { start: scanner.tagStart, end: scanner.tagEnd };
        if (name === 'sheetData') {
          this.sheetDataOpen = span;
          this.prefix =
            /^<([A-Za-z_][\w.-]*:)?/.exec(text.slice(span.start, span.start + 64))?.[1] ?? '';
          inData = !selfClosing;
          this.sheetDataSelfClosing = selfClosing;
          if (selfClosing) this.sheetDataClose = { start: span.end, end: span.end };
        } else if (name === 'col' && !inData) {
          const min = Number(attribute(attrs, 'min'));
          const max = Number(attribute(attrs, 'max'));
          const style = Number(attribute(attrs, 'style') ?? 0);
          if (min >= 1 && max >= min) this.columns.push({ min: min - 1, max: max - 1, style });
        } else if (!inData) return;
        else if (name === 'row') {
          const r = attribute(attrs, 'r');
          rowIndex = r === null ? rowIndex + 1 : Number(r) - 1;
          col = -1;
          while (next < pending.length && pending[next] < rowIndex)
            this.rowInsertAt.set(pending[next++], span.start);
          row = null;
          if (next < pending.length && pending[next] === rowIndex) {
            next++;
            row = { open: span, close: selfClosing ? null : span, attrs, cells: [] };
            this.rows.set(rowIndex, row);
          }
        } else if (name === 'c' && row) {
          const ref = attribute(attrs, 'r');
          col = ref === null ? col + 1 : (parseCellRef(ref)?.col ?? col + 1);
          cell = { col, span, attrs, hasFormula: false };
          row.cells.push(cell);
          if (selfClosing) cell = null;
        } else if (name === 'c') {
          const ref = attribute(attrs, 'r');
          col = ref === null ? col + 1 : (parseCellRef(ref)?.col ?? col + 1);
        } else if (name === 'f' && cell) cell.hasFormula = true;
      },
      close: (name) => {
        if (name === 'c' && cell) {
          cell.span = { start: cell.span.start, end: scanner.tagEnd };
          cell = null;
        } else if (name === 'row' && row) {
          row.close = { start: scanner.tagStart, end: scanner.tagEnd };
          row = null;
        } else if (name === 'sheetData' && inData) {
          inData = false;
          this.sheetDataClose = { start: scanner.tagStart, end: scanner.tagEnd };
        }
      },
      text: () => {},
    });
    scanner.feed(text);
    scanner.end();
    if (!this.sheetDataOpen || !this.sheetDataClose)
      throw new PackageError('damaged', 'worksheet without sheetData');
    while (next < pending.length) this.rowInsertAt.set(pending[next++], this.sheetDataClose.start);
  }

  private cellAt(row: number, col: number): CellInfo | null {
    return this.rows.get(row)?.cells.find((c) => c.col === col) ?? null;
  }

  /** A formula is never overwritten: the core does not ask, and the file is checked again. */
  hasFormula(row: number, col: number): boolean {
    return this.cellAt(row, col)?.hasFormula ?? false;
  }

  /** The cell's style; for a cell the part lacks, what Excel would give it (row, then column). */
  styleOf(row: number, col: number): number {
    const cell = this.cellAt(row, col);
    if (cell) return Number(attribute(cell.attrs, 's') ?? 0);
    const info = this.rows.get(row);
    if (info && attribute(info.attrs, 'customFormat') === '1')
      return Number(attribute(info.attrs, 's') ?? 0);
    return this.columns.find((c) => col >= c.min && col <= c.max)?.style ?? 0;
  }

  private cellXml(edit: CellEdit, attrs: string): string {
    const p = this.prefix;
    const kept = [...attributes(attrs)]
      .filter(([name]) => !DROPPED_ATTRIBUTES.has(name))
      .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
      .join('');
    const head = `<${p}c r="${columnLetters(edit.col)}${edit.row + 1}"${edit.style ? ` s="${edit.style}"` : ''}${kept}`;
    if (edit.value === null) return `${head}/>`;
    if (typeof edit.value === 'number')
      return `${head}><${p}v>${String(edit.value)}</${p}v></${p}c>`;
    const space = /^\s|\s$/.test(edit.value) ? ' xml:space="preserve"' : '';
    return `${head} t="inlineStr"><${p}is><${p}t${space}>${escapeText(edit.value)}</${p}t></${p}is></${p}c>`;
  }

  /** The part with the edits applied; a formula cell is left as it is. */
  apply(edits: readonly CellEdit[]): string {
    const p = this.prefix;
    const splices: { at: Span; text: string }[] = [];
    const newRows = new Map<number, CellEdit[]>();
    const appended = new Map<number, { at: number; edits: CellEdit[] }>();
    for (const edit of edits) {
      const row = this.rows.get(edit.row);
      if (!row) {
        newRows.set(edit.row, [...(newRows.get(edit.row) ?? []), edit]);
        continue;
      }
      const cell = row.cells.find((c) => c.col === edit.col);
      if (cell) {
        if (!cell.hasFormula) splices.push({ at: cell.span, text: this.cellXml(edit, cell.attrs) });
        continue;
      }
      // Before the first cell right of it, else at the row's end.
      const after = row.cells.find((c) => c.col > edit.col);
      const at = after ? after.span.start : row.close ? row.close.start : row.open.end;
      const group = appended.get(at) ?? { at, edits: [] };
      group.edits.push(edit);
      appended.set(at, group);
    }
    for (const group of appended.values()) {
      const row = [...this.rows.values()].find((r) => !r.close && r.open.end === group.at);
      const cells = group.edits
        .sort((a, b) => a.col - b.col)
        .map((e) => this.cellXml(e, ''))
        .join('');
      if (row) {
        // `<row r="5"/>` opened to hold its new cells.
        const open = this.text.slice(row.open.start, row.open.end).replace(/\s*\/>$/, '>');
        splices.push({ at: row.open, text: `${open}${cells}</${p}row>` });
      } else splices.push({ at: { start: group.at, end: group.at }, text: cells });
    }
    const byPlace = new Map<number, string[]>();
    for (const [rowIndex, rowEdits] of [...newRows].sort((a, b) => a[0] - b[0])) {
      const at = this.rowInsertAt.get(rowIndex) ?? (this.sheetDataClose as Span).start;
      const cells = rowEdits
        .sort((a, b) => a.col - b.col)
        .map((e) => this.cellXml(e, ''))
        .join('');
      byPlace.set(at, [
        ...(byPlace.get(at) ?? []),
        `<${p}row r="${rowIndex + 1}">${cells}</${p}row>`,
      ]);
    }
    const open = this.sheetDataOpen as Span;
    const close = this.sheetDataClose as Span;
    for (const [at, rows] of byPlace) {
      if (this.sheetDataSelfClosing && at === close.start) {
        // `<sheetData/>`: opened to hold the new rows.
        const tag = this.text.slice(open.start, open.end).replace(/\s*\/>$/, '>');
        splices.push({ at: open, text: `${tag}${rows.join('')}</${p}sheetData>` });
      } else splices.push({ at: { start: at, end: at }, text: rows.join('') });
    }
    return applyEdits(this.text, splices);
  }
}
