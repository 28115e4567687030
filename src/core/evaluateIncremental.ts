/**
 * evaluate() for a workbook that changes a sheet at a time (an edit, a rename, the add-in's own
 * writes): each sheet's forms are kept checked, and the next evaluation recognises and checks
 * only the sheets whose grid is new, then runs the checks between attachments (they read every
 * form) and assembles the result. The result equals evaluate() of the same grids and settings.
 *
 * A sheet counts as unchanged when the caller passes the very grid object it passed before:
 * callers replace a sheet's grid to change it, and never change a grid in place.
 */
import { checkCrossSheet } from './checks/crossSheet';
import { assembleEvaluation, checkOneForm, type CheckedForm, type Evaluation } from './evaluate';
import type { SheetGrid } from './grid';
import { recognizeSheet } from './recognize';
import { resolveSettings, type Settings } from './settings';

/** One sheet as last evaluated: its grid and its forms, each checked on its own. */
export interface SheetEvaluation {
  readonly grid: SheetGrid;
  readonly checked: readonly CheckedForm[];
}

/** What the next evaluation starts from. Never changed once made. */
export interface IncrementalEvaluation {
  readonly settings: Settings;
  readonly sheets: readonly SheetEvaluation[];
  readonly evaluation: Evaluation;
}

function sameSettings(a: Settings, b: Settings): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Settings>;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

function evaluateSheet(grid: SheetGrid, settings: Settings): SheetEvaluation {
  return { grid, checked: recognizeSheet(grid).map((form) => checkOneForm(form, settings)) };
}

/**
 * Evaluates `grids` (workbook order), reusing from `previous` every sheet whose grid is the same
 * object under the same settings. Without `previous` it is a full evaluation.
 */
export function evaluateIncrementally(
  grids: readonly SheetGrid[],
  partial: Partial<Settings> = {},
  previous: IncrementalEvaluation | null = null,
): IncrementalEvaluation {
  const settings = resolveSettings(partial);
  const reusable = new Map<SheetGrid, SheetEvaluation>();
  if (previous && sameSettings(previous.settings, settings)) {
    for (const sheet of previous.sheets) reusable.set(sheet.grid, sheet);
  }
  const sheets = grids.map((grid) => reusable.get(grid) ?? evaluateSheet(grid, settings));
  const checked = sheets.flatMap((sheet) => sheet.checked);
  const forms = checked.map((c) => c.form);
  const evaluation = assembleEvaluation(checked, checkCrossSheet(forms));
  return { settings, sheets, evaluation };
}
