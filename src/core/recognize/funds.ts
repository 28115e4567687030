/**
 * A funds block: a header row naming amount columns (forms/columns.ts FUND_COLUMNS), then one
 * row per amount line (forms/funds.ts). Lines are found by their labels wherever a template puts
 * them: left of the amounts, with their figure in the same cell (`其他资金:585.62`), or side by
 * side with another line in the amount columns (`按收入性质分 … | 按支出性质分 …`).
 */
import { FUND_COLUMNS } from '../forms/columns';
import type { FundColumn } from '../forms/columns';
import { FUND_LINE_NAMES, MAX_FUND_LABEL } from '../forms/funds';
import type { FundLineKey, FundLineName } from '../forms/funds';
import type { MoneyUnit } from '../forms/kinds';
import type { Cell, FundLine } from '../model';
import { parseCell } from '../numbers/parse';
import { moneyUnitFromText } from '../numbers/units';
import { findColumnsRow } from './columns';
import type { Columns } from './columns';
import { normHeader, splitLabelFigure } from './labelText';
import type { FormRegion } from './regions';
import type { SheetView } from './sheetView';

export interface FundsBlock {
  headerRow: number;
  cols: Columns<FundColumn>;
  lines: FundLine[];
  /** The money unit the block's own label declares (`项目资金（万元）`), if any. */
  unit: MoneyUnit | null;
  /** The block's label cell (`项目资金`, `预算资金`, `部门预算执行情况`), if any. */
  labelCell: Cell | null;
  lastRow: number;
}

/** Rows that end a funds block: the goals and the indicator table below it. */
const STOP = /总体目标|绩效目标|分解目标|一级指标|二级指标|三级指标|指标名称|绩效指标/;
const isStopLabel = (text: string): boolean => STOP.test(text);

/** A block never has more lines than this under its header (every line of FUND_LINE_NAMES). */
const MAX_ROWS = 14;

const AMOUNT_COLUMNS: FundColumn[] = ['initial', 'budget', 'actual'];

function matchLine(text: string, taken: Set<FundLineKey>): FundLineName | null {
  if (text.length > MAX_FUND_LABEL) return null;
  for (const def of FUND_LINE_NAMES) if (!taken.has(def.key) && def.pattern.test(text)) return def;
  return null;
}

function isFigure(cell: Cell): boolean {
  return parseCell(cell.value, cell.format).kind === 'number';
}

/**
 * The line's name as the form spells it (`当年财政拨款`, `本年财政拨款`, `一般公共预算`), without
 * the group heading or numbering before it (`资金来源：（1）财政拨款` -> `财政拨款`).
 */
function spelledName(def: FundLineName, label: string | null): string {
  if (label === null) return def.name;
  const own = label.replace(/^.*[:)]/, '');
  return own !== '' && own.length <= 16 && def.pattern.test(own) ? own : def.name;
}

function emptyLine(def: FundLineName, labelCell: Cell, label: string | null): FundLine {
  return {
    key: def.key,
    label: spelledName(def, label),
    labelCell,
    initial: null,
    budget: null,
    actual: null,
    weight: null,
    rate: null,
    score: null,
    stated: null,
  };
}

/** The figure of a `label:figure` cell, as a cell at the label's address. */
function statedCell(cell: Cell, figure: string): Cell {
  return { ...cell, value: figure, format: null, formula: false };
}

class BlockReader {
  readonly lines: FundLine[] = [];
  private readonly taken = new Set<FundLineKey>();
  readonly firstAmount: number;
  /** The block's columns, each with the key it is read as; and the key of each column index. */
  private readonly columns: [FundColumn, number][] = [];
  private readonly keyOfColumn: (FundColumn | undefined)[] = [];

  constructor(
    private readonly view: SheetView,
    readonly cols: Columns<FundColumn>,
  ) {
    const amounts = AMOUNT_COLUMNS.map((k) => cols[k]).filter((c): c is number => c !== undefined);
    this.firstAmount = Math.min(...amounts);
    for (const key of Object.keys(cols) as FundColumn[]) {
      const col = cols[key];
      if (col === undefined) continue;
      this.columns.push([key, col]);
      this.keyOfColumn[col] ??= key;
    }
  }

  private add(def: FundLineName, labelCell: Cell, label: string | null): FundLine {
    this.taken.add(def.key);
    const line = emptyLine(def, labelCell, label);
    this.lines.push(line);
    return line;
  }

  /** One row: every line whose label starts on it. True when the row held any line. */
  readRow(r: number): boolean {
    const view = this.view;
    const own: Cell[] = [];
    for (let c = 0; c < view.cols; c++) {
      // The cells that start on this row and hold something; no Cell built for the others.
      if (view.isOwner(r, c) && !view.isBlank(r, c)) own.push(view.cell(r, c));
    }
    let rowLine: FundLine | null = null;
    const sideCells = new Set<Cell>();
    let found = false;
    // Labels left of the amounts: the rightmost names the row's figures (a 其中 sub-label sits
    // right of its parent's merged label); each may carry its own figure instead.
    const left = own.filter((c) => c.col < this.firstAmount);
    for (let i = left.length - 1; i >= 0; i--) {
      const cell = left[i];
      const inline = splitLabelFigure(view.text(cell.row, cell.col));
      const label = inline ? inline.label : view.header(cell.row, cell.col);
      const def = matchLine(label, this.taken);
      if (!def) continue;
      const line = this.add(def, cell, label);
      found = true;
      if (inline) line.stated = statedCell(cell, inline.figure);
      else if (!rowLine) rowLine = line;
    }
    // Cells in the amount columns that are labels themselves: a second line side by side.
    for (let i = 0; i < own.length; i++) {
      const cell = own[i];
      // A number is a figure, never a label: most amount cells end here, unparsed.
      if (cell.col < this.firstAmount || typeof cell.value !== 'string') continue;
      const text = view.text(cell.row, cell.col);
      const inline = splitLabelFigure(text);
      const label = inline ? inline.label : normHeader(text);
      const def = matchLine(label, this.taken);
      if (!def) continue;
      sideCells.add(cell);
      const line = this.add(def, cell, label);
      found = true;
      if (inline) line.stated = statedCell(cell, inline.figure);
      else {
        const next = own[i + 1];
        if (next && isFigure(next)) {
          line.stated = next;
          sideCells.add(next);
        }
      }
    }
    if (rowLine) this.fillColumns(rowLine, r, sideCells);
    return found;
  }

  /** The row's figures by column, but never a cell that belongs to a side-by-side line. */
  fillColumns(line: FundLine, r: number, skip: Set<Cell>): void {
    for (const [key, col] of this.columns) {
      const cell = this.view.cell(r, col);
      if (cell.row !== r || skip.has(cell) || this.keyOfColumn[cell.col] !== key) continue;
      line[key] = cell;
    }
  }

  /**
   * A block whose one line has no label of its own (`部门预算执行情况` merged down beside the
   * header and its figures): the figures are the 年度资金总额.
   */
  readUnlabelled(r: number, labelCell: Cell | null): boolean {
    const total = FUND_LINE_NAMES[0];
    if (!labelCell || this.taken.has(total.key)) return false;
    const hasFigure = this.columns.some(([, col]) => !this.view.isBlank(r, col));
    if (!hasFigure) return false;
    const line = this.add(total, labelCell, null);
    this.fillColumns(line, r, new Set());
    return true;
  }
}

/** `项目资金（万元）`, `年度预算数（万元）`: a unit stated left of the amounts on the header row. */
function blockUnit(view: SheetView, row: number, firstAmount: number): MoneyUnit | null {
  for (const cell of view.rowCells(row, 0, firstAmount - 1)) {
    const bracket = /\((亿元|万元|元)\)/.exec(view.text(cell.row, cell.col));
    if (bracket) return moneyUnitFromText(bracket[1]);
  }
  return null;
}

export function readFundsBlock(
  view: SheetView,
  region: FormRegion,
  fromRow = region.top,
): FundsBlock | null {
  const header = findColumnsRow(
    view,
    region,
    FUND_COLUMNS,
    (c) => c.budget !== undefined && c.actual !== undefined,
    fromRow,
    '预算',
  );
  if (!header) return null;
  const reader = new BlockReader(view, header.cols);
  // The block's own label: the first text cell left of the amounts on the header row.
  const labelCell = view.firstTextCell(header.row, 0, reader.firstAmount - 1);
  const unit = blockUnit(view, header.row, reader.firstAmount);
  let lastRow = header.row;
  const end = Math.min(region.bottom, header.row + MAX_ROWS);
  for (let r = header.row + 1; r <= end; r++) {
    if (view.rowStartsText(r, isStopLabel)) break;
    const found =
      reader.readRow(r) || (r === header.row + 1 && reader.readUnlabelled(r, labelCell));
    if (found) lastRow = r;
  }
  return {
    headerRow: header.row,
    cols: header.cols,
    lines: reader.lines,
    unit,
    labelCell,
    lastRow,
  };
}
