/**
 * The end of every sheet laid out like a project table (附件3, and 附件2 in the funds-block
 * layout): the scored table from `row`, the compact font over the table, A4 landscape with the
 * indicator headings repeated on every page, the 校验 column beside the form.
 */
import type { Level1Def } from '../core/forms/overall';
import { CHECK_COLUMN_WIDTH, FIRST_TABLE_ROW } from './heading';
import { pageSetupFor } from './pageSetup';
import type { SheetPlan } from './plan';
import { SCORED_COLUMN_WIDTHS, SCORED_WIDTH, addScoredTable } from './scoredTable';
import type { SheetBuilder } from './sheetBuilder';
import { COMPACT_FONT_SIZE } from './styles';

export function finishScoredSheet(
  sheet: SheetBuilder,
  kind: 'overall' | 'project',
  sheetName: string,
  row: number,
  indicators: readonly Level1Def[],
): SheetPlan {
  const last = SCORED_WIDTH - 1;
  const table = addScoredTable(sheet, row, indicators);
  sheet.style(
    { top: FIRST_TABLE_ROW, left: 0, bottom: table.lastRow, right: last },
    { fontSize: COMPACT_FONT_SIZE },
  );
  return sheet.build({
    kind,
    sheetName,
    columnWidths: [...SCORED_COLUMN_WIDTHS, CHECK_COLUMN_WIDTH],
    pageSetup: pageSetupFor(
      'landscape',
      { top: 0, left: 0, bottom: table.lastRow, right: last },
      table.headerRows,
    ),
    checkColumn: SCORED_WIDTH,
  });
}
