/**
 * Manual page breaks that keep each keepTogether span (a 二级 with its rows, a heading block) on
 * one printed page, unless that would leave the page before more than a third empty. Excel and LibreOffice break pages by row height alone and would otherwise
 * print a 二级 label on one page and its rows on the next.
 */
import type { SheetPlan } from './plan';

const A4_SHORT_SIDE_PT = 595.28;
const A4_LONG_SIDE_PT = 841.89;
/** Points per Excel column-width unit (7 px of the default font at 96 dpi). */
const PT_PER_WIDTH_UNIT = 5.25;
const DEFAULT_ROW_HEIGHT = 15;
const DEFAULT_COLUMN_WIDTH = 8.43;
/** Estimates are estimates: leave a little room so a real break does not land inside a span. */
const SAFETY = 0.98;

/** A page the add-in breaks is at least this full (a break never leaves a third empty). */
const MIN_FILL = 2 / 3;

type Span = { first: number; last: number };

/** Overlapping spans (headings + the first 二级) become one. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.first - b.first);
  const merged: Span[] = [];
  for (const span of sorted) {
    const prev = merged[merged.length - 1];
    if (prev && span.first <= prev.last) prev.last = Math.max(prev.last, span.last);
    else merged.push({ ...span });
  }
  return merged;
}

/** Returns the plan with rowBreaks set from its keepTogether spans and row heights. */
export function paginate(plan: SheetPlan): SheetPlan {
  const groups = mergeSpans(plan.keepTogether ?? []);
  const { pageSetup } = plan;
  const landscape = pageSetup.orientation === 'landscape';
  const pageWidth = landscape ? A4_LONG_SIDE_PT : A4_SHORT_SIDE_PT;
  const pageHeight = landscape ? A4_SHORT_SIDE_PT : A4_LONG_SIDE_PT;
  const { margins, printArea, printTitleRows } = pageSetup;

  let tableWidth = 0;
  for (let c = printArea.left; c <= printArea.right; c += 1) {
    tableWidth += (plan.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH) * PT_PER_WIDTH_UNIT;
  }
  const scale = Math.min(1, (pageWidth - (margins.left + margins.right) * 72) / tableWidth || 1);
  const height = (row: number): number => (plan.rowHeights[row] ?? DEFAULT_ROW_HEIGHT) * scale;
  const capacity = (pageHeight - (margins.top + margins.bottom) * 72) * SAFETY;
  let titles = 0;
  for (let r = printTitleRows.first; r <= printTitleRows.last; r += 1) titles += height(r);

  const groupAt = new Map(groups.map((g) => [g.first, g]));
  const rowBreaks: number[] = [];
  let used = 0;
  let startOfPage = printArea.top;
  for (let row = printArea.top; row <= printArea.bottom; row += 1) {
    let group = groupAt.get(row);
    let need = height(row);
    if (group) {
      need = 0;
      for (let r = group.first; r <= group.last; r += 1) need += height(r);
      // A break here would leave more than a third of the page empty (issue 12): the span
      // flows over instead, where the printer breaks it.
      if (used + need > capacity && row > startOfPage && used < capacity * MIN_FILL) {
        group = undefined;
        need = height(row);
      }
    }
    if (used + need > capacity && row > startOfPage) {
      // A span taller than a page still starts on a fresh one; a plain row just flows over.
      if (group) rowBreaks.push(row);
      used = titles;
      startOfPage = row;
    }
    used += height(row);
    if (group) {
      for (let r = row + 1; r <= group.last; r += 1) used += height(r);
      row = group.last;
    }
  }
  return { ...plan, rowBreaks };
}
