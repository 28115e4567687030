/** Display of the summary's decimal strings, through the core's Decimal (no binary floats). */
import { amountText, Dec, percentText } from '../../core/decimal';
import { PANE_TEXT } from '../../strings/pane';

/** "1.545" -> "154.50%"; null -> "—". */
export function rateText(fraction: string | null | undefined, places = 2): string {
  if (fraction === null || fraction === undefined || fraction === '') return PANE_TEXT.none;
  return percentText(new Dec(fraction), places);
}

/** "4889977" -> "4,889,977.00"; null -> "—". */
export function moneyText(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return PANE_TEXT.none;
  return amountText(new Dec(value));
}

/** Scores and weights as the accountant typed them ("28", "1.27"); null -> "—". */
export function pointsText(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return PANE_TEXT.none;
  return new Dec(value).toString();
}

/** A deviation with its sign: "0.8726" -> "+87.26%", "-0.12" -> "-12.00%", "0" -> "0.00%". */
export function signedRateText(fraction: string | null | undefined, places = 2): string {
  if (fraction === null || fraction === undefined || fraction === '') return PANE_TEXT.none;
  const d = new Dec(fraction);
  return `${d.gt(0) ? '+' : ''}${percentText(d, places)}`;
}
