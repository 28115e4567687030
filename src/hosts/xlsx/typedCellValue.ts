/**
 * A `<c>` element's text -> the core's CellValue, by the cell's type (`t`): a shared string's
 * index, inline or formula text, a boolean, an error, an ISO date or a number.
 */
import type { CellValue } from '../../core/grid';
import { dateToSerial } from './readCellValue';
import { decodeOoxmlEscapes } from './xmlScan';

export type CellType = 's' | 'str' | 'inlineStr' | 'b' | 'e' | 'd' | 'n';

/** `t="d"` cells hold ISO 8601 dates: the serial Excel shows for them. */
function isoDateSerial(text: string): number | null {
  return dateToSerial(new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`));
}

/** `raw` is the cell's text with its XML entities decoded; `strings` the shared strings. */
export function typedCellValue(type: CellType, raw: string, strings: readonly string[]): CellValue {
  switch (type) {
    case 's': {
      const text = strings[Number(raw)];
      return text === undefined ? null : text;
    }
    case 'str':
    case 'inlineStr':
      return decodeOoxmlEscapes(raw);
    case 'b':
      return raw.trim() === '1' || raw.trim() === 'true';
    case 'e':
      return raw.trim();
    case 'd':
      return isoDateSerial(raw.trim()) ?? raw;
    default: {
      if (raw.trim() === '') return null;
      const n = Number(raw);
      // A number cell holding something else: kept as text, for the core to flag.
      return Number.isFinite(n) ? n : raw;
    }
  }
}
