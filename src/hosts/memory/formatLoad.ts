/** What RangeFormat.load reads back in the memory host: column widths (print setup). */
import type { RangeTarget } from './formatProxy';
import { invalidArgument } from './errors';

/** Excel's default column: 8.43 characters, 64 pixels, 48 points. */
export const DEFAULT_COLUMN_POINTS = 48;

/** The range's column width, or null when its columns differ (as Office.js answers). */
export function loadedColumnWidth({ sheet, box }: RangeTarget): number | null {
  let width: number | null = null;
  for (let c = box.left; c <= box.right; c += 1) {
    const w = sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_POINTS;
    if (width !== null && w !== width) return null;
    width = w;
  }
  return width;
}

export function checkFormatLoad(names: readonly string[]): void {
  const unknown = names.find((n) => n !== 'columnWidth');
  if (unknown !== undefined) throw invalidArgument('RangeFormat.load', unknown);
}
