/** A `<c>` element's text by its type: the values Excel itself shows for them. */
import { typedCellValue } from '../../src/hosts/xlsx/typedCellValue';

describe('typedCellValue', () => {
  it('reads an ISO date cell (t="d") as the serial Excel shows', () => {
    // Excel: 2021-12-31 is serial 44561; 1900-03-01 is 61 (the 1900 leap-year bug counted).
    expect(typedCellValue('d', '2021-12-31', [])).toBe(44561);
    expect(typedCellValue('d', '2021-12-31T12:00:00Z', [])).toBe(44561.5);
    expect(typedCellValue('d', '1900-03-01', [])).toBe(61);
  });

  it('keeps an ISO date it cannot read as the text typed', () => {
    expect(typedCellValue('d', '2021-13-45', [])).toBe('2021-13-45');
  });

  it('reads shared strings, booleans, errors and numbers', () => {
    expect(typedCellValue('s', '1', ['一般公共预算', '项目支出'])).toBe('项目支出');
    expect(typedCellValue('s', '7', ['一般公共预算'])).toBeNull();
    expect(typedCellValue('b', '1', [])).toBe(true);
    expect(typedCellValue('e', ' #DIV/0! ', [])).toBe('#DIV/0!');
    expect(typedCellValue('n', '4889977.00', [])).toBe(4889977);
    expect(typedCellValue('n', '4,889,977.00', [])).toBe('4,889,977.00');
  });
});
