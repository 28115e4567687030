/** Where a cell of a table grid is in the Word document: `表2 行6 列5（附件2 …）`. */
import { parseAddress } from '../../core/grid';
import { REPORT_TEXT } from '../../strings/report';
import type { DocxTable } from './readReport';

/** A cell's place in parts: the table, the cell in Word's count, and what the table is. */
export interface WordPlace {
  /** `表2` */
  table: string;
  /** `行6 列5`, or `标题第1行` for a caption line; '' when the address is not a cell. */
  cell: string;
  /** The caption above the table (附件N and its title), else the nearest heading; '' if none. */
  context: string;
}

/** Caption lines that say who filed and in what unit, not what the table is. */
const FILER_LINE = /^(?:填报单位|编制单位|单位[:：])/;

export function tableOf(tables: DocxTable[], sheet: string): DocxTable | null {
  return tables.find((t) => t.grid.name === sheet) ?? null;
}

function contextOf(table: DocxTable): string {
  const caption = table.caption.filter((line) => !FILER_LINE.test(line.trim()));
  return caption.join(' ') || table.heading || '';
}

/** The parts of a grid address's place, R and C counted the way a reader counts Word's rows and cells. */
export function wordPlace(table: DocxTable, address: string): WordPlace {
  const at = parseAddress(address);
  const name = REPORT_TEXT.tableName(table.index);
  const context = contextOf(table);
  if (!at) return { table: name, cell: '', context };
  const captionRows = table.caption.length;
  if (at.row < captionRows)
    return { table: name, cell: REPORT_TEXT.captionLine(at.row + 1), context };
  const row = at.row - captionRows;
  const starts = table.cells[row] ?? [];
  let cell = starts.findIndex((s) => at.col >= s.col && at.col < s.col + s.span);
  if (cell < 0) cell = starts.length;
  return { table: name, cell: REPORT_TEXT.rowCell(row + 1, cell + 1), context };
}

/** `表N 行R 列C（附件N 标题）` for a grid address. */
export function cellPlace(table: DocxTable, address: string): string {
  const place = wordPlace(table, address);
  const where = place.cell ? REPORT_TEXT.tableCell(place.table, place.cell) : place.table;
  return place.context ? where + REPORT_TEXT.tableContext(place.context) : where;
}
