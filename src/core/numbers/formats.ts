/** Reading Excel number formats: is it a date, a percent, and how many decimals it prints. */

/** Strip quoted literals, escapes and colour/condition brackets, which can hold any letter. */
function significantPart(format: string): string {
  const first = format.split(';')[0];
  return first
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_./g, '')
    .replace(/\*./g, '');
}

export function isDateFormat(format: string): boolean {
  if (/^general$/i.test(format.trim())) return false;
  const f = significantPart(format);
  return /[ymdhs]/i.test(f) || /[年月日]/.test(f);
}

export function isPercentFormat(format: string): boolean {
  return significantPart(format).includes('%');
}

/** Decimal places the format prints (`0.00%` -> 2, `#,##0` -> 0); null for General. */
export function formatDecimals(format: string): number | null {
  if (/^general$/i.test(format.trim()) || format.trim() === '@') return null;
  const m = /\.([0#?]+)/.exec(significantPart(format));
  return m ? m[1].length : 0;
}
