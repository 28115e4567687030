/**
 * What a recalculation of the session may write (issue 12), and what it says it wrote:
 *
 *   - 重新计算得分 rewrites every derived cell that differs, across the workbook;
 *   - an edit rewrites only the derived cells whose computed value its own change changed (its
 *     form's, and any other's computed from it): a rate typed wrong on another form stays as
 *     typed, and flagged, until 重新计算得分;
 *   - a check writes nothing.
 *
 * The 校验 notes and the highlights follow the sheets an action answers for; they are not
 * derived values and are not in `applied`.
 */
import type { AppliedWrite, HostEvaluation } from '../../app/actions';
import { evaluateIncrementally, type Evaluation, type IncrementalEvaluation } from '../../core';
import { decFromExcelNumber } from '../../core/decimal';
import type { CellHighlight } from '../../core/formats';
import { cellFormat, cellValue, type CellValue, type SheetGrid } from '../../core/grid';
import type { Settings } from '../../core/settings';
import type { CellWrite } from '../../core/writes';
import { noteWrites, notesBySheet, sameNotes, withNotes, type CheckColumn } from './checkNotes';

/** A form sheet as the session keeps it. */
export interface SessionForm {
  readonly id: string;
  readonly grid: SheetGrid;
  readonly check: CheckColumn | null;
}

/** What the session knew before the read: the forms and their evaluation. */
export interface Baseline {
  readonly forms: readonly SessionForm[];
  readonly evaluation: IncrementalEvaluation | null;
}

export type WritePolicy = 'all' | 'caused' | 'none';

const blank = (v: CellValue): boolean => v === null || (typeof v === 'string' && v.trim() === '');

function sameCellValue(a: CellValue, b: CellValue): boolean {
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (typeof a === 'number' && typeof b === 'number')
    return a === b || (Number.isFinite(a) && Number.isFinite(b) && decFromExcelNumber(a).eq(b));
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  return a === b;
}

const cellKey = (id: string, w: Pick<CellWrite, 'row' | 'col'>) => `${id}!${w.row},${w.col}`;

/**
 * What the session's forms evaluate to under today's settings (the same object when they did not
 * change): what they should have held before the read. Null before the first read.
 */
export function baselineEvaluation(
  before: Baseline,
  settings: Partial<Settings>,
): Evaluation | null {
  if (!before.evaluation) return null;
  // A settings change is no edit: the baseline is re-evaluated under the new settings, so it
  // rewrites nothing by itself.
  return evaluateIncrementally(
    before.forms.map((f) => f.grid),
    settings,
    before.evaluation,
  ).evaluation;
}

/**
 * The writes (of an evaluation after an edit) whose value the edit changed: a derived cell is
 * rewritten when what it should hold now differs from what it should have held before the
 * edit (the value the baseline would have written, else the value it held). A sheet that was no
 * form before is the edit's own. Without a baseline nothing is the edit's.
 */
export function causedWrites(
  baseline: Evaluation | null,
  before: readonly SessionForm[],
  now: readonly SessionForm[],
  writes: readonly CellWrite[],
): CellWrite[] {
  if (!baseline || writes.length === 0) return [];
  const idBefore = new Map(before.map((f) => [f.grid.name, f.id]));
  const gridBefore = new Map(before.map((f) => [f.id, f.grid]));
  const pending = new Map<string, CellWrite>();
  for (const w of baseline.writes) {
    const id = idBefore.get(w.sheet);
    if (id !== undefined) pending.set(cellKey(id, w), w);
  }
  const idNow = new Map(now.map((f) => [f.grid.name, f.id]));
  return writes.filter((w) => {
    const id = idNow.get(w.sheet);
    const old = id === undefined ? undefined : gridBefore.get(id);
    if (id === undefined || !old) return true;
    const was = pending.get(cellKey(id, w));
    const value = was ? was.value : cellValue(old, w.row, w.col);
    if (!sameCellValue(value, w.value)) return true;
    const format = was?.numberFormat ?? cellFormat(old, w.row, w.col) ?? 'General';
    return w.numberFormat !== undefined && w.numberFormat !== format;
  });
}

function sameRows<T>(a: readonly (readonly T[] | undefined)[] = [], b: typeof a = []): boolean {
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r += 1) {
    const x = a[r] ?? [];
    const y = b[r] ?? [];
    if (x.length !== y.length) return false;
    for (let c = 0; c < x.length; c += 1) if (x[c] !== y[c]) return false;
  }
  return true;
}

/** Same name, values, formats and formulas (merges do not change a computed value). */
function sameGrid(a: SheetGrid, b: SheetGrid): boolean {
  return (
    a === b ||
    (a.name === b.name &&
      sameRows(a.values, b.values) &&
      sameRows(a.numberFormats, b.numberFormats) &&
      sameRows(a.formulas, b.formulas))
  );
}

/**
 * The sheets (names now) whose notes and highlights an action brings up to date: every form
 * sheet for 重新计算得分; for an edit the sheets that changed or were written; none for a check.
 */
export function touchedSheets(
  policy: WritePolicy,
  before: readonly SessionForm[],
  now: readonly SessionForm[],
  writes: readonly CellWrite[],
): Set<string> {
  if (policy === 'none') return new Set();
  if (policy === 'all') return new Set(now.map((f) => f.grid.name));
  const old = new Map(before.map((f) => [f.id, f.grid]));
  const touched = new Set(writes.map((w) => w.sheet));
  for (const f of now) {
    const was = old.get(f.id);
    if (!was || !sameGrid(was, f.grid)) touched.add(f.grid.name);
  }
  return touched;
}

/**
 * The sheets whose 校验 notes an action brings up to date: the touched ones, and for an edit
 * also every other sheet whose notes the edit changed (a cross-sheet finding that comes or goes).
 */
export function noteSheets(
  policy: WritePolicy,
  touched: ReadonlySet<string>,
  before: readonly SessionForm[],
  now: readonly SessionForm[],
  baseline: Evaluation | null,
  wanted: ReadonlyMap<string, ReadonlyMap<number, string>>,
  places: number,
): Set<string> {
  const sheets = new Set(touched);
  if (policy !== 'caused' || !baseline) return sheets;
  const was = notesBySheet(baseline, places);
  const nameBefore = new Map(before.map((f) => [f.id, f.grid.name]));
  for (const f of now) {
    const old = nameBefore.get(f.id);
    if (f.check && old !== undefined && !sameNotes(was.get(old), wanted.get(f.grid.name)))
      sheets.add(f.grid.name);
  }
  return sheets;
}

/** The 校验 notes to write on `sheets`, and the forms once they are written. */
export function plannedNotes(
  forms: readonly SessionForm[],
  sheets: ReadonlySet<string>,
  wanted: ReadonlyMap<string, ReadonlyMap<number, string>>,
): { forms: SessionForm[]; writes: CellWrite[] } {
  const writes: CellWrite[] = [];
  const out = forms.map((f) => {
    if (!f.check || !sheets.has(f.grid.name)) return f;
    const own = noteWrites(f.grid.name, f.check, wanted.get(f.grid.name) ?? new Map());
    writes.push(...own);
    return { ...f, check: withNotes(f.check, own) };
  });
  return { forms: out, writes };
}

const isOver = (v: CellValue): boolean =>
  typeof v === 'number' && Number.isFinite(v) && decFromExcelNumber(v).gt(1);

/** The touched sheets' highlights, each active as its cell stands once the writes are in. */
export function highlightsAsWritten(
  formats: readonly CellHighlight[],
  grids: readonly SheetGrid[],
  touched: ReadonlySet<string>,
): CellHighlight[] {
  const gridOf = new Map(grids.map((g) => [g.name, g]));
  return formats
    .filter((f) => touched.has(f.sheet))
    .map((f) => {
      const grid = gridOf.get(f.sheet);
      return { ...f, active: grid ? isOver(cellValue(grid, f.row, f.col)) : f.active };
    });
}

/**
 * What the pane gets: the evaluation after the writes, the writes and each rewritten cell
 * before → after. A check returns its evaluation as it is (its writes are those 重新计算得分
 * would make).
 */
export function hostEvaluation(
  evaluation: Evaluation,
  policy: WritePolicy,
  writes: readonly CellWrite[],
  read: readonly SessionForm[],
): HostEvaluation {
  if (policy === 'none') return evaluation;
  const gridOf = new Map(read.map((f) => [f.grid.name, f.grid]));
  const applied: AppliedWrite[] = writes.map((w) => {
    const grid = gridOf.get(w.sheet);
    return {
      sheet: w.sheet,
      address: w.address,
      before: grid ? cellValue(grid, w.row, w.col) : null,
      after: w.value,
    };
  });
  return { ...evaluation, writes: [...writes], applied };
}
