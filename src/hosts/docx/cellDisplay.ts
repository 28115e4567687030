/**
 * A worksheet cell as it prints: numbers in their number format (thousands separators, decimals,
 * percents) with exact decimals, 四舍五入; text as it is. Formats other than those of the forms
 * print the number plainly.
 */
import type { CellValue } from '../../core/grid';
import { amountText, decFromExcelNumber, fixedText, percentText } from '../../core/decimal';
import { formatInfo } from '../../core/numbers/formats';

export function cellDisplay(value: CellValue, format: string | null): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return '';
  const d = decFromExcelNumber(value);
  if (!format) return d.toString();
  const info = formatInfo(format);
  if (info.date) return d.toString();
  if (info.percent) return percentText(d, info.decimals ?? 0);
  if (info.decimals === null) return d.toString();
  return /#,##0|#,#/.test(format) ? amountText(d, info.decimals) : fixedText(d, info.decimals);
}
