/** Print setup shared by the three attachments (DESIGN.md: A4, one page wide, titles repeated). */
import type { MergeRange } from '../core/grid';
import type { PageSetup } from './plan';

/** Centre-footer text; hosts put it in the centre section. */
export const PAGE_FOOTER = '第 &P 页 共 &N 页';

export function pageSetupFor(
  orientation: PageSetup['orientation'],
  printArea: MergeRange,
  titleRows: { first: number; last: number },
): PageSetup {
  // Narrower side margins on landscape forms buy width for the eight or nine columns.
  const side = orientation === 'landscape' ? 0.4 : 0.6;
  return {
    paperSize: 'A4',
    orientation,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitleRows: titleRows,
    printArea,
    footer: PAGE_FOOTER,
    horizontalCentered: true,
    margins: { left: side, right: side, top: 0.5, bottom: 0.6, header: 0.25, footer: 0.25 },
  };
}
