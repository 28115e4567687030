/**
 * 总分 printed in the form's header instead of a 总分 row: `自评得分 | 98`, `自评总分（分） | 97.6`,
 * `自评得分：98`. Read only above the first table of the form, where no figure of a row sits.
 */
import type { TotalRow } from '../model';
import { parseCell } from '../numbers/parse';
import { valueRightOf } from './find';
import { normHeader, splitLabelFigure } from './labelText';
import type { FormRegion } from './regions';
import type { SheetView } from './sheetView';

const TOTAL_LABEL = /^(自评|综合)?(总)?得分$|^自评总分$|^总分$/;

export function readHeaderTotal(
  view: SheetView,
  region: FormRegion,
  beforeRow: number,
): TotalRow | null {
  for (let r = region.top; r < Math.min(beforeRow, region.bottom + 1); r++) {
    for (const cell of view.rowCells(r)) {
      if (cell.row !== r) continue;
      const text = view.text(cell.row, cell.col);
      if (text === '' || text.length > 20) continue;
      const inline = splitLabelFigure(text);
      if (inline && TOTAL_LABEL.test(inline.label))
        return { labelCell: cell, weight: null, score: { ...cell, value: inline.figure } };
      if (!TOTAL_LABEL.test(normHeader(text))) continue;
      const value = valueRightOf(view, cell);
      if (value && parseCell(value.value, value.format).kind === 'number')
        return { labelCell: cell, weight: null, score: value };
    }
  }
  return null;
}
