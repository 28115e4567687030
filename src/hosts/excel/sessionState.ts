/**
 * What a workbook session remembers between recalculations (session.ts), and the shapes its read
 * step works with. Never changed in place: each recalculation makes the next state.
 */
import type { IncrementalEvaluation } from '../../core';
import type { MergeRange } from '../../core/grid';
import { EMPTY_HIGHLIGHTS, type HighlightMemo } from './highlight';
import { gridExtent } from './mergedAreas';
import type { SheetMemo } from './readForms';
import { UNREAD_SETTINGS, type StoredState } from './storedSettings';
import type { SessionForm } from './writePolicy';

/** A sheet as the last read saw it. */
export interface SheetRef {
  readonly id: string;
  readonly name: string;
}

/**
 * A form sheet: its id (a rename keeps it), its grid as Excel holds it without the 校验 notes,
 * and its 校验 column where the add-in laid the sheet out (checkNotes.ts).
 */
export type FormSheet = SessionForm;

/** What the session remembers. Never changed in place: a recalculation makes the next one. */
export interface SessionState {
  /** What the next full read starts from (names, forms, extents). */
  readonly memo: SheetMemo | null;
  /** Every sheet, in workbook order, as of the last read (empty: never read). */
  readonly sheets: readonly SheetRef[];
  readonly forms: readonly FormSheet[];
  readonly evaluation: IncrementalEvaluation | null;
  readonly stored: StoredState;
  readonly highlights: HighlightMemo;
}

export const INITIAL: SessionState = {
  memo: null,
  sheets: [],
  forms: [],
  evaluation: null,
  stored: UNREAD_SETTINGS,
  highlights: EMPTY_HIGHLIGHTS,
};

/** Has the whole workbook been read this session? */
export function isFilled(state: SessionState): boolean {
  return state.sheets.length > 0;
}

/** What a recalculation reads: the whole workbook, or what edits touched. */
export type ReadScope =
  | { kind: 'full' }
  | {
      kind: 'edit';
      /** Form sheets (ids) to read again: edited, or changed by a co-author. */
      reread: ReadonlySet<string>;
      /** Non-form sheets with a block pasted over their top-left corner. */
      pasted: ReadonlySet<string>;
    };

/** The memo of what a read saw, for the next full read to start from. */
export function memoOf(
  sheets: readonly SheetRef[],
  forms: readonly Pick<FormSheet, 'grid'>[],
): SheetMemo {
  const extents: Record<string, MergeRange> = {};
  for (const f of forms) extents[f.grid.name.toLowerCase()] = gridExtent(f.grid);
  return { names: sheets.map((s) => s.name), forms: forms.map((f) => f.grid.name), extents };
}

export type ReadState = Pick<SessionState, 'memo' | 'sheets' | 'forms' | 'stored'>;
