/**
 * Step 2 of a recalculation (session.ts), the evaluation: evaluateIncrementally checks only the
 * sheets whose grid is new; the write policy (writePolicy.ts) picks the derived cells to rewrite
 * and the 校验 notes to bring up to date. No call to Excel: what it plans, sessionCommit.ts
 * writes.
 */
import { evaluateIncrementally, type IncrementalEvaluation } from '../../core';
import type { SheetGrid } from '../../core/grid';
import type { Settings } from '../../core/settings';
import type { CellWrite } from '../../core/writes';
import { notesBySheet } from './checkNotes';
import { gridsWithWrites } from './gridWrites';
import type { ReadState, SessionState } from './sessionState';
import {
  baselineEvaluation,
  causedWrites,
  noteSheets,
  plannedNotes,
  touchedSheets,
  type SessionForm,
  type WritePolicy,
} from './writePolicy';

/** What a recalculation writes, and the workbook once it is written. */
export interface RecalculationPlan {
  /** The derived cells to rewrite (none for a check). */
  readonly writes: readonly CellWrite[];
  /** The sheets this action answers for (names now). */
  readonly touched: ReadonlySet<string>;
  /** The grids read, with the writes in. */
  readonly writtenGrids: readonly SheetGrid[];
  /** The evaluation of the workbook as written. */
  readonly shown: IncrementalEvaluation;
  /** The 校验 notes to write, and the forms once they are written. */
  readonly notes: { readonly forms: SessionForm[]; readonly writes: CellWrite[] };
}

export function planRecalculation(
  before: SessionState,
  read: ReadState,
  settings: Partial<Settings>,
  policy: WritePolicy,
): RecalculationPlan {
  const grids = read.forms.map((f) => f.grid);
  const first = evaluateIncrementally(grids, settings, before.evaluation);
  const baseline = policy === 'caused' ? baselineEvaluation(before, settings) : null;
  const writes =
    policy === 'all'
      ? first.evaluation.writes
      : policy === 'caused'
        ? causedWrites(baseline, before.forms, read.forms, first.evaluation.writes)
        : [];
  // The sheets this action answers for: their notes and highlights are brought up to date.
  const touched = touchedSheets(policy, before.forms, read.forms, writes);
  const writtenGrids = gridsWithWrites(grids, writes);
  // The flags and summary of the workbook as written: a rate the add-in is about to rewrite
  // is not reported as the accountant's typing mistake.
  const shown = writes.length === 0 ? first : evaluateIncrementally(writtenGrids, settings, first);
  const places = shown.settings.ratePrecision;
  const wanted = notesBySheet(shown.evaluation, places);
  const notes = plannedNotes(
    read.forms,
    noteSheets(policy, touched, before.forms, read.forms, baseline, wanted, places),
    wanted,
  );
  return { writes, touched, writtenGrids, shown, notes };
}
