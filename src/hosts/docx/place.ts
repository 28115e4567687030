/** Where a cell of a table grid is in the Word document: `表2 行6 列5（附件2 …）`. */
import { parseAddress } from '../../core/grid';
import { REPORT_TEXT } from '../../strings/report';
import type { DocxTable } from './readReport';

export function tableOf(tables: DocxTable[], sheet: string): DocxTable | null {
  return tables.find((t) => t.grid.name === sheet) ?? null;
}

/** `表N 行R 列C` for a grid address, R and C counted the way a reader counts Word's rows and cells. */
export function cellPlace(table: DocxTable, address: string): string {
  const at = parseAddress(address);
  const label = table.caption.join(' ') || table.heading || '';
  const suffix = label ? REPORT_TEXT.tableContext(label) : '';
  if (!at) return `表${table.index}${suffix}`;
  const captionRows = table.caption.length;
  if (at.row < captionRows) return REPORT_TEXT.tableCaption(table.index, at.row + 1) + suffix;
  const row = at.row - captionRows;
  const starts = table.cells[row] ?? [];
  let cell = starts.findIndex((s) => at.col >= s.col && at.col < s.col + s.span);
  if (cell < 0) cell = starts.length;
  return REPORT_TEXT.tableCell(table.index, row + 1, cell + 1) + suffix;
}
