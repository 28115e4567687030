/**
 * Number formats of BIFF8 cells: an XF record names a format index, a FORMAT record gives the
 * text of a custom one, the built-in indexes have fixed texts (the CJK date ones included, only
 * their being dates matters). General is null, as the .xlsx host gives it.
 */
const BUILT_IN: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  5: '"¥"#,##0;"¥"-#,##0',
  6: '"¥"#,##0;[Red]"¥"-#,##0',
  7: '"¥"#,##0.00;"¥"-#,##0.00',
  8: '"¥"#,##0.00;[Red]"¥"-#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'yyyy/m/d',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'yyyy/m/d h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mm:ss.0',
  48: '##0.0E+0',
  49: '@',
};

/** 27–36 and 50–58: the East Asian date and time formats. */
function builtInDate(index: number): string | null {
  if ((index >= 27 && index <= 36) || (index >= 50 && index <= 58)) return 'yyyy"年"m"月"d"日"';
  return null;
}

export function formatText(index: number, custom: Map<number, string>): string | null {
  if (index === 0) return null;
  const text = custom.get(index) ?? BUILT_IN[index] ?? builtInDate(index);
  if (text === undefined || text === null || /^general$/i.test(text)) return null;
  return text;
}
