/**
 * The 校验（不打印） column of the sheets the add-in laid out: one note per row of the form, the
 * row's flags (`错误：…`) and, on a quantitative indicator row, its deviation (`偏差 +87.26%`).
 * The column sits right of the print area, so the notes are seen on screen and never printed.
 *
 * A sheet has the column only where its heading cell says so (the layout puts it there): a
 * hand-made sheet has none, and nothing is written into the accountant's own columns. The notes
 * are not the form: the core reads the sheet without them (a note quoting 总分 must not be taken
 * for the form's 总分 row), and they are not derived cells (AppliedWrite lists none of them).
 */
import type { Evaluation } from '../../core';
import { Dec, percentText } from '../../core/decimal';
import { columnLetters, type CellValue, type SheetGrid } from '../../core/grid';
import type { LevelSummary } from '../../core/summary';
import type { CellWrite } from '../../core/writes';
import { CHECK_HEADER_TEXT } from '../../layout/heading';
import { CHECK_NOTE_TEXT } from '../../strings/host';
import { parseRangeRef } from './addresses';

/** Rows searched for the column's heading (every layout puts it on the table's heading row). */
const HEADING_ROWS = 40;

/** Where a sheet's 校验 column is, and the notes it holds, by 0-based row. */
export interface CheckColumn {
  readonly col: number;
  readonly headingRow: number;
  readonly notes: ReadonlyMap<number, string>;
}

/** A sheet as read, split into the form (notes blanked) and its 校验 column (null: none). */
export interface SplitSheet {
  readonly grid: SheetGrid;
  readonly check: CheckColumn | null;
}

function findHeading(grid: SheetGrid): { row: number; col: number } | null {
  const rows = Math.min(grid.values.length, HEADING_ROWS);
  for (let row = 0; row < rows; row += 1) {
    const line = grid.values[row] ?? [];
    for (let col = 1; col < line.length; col += 1) {
      const value = line[col];
      if (typeof value === 'string' && value.trim() === CHECK_HEADER_TEXT) return { row, col };
    }
  }
  return null;
}

/** The sheet without its notes (same shape, the note cells empty), and the notes. */
export function splitCheckColumn(grid: SheetGrid): SplitSheet {
  const heading = findHeading(grid);
  if (!heading) return { grid, check: null };
  const notes = new Map<number, string>();
  const values = grid.values.map((line, row) => {
    const value: CellValue | undefined = line?.[heading.col];
    if (row === heading.row || value === undefined || value === null) return line;
    if (value !== '') notes.set(row, String(value));
    const blanked = [...line];
    blanked[heading.col] = null;
    return blanked;
  });
  return {
    grid: { ...grid, values },
    check: { col: heading.col, headingRow: heading.row, notes },
  };
}

/** A signed percent at the rate precision: `+87.26%`, `-12.00%`, `0.00%`. */
function signedPercent(fraction: string, places: number): string {
  const value = new Dec(fraction);
  const text = percentText(value, places);
  return value.gt(0) && text !== percentText(new Dec(0), places) ? `+${text}` : text;
}

function rowOf(address: string): number | null {
  return parseRangeRef(address)?.top ?? null;
}

function levelDeviations(
  levels: readonly LevelSummary[],
  places: number,
  into: Map<number, string[]>,
): void {
  for (const level of levels) {
    for (const indicator of level.indicators ?? []) {
      const row = rowOf(indicator.address);
      if (indicator.deviation === null || row === null) continue;
      const note = CHECK_NOTE_TEXT.deviation(signedPercent(indicator.deviation, places));
      into.set(row, [...(into.get(row) ?? []), note]);
    }
    levelDeviations(level.children ?? [], places, into);
  }
}

/** What each row of each sheet's 校验 column should say: sheet -> 0-based row -> note. */
export function notesBySheet(
  evaluation: Evaluation,
  places: number,
): Map<string, Map<number, string>> {
  // A form laid out and not filled in yet is one line in the pane (尚未填写), not a column of
  // notes: its sheet gets none until something is typed.
  const filled = new Set(evaluation.summary.forms.filter((f) => !f.blank).map((f) => f.sheet));
  const parts = new Map<string, Map<number, string[]>>();
  const add = (sheet: string, row: number | null, text: string) => {
    if (row === null || !filled.has(sheet)) return;
    let rows = parts.get(sheet);
    if (!rows) parts.set(sheet, (rows = new Map()));
    const texts = rows.get(row) ?? [];
    // A row says each thing once (one finding raised on several of its cells).
    if (!texts.includes(text)) rows.set(row, [...texts, text]);
  };
  // The flags come sorted by severity; the deviations follow them.
  for (const flag of evaluation.flags) {
    const text = CHECK_NOTE_TEXT.flag(CHECK_NOTE_TEXT.severity[flag.severity], flag.message);
    add(flag.sheet, rowOf(flag.address), text);
  }
  for (const form of evaluation.summary.forms) {
    const deviations = new Map<number, string[]>();
    levelDeviations(form.levels ?? [], places, deviations);
    for (const [row, notes] of deviations) for (const note of notes) add(form.sheet, row, note);
  }
  const out = new Map<string, Map<number, string>>();
  for (const [sheet, rows] of parts) {
    const notes = new Map<number, string>();
    for (const [row, texts] of rows) notes.set(row, texts.join(CHECK_NOTE_TEXT.separator));
    out.set(sheet, notes);
  }
  return out;
}

export function sameNotes(
  a: ReadonlyMap<number, string> | undefined,
  b: ReadonlyMap<number, string> | undefined,
): boolean {
  const x = a ?? new Map<number, string>();
  const y = b ?? new Map<number, string>();
  if (x.size !== y.size) return false;
  for (const [row, text] of x) if (y.get(row) !== text) return false;
  return true;
}

/**
 * The cells of a sheet's 校验 column to write so that it says `wanted`: a changed or new note,
 * and a note cleared where the row has none now. Never on the heading's row.
 */
export function noteWrites(
  sheet: string,
  check: CheckColumn,
  wanted: ReadonlyMap<number, string>,
): CellWrite[] {
  const rows = new Set([...check.notes.keys(), ...wanted.keys()]);
  const writes: CellWrite[] = [];
  for (const row of [...rows].sort((a, b) => a - b)) {
    if (row === check.headingRow) continue;
    const now = check.notes.get(row) ?? null;
    const next = wanted.get(row) ?? null;
    if (now === next) continue;
    writes.push({
      sheet,
      row,
      col: check.col,
      address: `${columnLetters(check.col)}${row + 1}`,
      value: next,
    });
  }
  return writes;
}

/** The 校验 column once `writes` (of noteWrites) are in. */
export function withNotes(check: CheckColumn, writes: readonly CellWrite[]): CheckColumn {
  if (writes.length === 0) return check;
  const notes = new Map(check.notes);
  for (const w of writes) {
    if (w.value === null || w.value === '') notes.delete(w.row);
    else notes.set(w.row, String(w.value));
  }
  return { ...check, notes };
}
