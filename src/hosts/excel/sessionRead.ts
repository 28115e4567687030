/**
 * Step 1 of a recalculation (session.ts), the read: the workbook as Excel holds it now. For an
 * edit, only the edited form sheets and the sheet list (readEdited.ts: 1 round trip), the other
 * grids being the session's; else the whole workbook (readForms.ts: ≤ 3 round trips, 1 when the
 * sheets are as the last read left them). The session's state is not touched.
 */
import type { ExcelContext } from './api';
import type { Features } from './capabilities';
import { splitCheckColumn } from './checkNotes';
import { readEdited } from './readEdited';
import { readForms } from './readForms';
import {
  isFilled,
  memoOf,
  type ReadScope,
  type ReadState,
  type SessionState,
} from './sessionState';
import { adoptStored } from './storedSettings';

export async function readWorkbook(
  ctx: ExcelContext,
  features: Features,
  state: SessionState,
  scope: ReadScope,
): Promise<ReadState> {
  if (scope.kind === 'edit' && isFilled(state) && state.evaluation) {
    const known = new Set(state.sheets.map((s) => s.id));
    const edited = await readEdited(ctx, features, known, state.forms, scope.reread, scope.pasted);
    if (edited) {
      const order = new Map(edited.sheets.map((s, i) => [s.id, i]));
      const nameOf = new Map(edited.sheets.map((s) => [s.id, s.name]));
      const forms = state.forms
        .filter((f) => order.has(f.id) && edited.grids.get(f.id) !== null)
        .map((f) => {
          const name = nameOf.get(f.id) ?? f.grid.name;
          const raw = edited.grids.get(f.id);
          const { grid, check } = raw ? splitCheckColumn(raw) : f;
          // A renamed sheet's grid is a new one: its forms name the sheet.
          return { id: f.id, grid: grid.name === name ? grid : { ...grid, name }, check };
        })
        .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
      return {
        memo: memoOf(edited.sheets, forms),
        sheets: edited.sheets,
        forms,
        stored: state.stored,
      };
    }
  }
  const full = await readForms(ctx, features, state.memo);
  const sheets = full.memo.names.map((name, i) => ({ id: full.ids[i], name }));
  const idOf = new Map(sheets.map((s) => [s.name, s.id]));
  const forms = full.grids.map((raw) => {
    const { grid, check } = splitCheckColumn(raw);
    return { id: idOf.get(grid.name) ?? grid.name, grid, check };
  });
  return { memo: full.memo, sheets, forms, stored: adoptStored(state.stored, full.settings) };
}
