/** ExcelApi requirement-set levels, compared as `1.n`. */

function minor(version: string): number {
  const m = /^1\.(\d+)$/.exec(version.trim());
  return m ? Number(m[1]) : Number.NaN;
}

/** Does a host at `level` support `required`? Unknown version strings are unsupported. */
export function supports(level: string, required: string): boolean {
  const have = minor(level);
  const need = minor(required);
  return Number.isFinite(have) && Number.isFinite(need) && need <= have;
}

export const LATEST_EXCEL_API = '1.20';
