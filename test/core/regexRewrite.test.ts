/**
 * The regexes rewritten without lookbehind (a SyntaxError in IE11 and Safari < 16.4) match as
 * the lookbehind versions did: the direction words of rules/quantity.ts, the thousands
 * separators of numbers/parse.ts, and sheet names quoted by hosts/excel/addresses.ts.
 */
import { parseQuantity } from '../../src/core/rules/quantity';
import { parseCell } from '../../src/core/numbers/parse';
import { quoteSheetName } from '../../src/hosts/excel/addresses';

const direction = (text: string) => parseQuantity(text)?.direction;

describe('quantity direction words without lookbehind', () => {
  it.each([
    ['不超过100万元', 'reverse'],
    ['未超过100万元', 'reverse'],
    ['支出未超过100万元', 'reverse'],
    ['超过95%', 'positive'],
    ['办结率超过95%', 'positive'],
    ['不大于5%', 'reverse'],
    ['差错率不大于5%', 'reverse'],
    ['大于90%', 'positive'],
    ['满意度大于90%', 'positive'],
    ['低于5%', 'reverse'],
    ['投诉率低于5%', 'reverse'],
    ['小于5%', 'reverse'],
    ['少于3次', 'reverse'],
    ['不低于90%', 'positive'],
    ['不小于90%', 'positive'],
    ['不少于10个', 'positive'],
    ['成本控制在100万元', 'reverse'],
    ['次数10次', null],
  ])('%s -> %s', (text, expected) => {
    expect(direction(text)).toBe(expected);
  });

  it('超过 and 大于 at the start of the text, after a line break, after a space', () => {
    expect(direction('超过10个')).toBe('positive');
    expect(direction('大于10个')).toBe('positive');
    expect(direction('项目\n超过10个')).toBe('positive');
    expect(direction('项目 大于10个')).toBe('positive');
    expect(direction('低于10个')).toBe('reverse');
  });

  it('a negated word followed by a plain one: 不超过…超过 is positive (as before)', () => {
    // The positive words are tried first; the second 超过 is not after 不.
    expect(direction('不超过或超过10个')).toBe('positive');
    expect(direction('不超过超过10个')).toBe('positive');
  });
});

describe('thousands separators without lookbehind', () => {
  const value = (text: string) => {
    const cell = parseCell(text);
    return cell.kind === 'number' ? cell.value.toString() : cell.kind;
  };

  it('groups of three after a comma or a space', () => {
    expect(parseCell('4,889,977.00')).toMatchObject({ kind: 'number', decimals: 2 });
    expect(value('4,889,977.00')).toBe('4889977');
    expect(value('12 345')).toBe('12345');
    expect(value(' 1,234')).toBe('1234');
    expect(value('(1,234)')).toBe('-1234');
    expect(value('-1,234')).toBe('-1234');
    expect(value('¥1,234元')).toBe('1234');
    expect(value('1,234%')).toBe('12.34');
  });

  it('ambiguous or mixed groups are left in place and do not parse', () => {
    for (const text of [
      '1,23',
      '1,2345',
      '1,234,56',
      '1,23,456',
      '1,2,3',
      '1,234 567',
      '1 234,567',
      '1,234,567 890',
    ])
      expect([text, parseCell(text)]).toEqual([text, { kind: 'invalid', reason: 'text', text }]);
  });

  it('a run after `.` or a digit is not a thousands run (as before)', () => {
    for (const text of ['0.1,234', '.1,234', '1.2,345', '1..1,234', '1,234.5,678', '1,234.1,234'])
      expect([text, parseCell(text)]).toEqual([text, { kind: 'invalid', reason: 'text', text }]);
  });

  it('a number after text: separators dropped, the text still fails', () => {
    for (const text of ['a1,234', '1,234a1,234', 'x1,234 5,678'])
      expect([text, parseCell(text)]).toEqual([text, { kind: 'invalid', reason: 'text', text }]);
  });
});

describe('quoteSheetName without \\p{L}', () => {
  it('bare: ASCII letters, digits, _ and ., CJK ideographs', () => {
    for (const name of ['Sheet1', '表一', '附件3', '_x', 'a.b', '㐀表', 'Sheet_1.2'])
      expect(quoteSheetName(name)).toBe(name);
  });

  it('quoted: spaces, brackets, punctuation, a leading digit or dot, other scripts', () => {
    expect(quoteSheetName('附件3 (2)')).toBe("'附件3 (2)'");
    expect(quoteSheetName('a/b')).toBe("'a/b'");
    expect(quoteSheetName("it's")).toBe("'it''s'");
    expect(quoteSheetName('1表')).toBe("'1表'");
    expect(quoteSheetName('.a')).toBe("'.a'");
    expect(quoteSheetName('表一（续）')).toBe("'表一（续）'");
    expect(quoteSheetName('Отчёт')).toBe("'Отчёт'");
    expect(quoteSheetName('')).toBe("''");
  });
});
