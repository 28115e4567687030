/**
 * Names as the accountant typed them: the recognizer compares labels in a normalized spelling
 * (no spaces, no quotes), but the table, CSV and JSON show a unit or project name as typed.
 */
import type { Form } from '../core';
import type { SheetGrid } from '../core/grid';
import type { FormSummary } from '../core/summary';
import { normText } from '../core/text';

/** `填报单位：` / `项目支出名称:` written before the name in the same cell, spaces allowed. */
const LABEL_PREFIX = /^\s*(?:填\s*报\s*单\s*位|项\s*目\s*支\s*出\s*名\s*称)\s*[:：]?\s*/;

/** The text of a cell in the form's rows that reads as `name` once normalized, as typed. */
function typedText(grid: SheetGrid, top: number, bottom: number, name: string): string | null {
  const last = Math.min(bottom, grid.values.length - 1);
  for (let r = Math.max(0, top); r <= last; r++) {
    for (const value of grid.values[r] ?? []) {
      if (typeof value !== 'string') continue;
      if (normText(value) === name) return value.trim();
      const rest = value.replace(LABEL_PREFIX, '');
      if (rest !== value && normText(rest) === name) return rest.trim();
    }
  }
  return null;
}

/** The summaries with their unit and project names as typed (where the cell is found). */
export function withTypedNames(
  summaries: FormSummary[],
  forms: readonly Form[],
  grids: readonly SheetGrid[],
): FormSummary[] {
  return summaries.map((summary, i) => {
    const form = forms[i];
    const grid = grids.find((g) => g.name === summary.sheet);
    if (!form || !grid || form.sheet !== summary.sheet) return summary;
    const out = { ...summary };
    if (summary.unitName) {
      out.unitName = typedText(grid, form.top, form.bottom, summary.unitName) ?? summary.unitName;
    }
    if (summary.name && form.kind === 'project') {
      const raw = form.nameCell?.value;
      const typed =
        typeof raw === 'string' && normText(raw.replace(LABEL_PREFIX, '')) === summary.name
          ? raw.replace(LABEL_PREFIX, '').trim()
          : typedText(grid, form.top, form.bottom, summary.name);
      out.name = typed ?? summary.name;
    }
    return out;
  });
}
