/**
 * Long digit runs in amount cells: parsed in linear time, grouped in linear time, and a figure
 * longer than any a form holds is a NOT_A_NUMBER flag at its cell.
 */
import { amountText, Dec } from '../../src/core/decimal';
import { evaluate } from '../../src/core';
import { parseCell } from '../../src/core/numbers/parse';
import { demoGrids } from './helpers';

describe('long figures', () => {
  it('groups the thousands of a long amount exactly', () => {
    expect(amountText(new Dec('4889977'))).toBe('4,889,977.00');
    expect(amountText(new Dec('-1234567.125'))).toBe('-1,234,567.13');
    expect(amountText(new Dec('100'))).toBe('100.00');
    const digits = '9'.repeat(30);
    const grouped = amountText(new Dec(digits), 0);
    expect(grouped.replace(/,/g, '')).toBe(digits);
    expect(grouped.split(',').every((g, i) => (i === 0 ? g.length <= 3 : g.length === 3))).toBe(
      true,
    );
  });

  it('reads a figure of up to 40 characters, and flags a longer one as text', () => {
    expect(parseCell('4,889,977.00')).toMatchObject({ kind: 'number' });
    expect(parseCell('1'.repeat(40))).toMatchObject({ kind: 'number' });
    expect(parseCell('1'.repeat(41))).toMatchObject({ kind: 'invalid', reason: 'text' });
    expect(parseCell('1'.repeat(1_000_000))).toMatchObject({ kind: 'invalid', reason: 'text' });
    expect(parseCell(`${'1,'.repeat(200_000)}1`)).toMatchObject({ kind: 'invalid' });
  });

  it('evaluates a form with a 1,000,000-digit budget: one NOT_A_NUMBER at that cell', async () => {
    const grids = await demoGrids();
    const sheet = grids.find((g) => g.name.startsWith('附件2'));
    if (!sheet) throw new Error('demo has no 附件2');
    // 财政拨款 全年预算数, 4,889,977.00 in the seed.
    const row = sheet.values.findIndex((r) => r.includes(4889977));
    const col = sheet.values[row].indexOf(4889977);
    sheet.values[row][col] = '1'.repeat(1_000_000);
    const result = evaluate(grids);
    const flags = result.flags.filter((f) => f.code === 'NOT_A_NUMBER');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ sheet: sheet.name, address: 'E6' });
  });
});
