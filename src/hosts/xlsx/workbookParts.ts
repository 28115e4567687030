/** The shared strings and the cell number formats of a workbook package. */
import { findEntry } from './zipRead';
import type { ReadBudget } from './readLimits';
import { partText, scanPart, scanText } from './scanPart';
import { attribute, decodeOoxmlEscapes, decodeXmlText } from './xmlScan';
import type { WorkbookPackage } from './workbookPackage';
import { PackageError } from './packageError';

/** Excel's built-in number formats (ECMA-376 18.8.30), with the zh-CN dates of ids 27–58. */
export const BUILTIN_FORMATS: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午 h"时"mm"分"',
  35: '上午/下午 h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午 h"时"mm"分"',
  56: '上午/下午 h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** The number format of each cell style (`s` index); null for General. */
export function readCellFormats(pkg: WorkbookPackage, budget: ReadBudget): (string | null)[] {
  const entry = pkg.stylesPart ? findEntry(pkg.zip, pkg.stylesPart) : null;
  if (!entry) return [];
  const text = partText(pkg.zip, entry, budget.limits.smallPartBytes, budget);
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  scanText(text, {
    open(name, attrs, selfClosing) {
      if (name === 'numFmt') {
        const id = Number(attribute(attrs, 'numFmtId'));
        const code = attribute(attrs, 'formatCode');
        if (Number.isInteger(id) && code !== null) custom.set(id, code);
      } else if (name === 'cellXfs') inCellXfs = !selfClosing;
      else if (name === 'xf' && inCellXfs)
        xfFormats.push(Number(attribute(attrs, 'numFmtId') ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  // General (id 0) reads as no format, as the core expects.
  return xfFormats.map((id) => (id ? (custom.get(id) ?? BUILTIN_FORMATS[id] ?? null) : null));
}

/** The shared string table: each item's text, its phonetic runs (rPh) left out. */
export async function readSharedStrings(
  pkg: WorkbookPackage,
  budget: ReadBudget,
): Promise<string[]> {
  const entry = pkg.sharedStringsPart ? findEntry(pkg.zip, pkg.sharedStringsPart) : null;
  if (!entry) return [];
  const strings: string[] = [];
  let pieces: string[] = [];
  let length = 0;
  let inText = false;
  let phonetic = 0;
  await scanPart(
    pkg.zip,
    entry,
    budget.limits.sharedStringsBytes,
    {
      open(name, _attrs, selfClosing) {
        if (name === 'si') {
          pieces = [];
          length = 0;
        } else if (name === 'rPh' && !selfClosing) phonetic += 1;
        else if (name === 't' && phonetic === 0 && !selfClosing) inText = true;
      },
      close(name) {
        if (name === 't') inText = false;
        else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
        else if (name === 'si') strings.push(decodeOoxmlEscapes(decodeXmlText(pieces.join(''))));
      },
      text(raw) {
        if (!inText) return;
        length += raw.length;
        if (length > budget.limits.cellText) throw new PackageError('too-large', 'shared string');
        pieces.push(raw);
      },
    },
    budget,
  );
  return strings;
}
