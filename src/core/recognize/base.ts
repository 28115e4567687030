/** 附件1 部门整体支出绩效自评基础数据表, found by its labels. */
import { BASE_LINES } from '../forms/base';
import type { BaseLineDef } from '../forms/base';
import { FORM_DEFAULT_UNIT } from '../forms/kinds';
import type { MoneyUnit } from '../forms/kinds';
import type { BaseForm, BaseLine } from '../model';
import { moneyUnitFromText } from '../numbers/units';
import { normLabel } from '../text';
import { cellAt, findHeader, findLabel, headerColumns, labelledText, yearIn } from './find';
import type { FormRegion } from './regions';
import type { SheetView } from './sheetView';
import { regionUnit, titleOf } from './common';

const YEAR_COLUMNS = {
  staffEstablishment: /编制数/,
  staffActual: /在职人数/,
  controlRate: /控制率/,
};

function readStaff(view: SheetView, region: FormRegion, form: BaseForm): void {
  const at = findHeader(view, region, (h) => /编制数$/.test(h));
  if (!at) {
    form.missing.push('编制数');
    return;
  }
  const cols = headerColumns(view, at.row, YEAR_COLUMNS);
  // Values sit on the first row below the header that has anything in those columns.
  const valueCols = [cols.staffEstablishment, cols.staffActual].filter(
    (c): c is number => c !== undefined,
  );
  const first = view.bottomEdge(at.row, at.col) + 1;
  let valueRow = first;
  for (let r = first; r <= Math.min(region.bottom, first + 3); r++) {
    // An empty staff row must not borrow the 经费控制情况 header below it.
    if (view.rowCells(r).some((c) => view.header(c.row, c.col) === '经费控制情况')) break;
    if (valueCols.some((c) => /\d/.test(view.text(r, c)))) {
      valueRow = r;
      break;
    }
  }
  form.establishment = cellAt(view, valueRow, cols.staffEstablishment);
  form.staffActual = cellAt(view, valueRow, cols.staffActual);
  form.controlRate = cellAt(view, valueRow, cols.controlRate);
  if (cols.staffActual === undefined) form.missing.push('实际在职人数');
  if (cols.controlRate === undefined) form.missing.push('控制率');
}

interface YearColumns {
  prior?: number;
  budget?: number;
  final?: number;
}

/** `2020年决算数 | 2021年预算数 | 2021年决算数`, or `上年决算数 | 本年预算数 | 本年决算数`. */
function readYearColumns(view: SheetView, row: number, fromCol: number): YearColumns {
  const out: YearColumns = {};
  const finals: { col: number; year: number | null; last: boolean }[] = [];
  for (const cell of view.rowCells(row, fromCol + 1)) {
    const t = view.header(cell.row, cell.col);
    if (/预算/.test(t) && out.budget === undefined) out.budget = cell.col;
    else if (/决算/.test(t)) finals.push({ col: cell.col, year: yearIn(t), last: /上年/.test(t) });
  }
  if (finals.length >= 2) {
    const sorted = [...finals].sort((a, b) =>
      a.last !== b.last ? (a.last ? -1 : 1) : (a.year ?? 0) - (b.year ?? 0) || a.col - b.col,
    );
    out.prior = sorted[0].col;
    out.final = sorted[sorted.length - 1].col;
  } else if (finals.length === 1) {
    if (finals[0].last) out.prior = finals[0].col;
    else out.final = finals[0].col;
  }
  return out;
}

function matchLine(label: string, taken: Set<string>): BaseLineDef | null {
  for (const def of BASE_LINES) {
    if (def.key !== 'projOther' && taken.has(def.key)) continue;
    if (def.pattern.test(label)) return def;
  }
  return null;
}

/** Rows after the amount lines: their own blocks, never read as lines. */
const AFTER_LINES = /^(厉行节约|楼堂馆所|说明|注[:：]?)/;

/**
 * The label of a line: the rightmost text cell starting on this row left of the amounts (a 其中
 * part typed one column right of its parent's merged label is its own line).
 */
function lineLabel(
  view: SheetView,
  row: number,
  firstAmount: number,
): BaseLine['labelCell'] | null {
  const cells = view.rowCells(row, 0, firstAmount - 1);
  for (let i = cells.length - 1; i >= 0; i--) {
    const c = cells[i];
    if (c.row === row && view.text(c.row, c.col) !== '') return c;
  }
  return null;
}

/** The lines into the form; returns the unit the block's label states (`经费控制情况（万元）`). */
function readLines(view: SheetView, region: FormRegion, form: BaseForm): MoneyUnit | null {
  const head = findHeader(view, region, (h) => h === '经费控制情况');
  if (!head) {
    form.missing.push('经费控制情况');
    return null;
  }
  const cols = readYearColumns(view, head.row, head.col);
  if (cols.prior === undefined) form.missing.push('上年决算数');
  if (cols.budget === undefined) form.missing.push('本年预算数');
  if (cols.final === undefined) form.missing.push('本年决算数');
  const amountCols = [cols.prior, cols.budget, cols.final].filter(
    (c): c is number => c !== undefined,
  );
  const firstAmount = amountCols.length ? Math.min(...amountCols) : head.col + 1;
  const taken = new Set<string>();
  let inProject = false;
  for (let r = view.bottomEdge(head.row, head.col) + 1; r <= region.bottom; r++) {
    const labelCell = lineLabel(view, r, firstAmount);
    if (!labelCell) continue;
    const label = view.header(labelCell.row, labelCell.col);
    if (AFTER_LINES.test(label)) break;
    let def = matchLine(label, taken);
    // Rows the accountant added under 项目支出 (3、XX专项) are parts of it.
    if (!def && inProject) def = BASE_LINES.find((d) => d.key === 'projOther') ?? null;
    if (!def) continue;
    // `3、` with nothing typed beside it: the template's empty slot, not a line.
    if (label === '' && amountCols.every((c) => view.text(r, c) === '')) continue;
    if (def.key === 'project') inProject = true;
    else if (!def.key.startsWith('proj')) inProject = false;
    taken.add(def.key);
    const line: BaseLine = {
      key: def.key,
      label: def.key === 'projOther' ? label : normLabel(def.label),
      labelCell,
      prior: cellAt(view, r, cols.prior),
      budget: cellAt(view, r, cols.budget),
      final: cellAt(view, r, cols.final),
    };
    form.lines.push(line);
  }
  for (const def of BASE_LINES) {
    if (!def.optional && !taken.has(def.key)) form.missing.push(def.label.replace(/^.*[、：]/, ''));
  }
  return moneyUnitFromText(view.text(head.row, head.col).replace(/^[^(]*/, ''));
}

/**
 * A title without its year (the seed's 附件1): the report year is the one of `{Y}年预算数` or
 * `{Y}年实际在职人数`; `{Y-1}年决算数` comes first on the row and must not win.
 */
function yearFromHeaders(view: SheetView, region: FormRegion): number | null {
  for (const pattern of [/\d{4}年预算数$/, /\d{4}年实际在职人数$/]) {
    const head = findLabel(view, region, (t) => pattern.test(t));
    if (head) return yearIn(view.text(head.row, head.col));
  }
  let latest: number | null = null;
  for (let r = region.top; r <= region.bottom; r++) {
    for (const cell of view.rowCells(r)) {
      const t = view.text(cell.row, cell.col);
      const year = /\d{4}年决算数$/.test(t) ? yearIn(t) : null;
      if (year !== null && (latest === null || year > latest)) latest = year;
    }
  }
  return latest;
}

export function recognizeBase(view: SheetView, region: FormRegion): BaseForm {
  const title = titleOf(view, region);
  const form: BaseForm = {
    kind: 'base',
    sheet: view.grid.name,
    top: region.top,
    bottom: region.bottom,
    unit: FORM_DEFAULT_UNIT.base,
    year: title.year,
    titleCell: title.cell,
    missing: [],
    unitName: null,
    establishment: null,
    staffActual: null,
    controlRate: null,
    lines: [],
  };
  const unitAt = findLabel(view, region, (t) => /^填报单位/.test(t));
  if (unitAt) form.unitName = labelledText(view, unitAt, /^填报单位/) || null;
  readStaff(view, region, form);
  const linesUnit = readLines(view, region, form);
  form.unit = regionUnit(view, region) ?? linesUnit ?? FORM_DEFAULT_UNIT.base;
  if (form.year === null) form.year = yearFromHeaders(view, region);
  return form;
}
