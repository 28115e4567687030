/**
 * The indicator table of every form (附件2 分解目标, 附件3 绩效指标, the 评价指标（评分）表, the
 * one-row-per-indicator tables): 一级 and 二级 labels merged down (or typed once and left blank
 * below), one row per 三级 indicator, then the 总分 row. A table without 一级 or 二级 columns
 * reads as one level holding every row.
 */
import { INDICATOR_COLUMNS } from '../forms/columns';
import type { IndicatorColumn } from '../forms/columns';
import type { Cell, IndicatorRow, Level1, Level2, TotalRow } from '../model';
import { splitLabelWeight } from '../text';
import { assignColumns, findColumnsRow } from './columns';
import type { Columns } from './columns';
import { ClaimedCells } from './claimedCells';
import { cellRightOf, findLabel } from './find';
import type { FormRegion } from './regions';
import type { SheetView } from './sheetView';

export type IndicatorColumns = Columns<IndicatorColumn | 'l1Weight'>;

export interface IndicatorTable {
  levels: Level1[];
  total: TotalRow | null;
  grade: Cell | null;
  headerRow: number;
  cols: IndicatorColumns;
}

/** `总分…`, `合计`, `自评总分`: string tests, run on the label columns of every row. */
function isTotalLabel(text: string): boolean {
  // Tested on every label cell of every row: prefix tests, no regex.
  return (
    text.startsWith('总分') ||
    text.startsWith('总计') ||
    text.startsWith('自评总分') ||
    text.startsWith('综合得分') ||
    text.startsWith('得分合计') ||
    text === '合计'
  );
}

/** A template's empty slot: `指标1：`, `内容2`, `……`. */
const PLACEHOLDER_LABEL = /^(?:(?:指标|内容)\d*[:：]?|…+|\.{2,}|[-—/]+)$/;

function findTotalLabel(view: SheetView, row: number, lastCol: number): number | null {
  const values = view.grid.values[row];
  if (!values) return null;
  for (let c = 0; c <= lastCol; c++) {
    // A total label starts on this row, at its merge's left: that cell holds the label itself,
    // and every spelling has 总 or 合 in it (normalizing adds no ideograph). Other cells are
    // passed over unread: this runs on every row of every indicator table.
    const raw = values[c];
    if (typeof raw !== 'string' || (!raw.includes('总') && !raw.includes('合'))) continue;
    if (view.isOwner(row, c) && isTotalLabel(view.text(row, c))) return c;
  }
  return null;
}

/** A field of this row: the owner cell when it starts on this row and no earlier field took it. */
function rowField(
  view: SheetView,
  row: number,
  col: number | undefined,
  claimed: ClaimedCells,
): Cell | null {
  if (col === undefined) return null;
  const cell = view.cell(row, col);
  return cell.row === row && claimed.take(cell) ? cell : null;
}

/** The label cell of a level on this row, if it starts a label (not a merge from above). */
function levelLabel(
  view: SheetView,
  row: number,
  col: number | undefined,
  headerRow: number,
): Cell | null {
  if (col === undefined) return null;
  const cell = view.cell(row, col);
  if (cell.row <= headerRow) return null;
  return view.isBlank(row, col) ? null : cell;
}

function readTotal(view: SheetView, row: number, labelCol: number, cols: IndicatorColumns) {
  const labelCell = view.cell(row, labelCol);
  const after = view.rightEdge(row, labelCol);
  const owner = (col: number | undefined) =>
    col !== undefined && col > after ? view.cell(row, col) : null;
  const score = owner(cols.score);
  let weight = owner(cols.weight ?? cols.l1Weight);
  if (!weight || weight.address === score?.address) {
    weight = null;
    for (const c of view.rowCells(row, after + 1)) {
      if (c.address === score?.address) break;
      weight = c;
      break;
    }
  }
  return { labelCell, weight, score };
}

/**
 * The header's columns. A 权重 between 一级 and 二级 weighs the 一级 (the seed's 附件2); the
 * rows' own weight is then a 分值 further right, if any.
 */
function indicatorColumns(view: SheetView, headerRow: number): IndicatorColumns {
  const cols: IndicatorColumns = assignColumns(view, headerRow, INDICATOR_COLUMNS);
  const { l1, l2, weight } = cols;
  if (l1 !== undefined && l2 !== undefined && weight !== undefined && weight > l1 && weight < l2) {
    cols.l1Weight = weight;
    const right = assignColumns(view, headerRow, INDICATOR_COLUMNS, l2 + 1);
    cols.weight =
      right.weight !== undefined && right.weight !== cols.score ? right.weight : undefined;
  }
  return cols;
}

type SplitLabel = ReturnType<typeof splitLabelWeight>;

function newLevel1(cell: Cell, text: string, split: SplitLabel, weightCell: Cell | null): Level1 {
  const { name, weight } = split;
  return { label: text, name, labelCell: cell, labelWeight: weight, weightCell, children: [] };
}

function newLevel2(cell: Cell, text: string, split: SplitLabel): Level2 {
  const { name, weight } = split;
  return { label: text, name, labelCell: cell, labelWeight: weight, rows: [] };
}

function hasText(view: SheetView, cell: Cell | null): boolean {
  return cell !== null && !view.isBlank(cell.row, cell.col);
}

export function readIndicatorTable(
  view: SheetView,
  region: FormRegion,
  headerRow: number,
): IndicatorTable {
  const cols = indicatorColumns(view, headerRow);
  const levels: Level1[] = [];
  let total: TotalRow | null = null;
  let l1: Level1 | null = null;
  let l2: Level2 | null = null;
  let lastRow = region.bottom;
  const claimed = new ClaimedCells();
  const firstCol = Math.min(cols.l1 ?? Infinity, cols.l2 ?? Infinity, cols.l3 ?? Infinity);
  // A table without 一级 columns is known by the block label left of its header.
  const flatLabel =
    cols.l1 === undefined
      ? (view.firstTextCell(headerRow, 0, firstCol - 1) ?? view.cell(headerRow, firstCol))
      : null;
  const lastLabelCol = Math.max(cols.l2 ?? 0, cols.l1 ?? 0, cols.l3 ?? 0);
  for (let r = headerRow + 1; r <= region.bottom; r++) {
    const totalCol = findTotalLabel(view, r, lastLabelCol);
    if (totalCol !== null) {
      total = readTotal(view, r, totalCol, cols);
      lastRow = r;
      break;
    }
    if (flatLabel) {
      if (!l1) {
        const text = view.text(flatLabel.row, flatLabel.col);
        l1 = newLevel1(flatLabel, text, splitLabelWeight(text), null);
        levels.push(l1);
      }
    } else {
      const one = levelLabel(view, r, cols.l1, headerRow);
      if (one && (!l1 || one.address !== l1.labelCell.address)) {
        const oneText = view.text(r, cols.l1 ?? 0);
        const split = splitLabelWeight(oneText);
        if (!l1 || split.name !== l1.name) {
          const weightCell = cols.l1Weight !== undefined ? view.cell(r, cols.l1Weight) : null;
          l1 = newLevel1(one, oneText, split, weightCell);
          levels.push(l1);
          l2 = null;
        }
      }
    }
    if (!l1) continue;
    if (cols.l2 === undefined) {
      // No 二级 column: the rows belong to the 一级 directly, as one group without a weight.
      if (!l2) {
        l2 = {
          label: l1.label,
          name: l1.name,
          labelCell: l1.labelCell,
          labelWeight: null,
          rows: [],
        };
        l1.children.push(l2);
      }
    } else {
      const two = levelLabel(view, r, cols.l2, headerRow);
      if (two && (!l2 || two.address !== l2.labelCell.address)) {
        const twoText = view.text(r, cols.l2);
        const split = splitLabelWeight(twoText);
        if (!l2 || split.name !== l2.name) {
          l2 = newLevel2(two, twoText, split);
          l1.children.push(l2);
        }
      }
    }
    if (!l2) continue;
    claimed.reset(l1.labelCell, l2.labelCell);
    const l3Cell = rowField(view, r, cols.l3, claimed);
    const target = rowField(view, r, cols.target, claimed);
    const adjusted = rowField(view, r, cols.adjustedTarget, claimed);
    const level3 = l3Cell ? view.text(l3Cell.row, l3Cell.col) : '';
    const row: IndicatorRow = {
      row: r,
      level3,
      target: hasText(view, adjusted) ? adjusted : target,
      result: rowField(view, r, cols.result, claimed),
      weight: rowField(view, r, cols.weight, claimed),
      labelWeight: cols.weight === undefined ? splitLabelWeight(level3).weight : null,
      score: rowField(view, r, cols.score, claimed),
      coefficient: rowField(view, r, cols.coefficient, claimed),
      reason: rowField(view, r, cols.reason, claimed),
    };
    if (isTemplateSlot(view, row)) continue;
    l2.rows.push(row);
  }
  const gradeAt = findLabel(
    view,
    { ...region, top: lastRow },
    (t) => /^等级[:：]?$/.test(t),
    lastRow,
  );
  let grade = gradeAt ? cellRightOf(view, gradeAt) : null;
  // `等级` typed left of the totals: the cell beside it is a total, not a grade.
  if (
    grade &&
    (grade.address === total?.score?.address || grade.address === total?.weight?.address)
  )
    grade = null;
  return { levels, total, grade, headerRow, cols };
}

/** A row the template left for another indicator (`指标2：`, `……`) with nothing typed in it. */
function isTemplateSlot(view: SheetView, row: IndicatorRow): boolean {
  // level3 is the view's text, normalized already.
  if (row.level3 !== '' && !PLACEHOLDER_LABEL.test(row.level3)) return false;
  return !(
    hasText(view, row.target) ||
    hasText(view, row.result) ||
    hasText(view, row.weight) ||
    hasText(view, row.score) ||
    hasText(view, row.reason)
  );
}

/** The row naming an indicator table's columns: a score column and at least one level. */
export function findIndicatorHeader(
  view: SheetView,
  region: FormRegion,
  fromRow = region.top,
): number | null {
  const found = findColumnsRow(
    view,
    region,
    INDICATOR_COLUMNS,
    (c) =>
      c.score !== undefined &&
      (c.l1 !== undefined || c.l2 !== undefined || c.l3 !== undefined) &&
      (c.weight !== undefined || c.l1 !== undefined || c.l2 !== undefined),
    fromRow,
    '分',
  );
  return found ? found.row : null;
}

/**
 * The indicator section of a form into the form's fields, naming what is missing by the form's
 * own score header.
 */
export function readIndicatorSection(
  view: SheetView,
  region: FormRegion,
  form: { indicators: Level1[]; total: TotalRow | null; grade: Cell | null; missing: string[] },
  scoreLabel: string,
  fromRow = region.top,
): IndicatorTable | null {
  const headerRow = findIndicatorHeader(view, region, fromRow);
  if (headerRow === null) {
    form.missing.push('一级指标');
    return null;
  }
  const table = readIndicatorTable(view, region, headerRow);
  form.indicators = table.levels;
  form.total = table.total;
  form.grade = table.grade;
  if (table.cols.score === undefined) form.missing.push(scoreLabel);
  return table;
}
