/**
 * The one Decimal constructor of the project: 四舍五入 (ROUND_HALF_UP). 24 significant digits hold
 * any amount exactly (元 to the trillion with 分) and every rate far past the 2 decimals shown.
 */
import DecimalBase from 'decimal.js';

const PRECISION = 24;

export const Dec = DecimalBase.clone({
  precision: PRECISION,
  rounding: DecimalBase.ROUND_HALF_UP,
  // Plain notation always, so toString() never prints an exponent (even for 1.5e50 typed in).
  toExpNeg: -9e15,
  toExpPos: 9e15,
});
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);
export const HUNDRED = new Dec(100);

/**
 * The fractional figures met so far (2.88, 0.95, 95.5), each parsed once: a workbook repeats its
 * scores and rates on every sheet, and a Decimal is immutable, so one instance serves them all.
 */
const FRACTIONS = new Map<number, Dec>();
const FRACTIONS_LIMIT = 4096;

/**
 * An Excel number to a Decimal. Excel keeps 15 significant digits, so anything beyond is binary
 * noise from a cached formula result (0.1 + 0.2) and is dropped.
 */
export function decFromExcelNumber(n: number): Dec {
  if (n === 0) return ZERO;
  // Integers and short decimals print exactly; only longer ones need trimming to 15 digits.
  if (Number.isSafeInteger(n)) return decFromInteger(n);
  const seen = FRACTIONS.get(n);
  if (seen !== undefined) return seen;
  const shortest = String(n);
  const d = new Dec(
    shortest.length <= 16 && !shortest.includes('e') ? shortest : n.toPrecision(15),
  );
  // Bounded: a workbook of distinct amounts starts the table afresh rather than growing it.
  if (FRACTIONS.size >= FRACTIONS_LIMIT) FRACTIONS.clear();
  FRACTIONS.set(n, d);
  return d;
}

/**
 * Decimals are immutable, so the small whole numbers every form is full of (weights, scores,
 * counts) can share one instance each instead of allocating a new one per cell.
 */
const SMALL_INTEGERS: (Dec | undefined)[] = [];
const SMALL_LIMIT = 1024;

/** A safe integer as a Decimal; 0 to 1023 shared. */
export function decFromInteger(n: number): Dec {
  if (n < 0 || n >= SMALL_LIMIT) return new Dec(n);
  return (SMALL_INTEGERS[n] ??= new Dec(n));
}

/**
 * Digits as the quantity rules and the number parser find them (`150`, `2.88`); whole numbers of
 * up to 15 digits are exact as JS integers and take the integer path.
 */
export function decFromDigits(digits: string): Dec {
  if (digits.length <= 15 && /^\d+$/.test(digits)) return decFromInteger(Number(digits));
  return new Dec(digits);
}

/** Round a Decimal to `places` decimal places, 四舍五入. */
export function roundTo(d: Dec, places: number): Dec {
  // Already that short (a whole weight, a 2-decimal score): rounding would only copy it.
  if (d.isFinite() && d.decimalPlaces() <= places) return d;
  return d.toDecimalPlaces(places, Dec.ROUND_HALF_UP);
}

/** A Decimal as the plain decimal string the JSON output and messages use (no exponent). */
export function decString(d: Dec): string {
  return d.toString();
}

/** A Decimal with exactly `places` decimals, 四舍五入: (1.5, 2) -> "1.50". */
export function fixedText(d: Dec, places: number): string {
  const s = roundTo(d, places).toString();
  if (places <= 0) return s;
  const dot = s.indexOf('.');
  const have = dot < 0 ? 0 : s.length - dot - 1;
  return (dot < 0 ? `${s}.` : s) + '0'.repeat(places - have);
}

/** A fraction as a percent text at `places` decimals: 1.545 -> "154.50%". */
export function percentText(fraction: Dec, places: number): string {
  return `${fixedText(fraction.times(HUNDRED), places)}%`;
}

/**
 * The exact percent, to show what a printed rate should have rounded from: 1.5449960… ->
 * "154.4996…%" (two more decimals than `places`, cut, with an ellipsis where digits were cut); a
 * rate exact at `places` is printed as percentText prints it.
 */
export function exactPercentText(fraction: Dec, places: number): string {
  const percent = fraction.times(HUNDRED);
  if (percent.decimalPlaces() <= places) return percentText(fraction, places);
  const shown = percent.toDecimalPlaces(places + 2, Dec.ROUND_DOWN);
  return `${fixedText(shown, places + 2)}${shown.eq(percent) ? '' : '…'}%`;
}

/** A Decimal as a JS number, for a cell value only (never for arithmetic). */
export function toCellNumber(d: Dec): number {
  return d.toNumber();
}

/** `4889977` -> `4,889,977`, in linear time (a lookahead regex is quadratic in the digits). */
function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3;
  const groups = [digits.slice(0, head)];
  for (let at = head; at < digits.length; at += 3) groups.push(digits.slice(at, at + 3));
  return groups.join(',');
}

/** An amount as accountants print it: 4889977 -> "4,889,977.00" (exact, 四舍五入). */
export function amountText(d: Dec, places = 2): string {
  const [int, frac] = fixedText(d, places).split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = sign ? int.slice(1) : int;
  const grouped = groupThousands(digits);
  return frac === undefined ? `${sign}${grouped}` : `${sign}${grouped}.${frac}`;
}

const constants = new Map<string, Dec>();

/** A setting's decimal string as a Decimal, parsed once (thresholds are compared per row). */
export function decConst(text: string): Dec {
  let d = constants.get(text);
  if (d === undefined) {
    d = new Dec(text);
    if (constants.size < 256) constants.set(text, d);
  }
  return d;
}

/**
 * a.comparedTo(b) (-1, 0, 1; NaN with a NaN) without the copy of `b` decimal.js makes on every
 * comparison: the indicator checks compare tens of thousands of figures per evaluation. Reads
 * the documented sign, exponent and base-1e7 digit fields of two finite non-zero Decimals the
 * way comparedTo does; ±Infinity, NaN and exponents out of range are left to it.
 */
export function compare(a: Dec, b: Dec): number {
  if (!a.isFinite() || !b.isFinite()) return a.comparedTo(b);
  if (b.e > Dec.maxE || b.e < Dec.minE) return a.comparedTo(b);
  if (a.isZero() || b.isZero()) return !a.isZero() ? a.s : !b.isZero() ? -b.s : 0;
  const neg = a.s < 0;
  if (a.s !== b.s) return a.s;
  if (a.e !== b.e) return a.e > b.e !== neg ? 1 : -1;
  const ad = a.d;
  const bd = b.d;
  const n = Math.min(ad.length, bd.length);
  for (let i = 0; i < n; i++) if (ad[i] !== bd[i]) return ad[i] > bd[i] !== neg ? 1 : -1;
  if (ad.length === bd.length) return 0;
  return ad.length > bd.length !== neg ? 1 : -1;
}

/**
 * Σ of the values present, as 0 + v₁ + v₂ + … at the precision; null when none is. The `0 +`
 * is skipped for a first value it would leave unchanged (finite, non-zero, within the
 * precision): it only copied it, and every 二级 of every form sums its rows.
 */
export function sumPresent(values: readonly (Dec | null)[]): Dec | null {
  let total: Dec | null = null;
  for (const v of values) {
    if (v === null) continue;
    if (total !== null) total = total.plus(v);
    else if (v.isFinite() && !v.isZero() && v.precision() <= PRECISION) total = v;
    else total = ZERO.plus(v);
  }
  return total;
}
