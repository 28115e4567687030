/**
 * The 分解目标 / 绩效指标 table of 附件2 and 附件3: 一级 and 二级 labels merged down (or typed
 * once and left blank below), one row per 三级 indicator, then the 总分 row.
 */
import type { Cell, IndicatorRow, Level1, Level2, TotalRow } from '../model';
import { splitLabelWeight } from '../text';
import { cellRightOf, findHeaderRow, findLabel, headerColumns } from './find';
import type { FormRegion } from './regions';
import type { SheetView } from './sheetView';

export const INDICATOR_HEADERS = {
  l1: /一级指标/,
  l1Weight: /^权重/,
  l2: /二级指标/,
  l3: /三级指标/,
  target: /指标值|预期目标/,
  result: /完成值|完成情况/,
  weight: /^分值/,
  score: /得分/,
  reason: /偏差|原因/,
};

export type IndicatorColumns = Partial<Record<keyof typeof INDICATOR_HEADERS, number>>;

export interface IndicatorTable {
  levels: Level1[];
  total: TotalRow | null;
  grade: Cell | null;
}

/** `总分…` or `合计`: string tests, run on the label columns of every indicator row. */
function isTotalLabel(text: string): boolean {
  return text.startsWith('总分') || text === '合计';
}

function findTotalLabel(view: SheetView, row: number, lastCol: number): number | null {
  for (let c = 0; c <= lastCol; c++) {
    const t = view.text(row, c);
    if (t === '' || !isTotalLabel(t)) continue;
    const m = view.merge(row, c);
    if (!m) return c;
    if (m.top === row) return m.left;
  }
  return null;
}

/** A field of this row: the owner cell when it starts on this row and no earlier field took it. */
function rowField(
  view: SheetView,
  row: number,
  col: number | undefined,
  claimed: Cell[],
): Cell | null {
  if (col === undefined) return null;
  // The view hands out one object per cell, so identity tells a merge already taken.
  const cell = view.cell(row, col);
  if (cell.row !== row || claimed.includes(cell)) return null;
  claimed.push(cell);
  return cell;
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
  return view.text(row, col) === '' ? null : cell;
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

export function readIndicatorTable(
  view: SheetView,
  region: FormRegion,
  headerRow: number,
): { cols: IndicatorColumns; table: IndicatorTable } {
  const cols: IndicatorColumns = headerColumns(view, headerRow, INDICATOR_HEADERS);
  const levels: Level1[] = [];
  let total: TotalRow | null = null;
  let l1: Level1 | null = null;
  let l2: Level2 | null = null;
  let lastRow = region.bottom;
  const claimed: Cell[] = [];
  for (let r = headerRow + 1; r <= region.bottom; r++) {
    const totalCol = findTotalLabel(view, r, Math.max(cols.l2 ?? 0, cols.l1 ?? 0));
    if (totalCol !== null) {
      total = readTotal(view, r, totalCol, cols);
      lastRow = r;
      break;
    }
    const one = levelLabel(view, r, cols.l1, headerRow);
    if (one && (!l1 || one.address !== l1.labelCell.address)) {
      const oneText = view.text(r, cols.l1 ?? 0);
      const { name, weight } = splitLabelWeight(oneText);
      if (!l1 || name !== l1.name) {
        const weightCell = cols.l1Weight !== undefined ? view.cell(r, cols.l1Weight) : null;
        l1 = {
          label: oneText,
          name,
          labelCell: one,
          labelWeight: weight,
          weightCell,
          children: [],
        };
        levels.push(l1);
        l2 = null;
      }
    }
    if (!l1) continue;
    const two = levelLabel(view, r, cols.l2, headerRow);
    if (two && (!l2 || two.address !== l2.labelCell.address)) {
      const twoText = view.text(r, cols.l2 ?? 0);
      const { name, weight } = splitLabelWeight(twoText);
      if (!l2 || name !== l2.name) {
        l2 = { label: twoText, name, labelCell: two, labelWeight: weight, rows: [] };
        l1.children.push(l2);
      }
    }
    if (!l2) continue;
    // One list reused row after row: it only lives while the row is read.
    claimed.length = 0;
    claimed.push(l1.labelCell, l2.labelCell);
    const l3Cell = rowField(view, r, cols.l3, claimed);
    const row: IndicatorRow = {
      row: r,
      level3: l3Cell ? view.text(l3Cell.row, l3Cell.col) : '',
      target: rowField(view, r, cols.target, claimed),
      result: rowField(view, r, cols.result, claimed),
      weight: rowField(view, r, cols.weight, claimed),
      score: rowField(view, r, cols.score, claimed),
      reason: rowField(view, r, cols.reason, claimed),
    };
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
  return { cols, table: { levels, total, grade } };
}

/**
 * The indicator section of a form (附件2 分解目标自评, 附件3 绩效指标) into the form's fields,
 * naming what is missing by the form's own score header.
 */
export function readIndicatorSection(
  view: SheetView,
  region: FormRegion,
  form: { indicators: Level1[]; total: TotalRow | null; grade: Cell | null; missing: string[] },
  scoreLabel: string,
  fromRow = region.top,
): void {
  const headerRow = findHeaderRow(view, region, [/一级指标/, /二级指标/], fromRow);
  if (headerRow === null) {
    form.missing.push('一级指标');
    return;
  }
  const { cols, table } = readIndicatorTable(view, region, headerRow);
  form.indicators = table.levels;
  form.total = table.total;
  form.grade = table.grade;
  if (cols.score === undefined) form.missing.push(scoreLabel);
  if (!table.total) form.missing.push('总分');
}
