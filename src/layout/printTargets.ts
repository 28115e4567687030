/**
 * Print setup for forms as recognised (hand-made ones too): which rows and columns are the form,
 * which rows repeat on every page, and the page setup the official attachment prints with.
 * The print area stops at the last column the form itself uses, so the add-in's 校验 column (and
 * anything else the accountant keeps beside the form) stays off the printout.
 */
import type { Form, MergeRange, SheetGrid } from '../core';
import { pageSetupFor } from './pageSetup';
import type { PageSetup } from './plan';

export interface PrintTarget {
  sheet: string;
  setup: PageSetup;
}

/** Every cell column the form's model names (labels, figures, scores, reasons). */
function lastColumn(node: unknown, seen = new Set<unknown>()): number {
  if (typeof node !== 'object' || node === null || seen.has(node)) return -1;
  seen.add(node);
  let last = -1;
  if ('col' in node && 'address' in node && typeof node.col === 'number') last = node.col;
  for (const value of Object.values(node)) last = Math.max(last, lastColumn(value, seen));
  return last;
}

/** A merge that starts inside the form's rows and columns (its title, a wide text) widens it. */
function widen(area: MergeRange, merges: readonly MergeRange[]): MergeRange {
  let right = area.right;
  for (const m of merges) {
    const inside =
      m.top >= area.top && m.top <= area.bottom && m.left >= area.left && m.left <= right;
    if (inside) right = Math.max(right, m.right);
  }
  return { ...area, right };
}

/** The row above the title when it holds the attachment tag (附件2), which prints with the form. */
function withTag(top: number, grid: SheetGrid | undefined): number {
  if (top === 0 || !grid) return top;
  const above = grid.values[top - 1] ?? [];
  return above.some((v) => typeof v === 'string' && /^\s*附件\s*\d/.test(v)) ? top - 1 : top;
}

/**
 * The rows repeated on every page: the indicator table's column headings (the row above its
 * first 一级指标), so a continuation page still says which column is 自评得分; 附件1, one page
 * or two with no such table, repeats its heading lines.
 */
function titleRows(form: Form, top: number, bottom: number): { first: number; last: number } {
  if (form.kind !== 'base' && form.indicators.length > 0) {
    const heading = Math.min(...form.indicators.map((l) => l.labelCell.row)) - 1;
    if (heading >= top) return { first: heading, last: heading };
  }
  const last = Math.min(bottom, Math.max(top + 2, (form.titleCell?.row ?? top) + 1));
  return { first: top, last };
}

/** One target per form sheet, in workbook order; a sheet with several forms prints them all. */
export function printTargets(forms: readonly Form[], grids: readonly SheetGrid[]): PrintTarget[] {
  const bySheet = new Map<string, Form[]>();
  for (const form of forms) bySheet.set(form.sheet, [...(bySheet.get(form.sheet) ?? []), form]);
  const targets: PrintTarget[] = [];
  for (const [sheet, sheetForms] of bySheet) {
    const first = sheetForms[0];
    const grid = grids.find((g) => g.name === sheet);
    const top = withTag(Math.min(...sheetForms.map((f) => f.top)), grid);
    const bottom = Math.max(...sheetForms.map((f) => f.bottom));
    const right = Math.max(0, ...sheetForms.map((f) => lastColumn(f)));
    const area = widen({ top, left: 0, bottom, right }, grid?.merges ?? []);
    const orientation = first.kind === 'base' ? 'portrait' : 'landscape';
    targets.push({ sheet, setup: pageSetupFor(orientation, area, titleRows(first, top, bottom)) });
  }
  return targets;
}
