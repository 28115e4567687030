/**
 * parseCell, normalizeCellText and the number-format readers: an Excel number with its format,
 * or text as an accountant types or pastes it, to { kind, value (decimal string), unit, decimals }.
 */
import { formatDecimals, isDateFormat, isPercentFormat } from '../../src/core/numbers/formats';
import { normalizeCellText } from '../../src/core/numbers/parse';
import { empty, invalid, num, parsed } from './fixtures/parsed';

describe('number formats', () => {
  // [format, is a date, is a percent, decimals printed (null = General)]
  const table: [string, boolean, boolean, number | null][] = [
    ['0%', false, true, 0],
    ['0.0%', false, true, 1],
    ['0.00%', false, true, 2],
    ['#,##0.00%', false, true, 2],
    ['#,##0.00', false, false, 2],
    ['#,##0', false, false, 0],
    ['0.0#', false, false, 2],
    ['yyyy-mm-dd', true, false, 0],
    ['m/d/yyyy', true, false, 0],
    ['[$-804]yyyy"年"m"月"d"日"', true, false, 0],
    ['yyyy年m月d日', true, false, 0],
    ['[$-F800]dddd, mmmm dd, yyyy', true, false, 0],
    ['h:mm', true, false, 0],
    ['General', false, false, null],
    ['general', false, false, null],
    ['G/通用格式', false, false, null],
    ['[Red]General', false, false, null],
    ['@', false, false, null],
    ['#,##0.00"元"', false, false, 2],
    ['0"人"', false, false, 0],
    ['0.00"days"', false, false, 2],
    ['[Red]0.00', false, false, 2],
    ['0.00_);(0.00)', false, false, 2],
    ['#,##0.00;[Red]-#,##0.00', false, false, 2],
    ['_ ¥* #,##0.00_ ;_ ¥* -#,##0.00_ ;_ ¥* "-"??_ ;_ @_ ', false, false, 2],
    ['0.00E+00', false, false, 2],
  ];
  it.each(table)('%s: date %s, percent %s, %s decimals', (format, date, percent, decimals) => {
    expect(isDateFormat(format)).toBe(date);
    expect(isPercentFormat(format)).toBe(percent);
    if (!date) expect(formatDecimals(format)).toBe(decimals);
  });
});

describe('parseCell: Excel numbers with their format', () => {
  it('a percent format keeps the fraction and the printed decimals', () => {
    // 7554995.22 / 4889977.00 = 1.544996… cached by Excel, shown as 155% under 0%.
    expect(parsed(1.545, '0%')).toEqual(num('1.545', 'percent', 0));
    expect(parsed(1.167, '0.0%')).toEqual(num('1.167', 'percent', 1));
    expect(parsed(0.9412, '0.00%')).toEqual(num('0.9412', 'percent', 2));
  });

  it('an amount format gives its decimals; no format gives none', () => {
    expect(parsed(4889977, '#,##0.00')).toEqual(num('4889977', null, 2));
    expect(parsed(262.08, '0.00')).toEqual(num('262.08', null, 2));
    expect(parsed(262.08)).toEqual(num('262.08', null, null));
    expect(parsed(262.08, 'General')).toEqual(num('262.08', null, null));
    expect(parsed(262.08, 'G/通用格式')).toEqual(num('262.08', null, null));
    expect(parsed(12, '0"人"')).toEqual(num('12', null, 0));
  });

  it('a serial number under a date format is a date, under General a number', () => {
    // 44256 = 2021-03-01.
    for (const f of ['yyyy-mm-dd', 'm/d/yyyy', '[$-804]yyyy"年"m"月"d"日"', 'yyyy年m月d日']) {
      expect(parsed(44256, f)).toEqual(invalid('date'));
    }
    expect(parsed(44256, 'General')).toEqual(num('44256', null, null));
    expect(parsed(44256)).toEqual(num('44256', null, null));
  });

  it('binary noise past 15 digits is dropped; -0 is 0', () => {
    expect(parsed(0.1 + 0.2)).toEqual(num('0.3'));
    expect(parsed(1.005)).toEqual(num('1.005'));
    expect(parsed(-0)).toEqual(num('0'));
    expect(parsed(-5)).toEqual(num('-5'));
  });

  it('NaN and ±Infinity are errors, booleans are booleans', () => {
    expect(parsed(NaN)).toEqual(invalid('error'));
    expect(parsed(Infinity, '0.00')).toEqual(invalid('error'));
    expect(parsed(-Infinity)).toEqual(invalid('error'));
    expect(parsed(true)).toEqual(invalid('boolean'));
    expect(parsed(false)).toEqual(invalid('boolean'));
  });
});

describe('parseCell: numbers typed as text', () => {
  it('reads units: 元, 万元 / 万, 亿元 / 亿, %, ‰', () => {
    expect(parsed('1,000元')).toEqual(num('1000', 'yuan', 0));
    expect(parsed('262.08万元')).toEqual(num('262.08', 'wan', 2));
    expect(parsed('1.2万')).toEqual(num('1.2', 'wan', 1));
    expect(parsed('1.2亿元')).toEqual(num('1.2', 'yi', 1));
    expect(parsed('3亿')).toEqual(num('3', 'yi', 0));
    expect(parsed('116.7%')).toEqual(num('1.167', 'percent', 1));
    expect(parsed('50 %')).toEqual(num('0.5', 'percent', 0));
  });

  it('a per-mille counts its decimals as a percent figure (1.5‰ = 0.15%)', () => {
    expect(parsed('1.5‰')).toEqual(num('0.0015', 'percent', 2));
    expect(parsed('5‰')).toEqual(num('0.005', 'percent', 1));
  });

  it('folds full-width digits, signs and separators', () => {
    expect(parsed('２６２．０８')).toEqual(num('262.08', null, 2));
    expect(parsed('１５５％')).toEqual(num('1.55', 'percent', 0));
    expect(parsed('－５')).toEqual(num('-5', null, 0));
    expect(parsed('１２３，４５６．７８')).toEqual(num('123456.78', null, 2));
    expect(parsed('￥1,000')).toEqual(num('1000', null, 0));
  });

  it('accepts thousands separators only between groups of three digits', () => {
    expect(parsed('4,889,977.00')).toEqual(num('4889977', null, 2));
    expect(parsed('1,234,567')).toEqual(num('1234567', null, 0));
    expect(parsed('12 345')).toEqual(num('12345', null, 0));
    expect(parsed('  1 234 567.89  ')).toEqual(num('1234567.89', null, 2));
    // Ambiguous: a decimal comma, a typo, or two numbers.
    expect(parsed('1,23')).toEqual(invalid('text'));
    expect(parsed('1,2345')).toEqual(invalid('text'));
    expect(parsed('12,34,567')).toEqual(invalid('text'));
    expect(parsed('0.123,456')).toEqual(invalid('text'));
    expect(parsed('1 2')).toEqual(invalid('text'));
    expect(parsed('1,234 567')).toEqual(invalid('text'));
  });

  it('reads signs and accounting brackets', () => {
    expect(parsed('-5')).toEqual(num('-5', null, 0));
    expect(parsed('+5')).toEqual(num('5', null, 0));
    expect(parsed('- 5')).toEqual(num('-5', null, 0));
    expect(parsed('(1,234.50)')).toEqual(num('-1234.5', null, 2));
    expect(parsed('--5')).toEqual(invalid('text'));
    expect(parsed('(-5)')).toEqual(invalid('text'));
    expect(parsed('5-')).toEqual(invalid('text'));
  });

  it('reads ¥ as the yuan sign, but not $', () => {
    expect(parsed('¥1,000')).toEqual(num('1000', null, 0));
    expect(parsed('¥ 100')).toEqual(num('100', null, 0));
    expect(parsed('$1,000')).toEqual(invalid('text'));
  });

  it('reads exponents without decimals, and refuses an overflow', () => {
    expect(parsed('1e3')).toEqual(num('1000', null, null));
    expect(parsed('1E3')).toEqual(num('1000', null, null));
    expect(parsed('1e-3')).toEqual(num('0.001', null, null));
    expect(parsed('1e99999999999999999')).toEqual(invalid('text'));
  });

  it('keeps every digit of a long figure (decimal, not binary)', () => {
    expect(parsed('12345678901234567890.12')).toEqual(num('12345678901234567890.12', null, 2));
    expect(parsed('0.1')).toEqual(num('0.1', null, 1));
    expect(parsed('.5')).toEqual(num('0.5', null, 1));
  });

  it('empties, placeholders, errors, dates and words', () => {
    expect(parsed('')).toEqual(empty);
    expect(parsed('不适用')).toEqual(empty);
    expect(parsed('...')).toEqual(empty);
    expect(parsed('#NAME?')).toEqual(invalid('error'));
    expect(parsed('#div/0!')).toEqual(invalid('error'));
    expect(parsed('2021/3/1')).toEqual(invalid('date'));
    expect(parsed('2021.3.1')).toEqual(invalid('date'));
    expect(parsed('2021年3月')).toEqual(invalid('date'));
    expect(parsed('NaN')).toEqual(invalid('text'));
    expect(parsed('Infinity')).toEqual(invalid('text'));
    expect(parsed('0x10')).toEqual(invalid('text'));
    expect(parsed('1、234')).toEqual(invalid('text'));
  });
});

describe('normalizeCellText', () => {
  it('folds full-width text and U+3000, trims and collapses whitespace', () => {
    expect(normalizeCellText('２６２．０８')).toBe('262.08');
    expect(normalizeCellText('Ａ\u3000\u3000Ｂ')).toBe('A B');
    expect(normalizeCellText(' \u3000')).toBe('');
    expect(normalizeCellText('\t优\r\n')).toBe('优');
  });

  it('turns NBSP into a space and drops zero-width characters', () => {
    expect(normalizeCellText('\u00a0262.08\u00a0')).toBe('262.08');
    expect(normalizeCellText('2\u200b62.08')).toBe('262.08');
    expect(normalizeCellText('\ufeff优\u200d')).toBe('优');
    expect(normalizeCellText('a\u00a0b\u2060c')).toBe('a bc');
  });
});
