/**
 * Amounts as the cross-sheet checks compare them: in 元, with the rounding each one may carry
 * and the cells it came from. Cells are re-read quietly: a cell that is not an amount was already
 * flagged by its own form's check, and simply takes no part here.
 */
import { Dec, ZERO, amountText } from '../decimal';
import type { Flag, RelatedCell } from '../flags';
import type { MoneyUnit } from '../forms/kinds';
import type { Cell, Form } from '../model';
import { parseCell } from '../numbers/parse';
import { convertMoney, isMoneyUnit } from '../numbers/units';
import { FLAG_TEXT } from '../../strings/flags';

/** A flag raised between forms, with the form whose sheet it points at (for its counts). */
export interface CrossFlag {
  form: Form;
  flag: Flag;
}

export interface Figure {
  /** The amount in 元. */
  yuan: Dec;
  /** How far (in 元) the true amount may lie from `yuan` because it was printed rounded. */
  tolerance: Dec;
  /** The cells it adds up, first the one a flag should point at. */
  cells: RelatedCell[];
}

const HALF = new Dec('0.5');

/**
 * Half of the last printed digit, in the amount's own unit. An amount in 元 is exact: the 分 is
 * the smallest sum there is, and units type 元 amounts to the 分. One in 万元 or 亿元 was rounded to
 * the digits it shows (0.01万元 -> up to 0.005万元 = 50元 either way).
 */
function roundingOf(unit: MoneyUnit, decimals: number): Dec {
  if (unit === 'yuan') return ZERO;
  return HALF.times(new Dec(10).pow(-decimals));
}

const tolerances = new Map<string, Dec>();

/** roundingOf in 元, once per unit and decimals: every 附件3 amount asks for the same few. */
function toleranceInYuan(unit: MoneyUnit, decimals: number): Dec {
  const key = `${unit}:${decimals}`;
  let d = tolerances.get(key);
  if (d === undefined) {
    d = convertMoney(roundingOf(unit, decimals), unit, 'yuan');
    if (tolerances.size < 256) tolerances.set(key, d);
  }
  return d;
}

/**
 * Figures already read, by cell: a form kept from the last evaluation (evaluateIncremental.ts)
 * keeps its cells, so an edit's cross-sheet checks parse only the edited form's amounts again.
 * Figures are never changed once made.
 */
const figures = new WeakMap<Cell, { sheet: string; unit: MoneyUnit; figure: Figure | null }>();

/** One cell as a Figure, or null when it is empty or not an amount. */
export function figureOf(cell: Cell | null, sheet: string, formUnit: MoneyUnit): Figure | null {
  if (!cell) return null;
  const known = figures.get(cell);
  if (known && known.sheet === sheet && known.unit === formUnit) return known.figure;
  const figure = readFigure(cell, sheet, formUnit);
  figures.set(cell, { sheet, unit: formUnit, figure });
  return figure;
}

function readFigure(cell: Cell, sheet: string, formUnit: MoneyUnit): Figure | null {
  const parsed = parseCell(cell.value, cell.format);
  if (parsed.kind !== 'number' || parsed.unit === 'percent') return null;
  const unit = isMoneyUnit(parsed.unit) ? parsed.unit : formUnit;
  // General format prints a number's own decimals; a fixed format prints its own count.
  const decimals = parsed.decimals ?? parsed.value.decimalPlaces();
  return {
    yuan: convertMoney(parsed.value, unit, 'yuan'),
    tolerance: toleranceInYuan(unit, decimals),
    cells: [{ sheet, address: cell.address }],
  };
}

/** The sum of the figures present; null when none is. */
export function sumFigures(figures: (Figure | null)[]): Figure | null {
  const present = figures.filter((f): f is Figure => f !== null);
  if (!present.length) return null;
  return {
    yuan: present.reduce((a, f) => a.plus(f.yuan), ZERO),
    tolerance: present.reduce((a, f) => a.plus(f.tolerance), ZERO),
    cells: present.flatMap((f) => f.cells),
  };
}

/**
 * A parent's figure, or its parts' sum where the parent was left empty or at 0 while the parts
 * hold figures (the per-form check flags that as PARENT_EMPTY and counts the parts too).
 */
export function parentOrParts(parent: Figure | null, parts: (Figure | null)[]): Figure | null {
  const sum = sumFigures(parts);
  if (sum === null || sum.yuan.isZero()) return parent;
  if (parent === null || parent.yuan.isZero()) return sum;
  return parent;
}

/** Do two figures agree, allowing for the rounding of both? */
export function agree(a: Figure, b: Figure): boolean {
  return a.yuan.minus(b.yuan).abs().lte(a.tolerance.plus(b.tolerance));
}

/** `7,554,995.22元`: cross-sheet messages name amounts in 元, the unit both sides convert to. */
export function yuanText(figure: Figure): string {
  return FLAG_TEXT.amountIn(amountText(figure.yuan), '元');
}

/** `附件2!F9`, or the first three cells a sum came from and how many there are. */
export function refText(figure: Figure): string {
  const shown = figure.cells
    .slice(0, 3)
    .map((c) => FLAG_TEXT.cellRef(c.sheet, c.address))
    .join('、');
  return figure.cells.length > 3 ? FLAG_TEXT.cellRefsMore(shown, figure.cells.length) : shown;
}
