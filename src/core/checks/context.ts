/**
 * What a form check reads and produces: parsed cells (each parsed and flagged once), flags and
 * derived-cell writes (only where the value changes; a formula is never overwritten).
 */
import { Dec, decFromExcelNumber, percentText, toCellNumber } from '../decimal';
import { makeFlag } from '../flags';
import type { FlagCode, Flag, FlagValues } from '../flags';
import type { MoneyUnit } from '../forms/kinds';
import type { Cell } from '../model';
import { normalizeCellText, parseCell } from '../numbers/parse';
import { MONEY_UNIT_TEXT, convertMoney, isMoneyUnit } from '../numbers/units';
import type { Settings } from '../settings';
import type { CellWrite } from '../writes';
import { FLAG_TEXT } from '../../strings/flags';

export interface CheckOutput {
  flags: Flag[];
  writes: CellWrite[];
}

export class FormContext {
  private readonly numbers = new Map<string, Dec | null>();
  /** Derived cells already written: a cell is written once per evaluation. */
  private readonly written = new Set<string>();

  constructor(
    readonly sheet: string,
    readonly unit: MoneyUnit,
    readonly settings: Settings,
    readonly out: CheckOutput,
    /** The accountant's cells: never written, whatever a merge makes them share. */
    private readonly isInput: (cell: Cell) => boolean = () => false,
    /**
     * Build what only the summary's level tree shows (each row's figures, each level's band):
     * set where that tree is built, when read (checks/scored.ts), not for every evaluation.
     */
    readonly detail = false,
  ) {}

  flag(code: FlagCode, at: Cell | string, message: string, values: FlagValues = {}): void {
    const address = typeof at === 'string' ? at : at.address;
    this.out.flags.push(makeFlag(code, this.sheet, address, message, values));
  }

  /** An amount in the form's money unit; flags what is not one. */
  amount(cell: Cell | null, what: string): Dec | null {
    return this.read(cell, what, true);
  }

  /** A plain figure (staff count, weight, score); `9分`, `17人` accepted. */
  figure(cell: Cell | null, what: string): Dec | null {
    return this.read(cell, what, false);
  }

  private read(cell: Cell | null, what: string, money: boolean): Dec | null {
    if (!cell) return null;
    const cached = this.numbers.get(cell.address);
    if (cached !== undefined) return cached;
    let value = cell.value;
    if (!money && typeof value === 'string')
      value = normalizeCellText(value).replace(/[分人个名]$/, '');
    const parsed = parseCell(value, cell.format);
    let result: Dec | null = null;
    if (parsed.kind === 'invalid') {
      const raw = rawText(cell);
      const message =
        parsed.reason === 'date'
          ? FLAG_TEXT.notANumberDate(what)
          : parsed.reason === 'error'
            ? FLAG_TEXT.notANumberError(what, raw)
            : FLAG_TEXT.notANumber(what, raw);
      this.flag('NOT_A_NUMBER', cell, message, { actual: raw });
    } else if (parsed.kind === 'number') {
      if (parsed.unit === 'percent') {
        // `95%` typed is 0.95 with a percent format in Excel: say it as the accountant sees it.
        const raw = displayedText(cell, parsed.decimals);
        if (money) {
          const expected = MONEY_UNIT_TEXT[this.unit];
          this.flag('UNIT_MISMATCH', cell, FLAG_TEXT.moneyUnitMismatch(what, raw, expected), {
            expected,
            actual: raw,
          });
        } else this.flag('UNIT_MISMATCH', cell, FLAG_TEXT.unitMismatch(what, raw), { actual: raw });
      } else if (money && isMoneyUnit(parsed.unit)) {
        // Read in the form's unit (so the sums still hold), but `262.08万元` typed in a 元 form
        // is a unit the form does not print its amounts in: say what was typed and expected.
        result = convertMoney(parsed.value, parsed.unit, this.unit);
        if (parsed.unit !== this.unit) {
          const raw = rawText(cell);
          const expected = MONEY_UNIT_TEXT[this.unit];
          this.flag('UNIT_MISMATCH', cell, FLAG_TEXT.moneyUnitMismatch(what, raw, expected), {
            expected,
            actual: raw,
          });
        }
      } else if (!money && isMoneyUnit(parsed.unit)) {
        const raw = rawText(cell);
        this.flag('UNIT_MISMATCH', cell, FLAG_TEXT.unitMismatch(what, raw), { actual: raw });
      } else result = parsed.value;
      // Negative scores and weights are their checks' business (SCORE_NEGATIVE, WEIGHT_SUM).
      if (money && result !== null && result.isNegative() && !result.isZero()) {
        const actual = rawText(cell);
        this.flag('NEGATIVE_AMOUNT', cell, FLAG_TEXT.negativeAmount(what), { actual });
      }
    }
    this.numbers.set(cell.address, result);
    return result;
  }

  /** Fill a suggested score, only into a truly EMPTY cell (DESIGN: 填入建议得分). */
  fillEmpty(cell: Cell | null, value: Dec): boolean {
    if (!cell || cell.formula || this.written.has(cell.address)) return false;
    if (cell.value !== null && !(typeof cell.value === 'string' && cell.value.trim() === ''))
      return false;
    this.written.add(cell.address);
    this.out.writes.push({
      sheet: this.sheet,
      row: cell.row,
      col: cell.col,
      address: cell.address,
      value: toCellNumber(value),
    });
    return true;
  }

  /** Rewrite a derived cell when its value (or format) differs; never over a formula. */
  derive(cell: Cell | null, value: Dec | string | null, numberFormat?: string): void {
    if (!cell || cell.formula || this.written.has(cell.address)) return;
    this.written.add(cell.address);
    if (sameValue(cell, value) && (numberFormat === undefined || cell.format === numberFormat))
      return;
    // A derived cell merged with an input is the input: never written.
    if (this.isInput(cell)) return;
    const write: CellWrite = {
      sheet: this.sheet,
      row: cell.row,
      col: cell.col,
      address: cell.address,
      value: value === null ? null : typeof value === 'string' ? value : toCellNumber(value),
    };
    if (numberFormat !== undefined && value !== null) write.numberFormat = numberFormat;
    this.out.writes.push(write);
  }
}

/** The cell as typed, for a flag's message: built only when there is a flag. */
function rawText(cell: Cell): string {
  return cell.value === null ? '' : String(cell.value);
}

/** A percent as the sheet shows it: 0.95 in a `0%` cell is `95%`; a typed text as typed. */
function displayedText(cell: Cell, decimals: number | null): string {
  if (typeof cell.value !== 'number' || !Number.isFinite(cell.value)) return rawText(cell);
  return percentText(decFromExcelNumber(cell.value), decimals ?? 0);
}

function sameValue(cell: Cell, value: Dec | string | null): boolean {
  const current = cell.value;
  if (value === null)
    return current === null || (typeof current === 'string' && current.trim() === '');
  if (typeof value === 'string')
    return typeof current === 'string' && normalizeCellText(current) === value;
  return (
    typeof current === 'number' && Number.isFinite(current) && decFromExcelNumber(current).eq(value)
  );
}
