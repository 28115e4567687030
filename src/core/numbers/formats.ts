/** Reading Excel number formats: is it a date, a percent, and how many decimals it prints. */

const significantCache = new Map<string, string>();

/** Strip quoted literals, escapes and colour/condition brackets, which can hold any letter. */
function significantPart(format: string): string {
  let part = significantCache.get(format);
  if (part === undefined) {
    part = stripLiterals(format);
    // A workbook has a handful of formats; the cap only guards against a pathological one.
    if (significantCache.size < 1000) significantCache.set(format, part);
  }
  return part;
}

function stripLiterals(format: string): string {
  const first = format.split(';')[0];
  return first
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_./g, '')
    .replace(/\*./g, '');
}

/** Excel's General, as English and Chinese Excel write it (`General`, `G/通用格式`). */
function isGeneral(format: string): boolean {
  return /^(?:general|g\/通用格式)$/i.test(significantPart(format).trim());
}

export function isDateFormat(format: string): boolean {
  if (isGeneral(format)) return false;
  const f = significantPart(format);
  return /[ymdhs]/i.test(f) || /[年月日]/.test(f);
}

export function isPercentFormat(format: string): boolean {
  return significantPart(format).includes('%');
}

export interface FormatInfo {
  date: boolean;
  percent: boolean;
  decimals: number | null;
}

const infoCache = new Map<string, FormatInfo>();

/** All three readings of a format at once, cached: every number cell of a form asks for them. */
export function formatInfo(format: string): FormatInfo {
  let info = infoCache.get(format);
  if (info === undefined) {
    info = {
      date: isDateFormat(format),
      percent: isPercentFormat(format),
      decimals: formatDecimals(format),
    };
    if (infoCache.size < 1000) infoCache.set(format, info);
  }
  return info;
}

/** Decimal places the format prints (`0.00%` -> 2, `#,##0` -> 0); null for General. */
export function formatDecimals(format: string): number | null {
  if (isGeneral(format) || format.trim() === '@') return null;
  const m = /\.([0#?]+)/.exec(significantPart(format));
  return m ? m[1].length : 0;
}
