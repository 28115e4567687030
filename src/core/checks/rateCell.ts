/** A printed rate against the computed one: flag a mismatch, rewrite the cell. */
import { Dec, exactPercentText, percentText } from '../decimal';
import type { Cell } from '../model';
import { normalizeCellText, parseCell } from '../numbers/parse';
import { rateAgrees, rateFormat, storedRate } from '../rules/rates';
import { FLAG_TEXT } from '../../strings/flags';
import type { FormContext } from './context';

export interface PrintedRate {
  value: Dec | null;
  decimals: number | null;
  text: string;
}

/** What the cell shows: `155%` (text or a 0% formatted 1.55), or nothing. */
export function printedRate(cell: Cell | null): PrintedRate | null {
  if (!cell || cell.value === null) return null;
  const parsed = parseCell(cell.value, cell.format);
  if (parsed.kind === 'empty') return null;
  if (parsed.kind === 'invalid') return { value: null, decimals: null, text: String(cell.value) };
  const text =
    typeof cell.value === 'string'
      ? normalizeCellText(cell.value)
      : parsed.unit === 'percent'
        ? percentText(parsed.value, parsed.decimals ?? 2)
        : String(cell.value);
  return { value: parsed.value, decimals: parsed.decimals, text };
}

/**
 * Check and rewrite one derived rate cell. `altBase` lets the caller say what a mismatching
 * printed rate was really computed against (附件3: 年初预算数). `base` is the divisor as read:
 * where it is missing (left blank, or unreadable) the printed rate cannot be checked and is not
 * the add-in's to clear; where it is 0 no rate exists and a printed one is wrong.
 */
export function checkRateCell(
  ctx: FormContext,
  cell: Cell | null,
  computed: Dec | null,
  what: string,
  base: Dec | null,
  altBase?: { rate: Dec | null },
): PrintedRate | null {
  if (!cell) return null;
  const places = ctx.settings.ratePrecision;
  const printed = printedRate(cell);
  if (computed === null && base === null) return printed;
  if (printed) {
    const agrees =
      printed.value !== null &&
      computed !== null &&
      rateAgrees(printed.value, computed, printed.decimals);
    if (agrees && printed.value !== null && computed !== null)
      flagRounded(ctx, cell, printed, computed, what);
    if (!agrees) {
      // Formatted only for a message: most printed rates agree.
      const expected = computed === null ? '' : percentText(computed, places);
      const values =
        computed === null ? { actual: printed.text } : { expected, actual: printed.text };
      if (cell.formula) ctx.flag('FORMULA_KEPT', cell, FLAG_TEXT.formulaKept(what), values);
      else if (
        altBase?.rate &&
        printed.value !== null &&
        rateAgrees(printed.value, altBase.rate, printed.decimals)
      ) {
        const message = FLAG_TEXT.rateWrongBase(
          printed.text,
          expected,
          percentText(altBase.rate, places),
        );
        ctx.flag('RATE_MISMATCH', cell, message, values);
      } else {
        // The exact rate, so 155% against 154.4996…% does not read as a rounding quibble.
        const message =
          computed === null
            ? FLAG_TEXT.rateMismatch(what, printed.text, '空')
            : FLAG_TEXT.rateMismatchExact(
                what,
                printed.text,
                exactPercentText(computed, places),
                expected,
              );
        ctx.flag('RATE_MISMATCH', cell, message, values);
      }
    }
  }
  if (computed === null) ctx.derive(cell, null);
  else ctx.derive(cell, storedRate(computed, places), rateFormat(places));
  return printed;
}

/**
 * A rate printed right, but with fewer decimals than the setting where those hide digits (94% for
 * 94.12%; not 100% for 100.00%).
 */
function flagRounded(
  ctx: FormContext,
  cell: Cell,
  printed: PrintedRate,
  computed: Dec,
  what: string,
): void {
  const places = ctx.settings.ratePrecision;
  if (printed.decimals === null || printed.decimals >= places || printed.value === null) return;
  if (rateAgrees(printed.value, computed, places)) return;
  const expected = percentText(computed, places);
  const message = FLAG_TEXT.rateRounded(
    what,
    printed.text,
    exactPercentText(computed, places),
    expected,
  );
  ctx.flag('RATE_ROUNDED', cell, message, {
    expected,
    actual: printed.text,
  });
}

/** Rates printed at different precisions within one form. */
export function checkRatePrecision(
  ctx: FormContext,
  printed: { cell: Cell; rate: PrintedRate }[],
): void {
  const shown = printed.filter((p) => p.rate.value !== null);
  const precisions = new Set(shown.map((p) => p.rate.decimals ?? -1));
  if (precisions.size <= 1) return;
  const list = shown.map((p) => p.rate.text).join('、');
  ctx.flag('RATE_PRECISION', shown[0].cell, FLAG_TEXT.ratePrecision(list), { actual: list });
}
