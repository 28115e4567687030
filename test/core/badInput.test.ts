/**
 * The catalog of bad or odd inputs of DESIGN.md "Bad input": each one's parse, and what `evaluate`
 * makes of it in a real form cell (a flag with its code, severity, sheet and address, and never a
 * write to that input cell). The core parses what is unambiguous, with its unit, treats
 * placeholders as empty and flags the rest.
 */
import { evaluate, FLAG_SEVERITY } from '../../src/core';
import type { CellValue, FlagCode } from '../../src/core';
import type { CellSpec, MiniForm, OverallKey } from './fixtures/miniForms';
import {
  miniBase,
  miniOverall,
  miniProject,
  SEED_OVERALL_SCALE,
  writeAt,
} from './fixtures/miniForms';
import type { Plain } from './fixtures/parsed';
import { empty, invalid, num, parsed } from './fixtures/parsed';

const ZWSP = '\u200b';
const NBSP = '\u00a0';

// [what, cell value, number format, parse]
const CATALOG: [string, CellValue, string | null, Plain][] = [
  ['thousands separators', '4,889,977.00', null, num('4889977', null, 2)],
  ['full-width digits and point', '２６２．０８', null, num('262.08', null, 2)],
  ['万元 suffix', '262.08万元', null, num('262.08', 'wan', 2)],
  ['percent text', '155%', null, num('1.55', 'percent', 0)],
  ['亿元 suffix', '1.2亿元', null, num('1.2', 'yi', 1)],
  ['space and U+3000 only', ' \u3000', null, empty],
  ['double em dash', '——', null, empty],
  ['em dash', '—', null, empty],
  ['hyphen', '-', null, empty],
  ['ellipsis', '…', null, empty],
  ['double ellipsis', '……', null, empty],
  ['slash', '/', null, empty],
  ['无', '无', null, empty],
  ['#DIV/0!', '#DIV/0!', null, invalid('error')],
  ['#REF!', '#REF!', null, invalid('error')],
  ['#N/A', '#N/A', null, invalid('error')],
  ['#VALUE!', '#VALUE!', null, invalid('error')],
  ['Excel date serial, yyyy-mm-dd', 44256, 'yyyy-mm-dd', invalid('date')],
  ['Excel date serial, m/d/yyyy', 44256, 'm/d/yyyy', invalid('date')],
  ['Excel date serial, Chinese', 44256, '[$-804]yyyy"年"m"月"d"日"', invalid('date')],
  ['date text 2021-03-01', '2021-03-01', null, invalid('date')],
  ['date text 2021年3月1日', '2021年3月1日', null, invalid('date')],
  ['boolean true', true, null, invalid('boolean')],
  ['boolean false', false, null, invalid('boolean')],
  ['accounting negative', '(1,234.50)', null, num('-1234.5', null, 2)],
  ['negative text', '-5', null, num('-5', null, 0)],
  ['negative number', -5, null, num('-5')],
  ['staff count with 人 (read as a staff count below)', '１７人', null, invalid('text')],
  ['score with 分 (read as a score below)', '9分', null, invalid('text')],
  ['word', 'abc', null, invalid('text')],
  ['digits then letters', '12abc', null, invalid('text')],
  ['two decimal points', '1.2.3', null, invalid('text')],
  ['exponent', '1e3', null, num('1000')],
  ['yuan sign', '¥1,000', null, num('1000', null, 0)],
  ['full-width thousands', '１２３，４５６．７８', null, num('123456.78', null, 2)],
  ['NBSP-padded', `${NBSP}262.08${NBSP}`, null, num('262.08', null, 2)],
  ['NBSP-padded with separators', `${NBSP}4,889,977.00 `, null, num('4889977', null, 2)],
  ['zero-width space around', `${ZWSP}262.08${ZWSP}`, null, num('262.08', null, 2)],
  ['zero-width space inside', `2${ZWSP}62.08`, null, num('262.08', null, 2)],
  ['BOM before a percent', '\ufeff155%', null, num('1.55', 'percent', 0)],
  ['number zero', 0, null, num('0')],
  ['text zero', '0', null, num('0', null, 0)],
  ['text 0.00', '0.00', null, num('0', null, 2)],
  ['number zero with format', 0, '#,##0.00', num('0', null, 2)],
  ['20 digits', '12345678901234567890.12', null, num('12345678901234567890.12', null, 2)],
  ['30 nines', '9'.repeat(30), null, num('9'.repeat(30), null, 0)],
  ['JS NaN', NaN, null, invalid('error')],
  ['JS Infinity', Infinity, null, invalid('error')],
  ['JS -Infinity', -Infinity, null, invalid('error')],
  ['JS -0', -0, null, num('0')],
  ['binary noise', 0.1 + 0.2, null, num('0.3')],
  ['decimal comma', '1,23', null, invalid('text')],
  ['minus in accounting brackets', '(-5)', null, invalid('text')],
  ['dollar sign', '$1,000', null, invalid('text')],
  ['exponent overflow', '1e99999999999999999', null, invalid('text')],
  ['text NaN', 'NaN', null, invalid('text')],
  ['text N/A', 'N/A', null, invalid('text')],
  ['enumeration comma', '1、234', null, invalid('text')],
];

describe('bad input: parse catalog', () => {
  it('has at least 40 entries', () => {
    expect(CATALOG.length).toBeGreaterThanOrEqual(40);
  });
  it.each(CATALOG)('%s: %p', (_what, value, format, expected) => {
    expect(parsed(value, format)).toEqual(expected);
  });
});

// ------------------------------------------------------------- in a form

interface Case {
  what: string;
  form: MiniForm<string>;
  slot: string;
}

function overall(slot: OverallKey) {
  return (value: CellValue | CellSpec, what: string): Case => ({
    what,
    form: miniOverall({ [slot]: value }),
    slot,
  });
}
const fiscalActual = overall('fiscalActual');
const fiscalBudget = overall('fiscalBudget');
const otherBudget = overall('otherBudget');
const outputScore = overall('outputScore');

// [case, the flag it raises at that cell]
const FLAGGED: [Case, FlagCode][] = [
  [fiscalBudget('155%', 'a percent typed into an amount cell'), 'UNIT_MISMATCH'],
  [fiscalBudget('95.00%', 'a percent with decimals in an amount cell'), 'UNIT_MISMATCH'],
  [outputScore('abc', 'text in a score cell'), 'NOT_A_NUMBER'],
  [outputScore('9万元', 'money in a score cell'), 'UNIT_MISMATCH'],
  [outputScore('90%', 'a percent in a score cell'), 'UNIT_MISMATCH'],
  [outputScore('-1', 'a negative score'), 'SCORE_NEGATIVE'],
  [fiscalActual('#DIV/0!', '#DIV/0!'), 'NOT_A_NUMBER'],
  [fiscalActual('#REF!', '#REF!'), 'NOT_A_NUMBER'],
  [fiscalActual('#N/A', '#N/A'), 'NOT_A_NUMBER'],
  [fiscalActual('#VALUE!', '#VALUE!'), 'NOT_A_NUMBER'],
  [fiscalActual({ value: 44256, format: 'yyyy-mm-dd' }, 'a date serial'), 'NOT_A_NUMBER'],
  [fiscalActual('2021-03-01', 'a date text'), 'NOT_A_NUMBER'],
  [fiscalActual('2021年3月1日', 'a Chinese date text'), 'NOT_A_NUMBER'],
  [fiscalActual(true, 'TRUE'), 'NOT_A_NUMBER'],
  [fiscalActual(false, 'FALSE'), 'NOT_A_NUMBER'],
  [fiscalActual(NaN, 'NaN'), 'NOT_A_NUMBER'],
  [fiscalActual(Infinity, 'Infinity'), 'NOT_A_NUMBER'],
  [fiscalActual('12abc', '12abc'), 'NOT_A_NUMBER'],
  [fiscalActual('1.2.3', '1.2.3'), 'NOT_A_NUMBER'],
  [fiscalActual('95,00', 'a decimal comma'), 'NOT_A_NUMBER'],
  [fiscalActual('$95,000', 'dollars'), 'NOT_A_NUMBER'],
  [fiscalActual('１７人', 'a staff count in an amount cell'), 'NOT_A_NUMBER'],
  [otherBudget('(1,234.50)', 'an accounting negative'), 'NEGATIVE_AMOUNT'],
  [otherBudget('-5', 'a negative amount'), 'NEGATIVE_AMOUNT'],
  [overall('inputWeight')('权重30', '权重 column as text'), 'NOT_A_NUMBER'],
  [
    {
      what: 'a percent in a 附件3 amount',
      form: miniProject({ totalBudget: '490.76%' }),
      slot: 'totalBudget',
    },
    'UNIT_MISMATCH',
  ],
  [
    { what: '#REF! in 分值', form: miniProject({ execWeight: '#REF!' }), slot: 'execWeight' },
    'NOT_A_NUMBER',
  ],
  [
    { what: 'text 编制数', form: miniBase({ establishment: '十七' }), slot: 'establishment' },
    'NOT_A_NUMBER',
  ],
];

describe('bad input: flagged at its cell, never overwritten', () => {
  it.each(FLAGGED.map(([c, code]) => [c.what, code, c] as const))('%s -> %s', (_w, code, c) => {
    const ev = evaluate([c.form.grid]);
    const address = c.form.at[c.slot];
    const flag = ev.flags.find((f) => f.code === code && f.address === address);
    expect(flag).toMatchObject({
      code,
      severity: FLAG_SEVERITY[code],
      sheet: c.form.grid.name,
      address,
    });
    expect(flag?.message).toBeTruthy();
    expect(writeAt(ev, c.form.grid.name, address)).toBeUndefined();
  });
});

describe('bad input: read, not flagged', () => {
  it.each(['——', '—', '-', '…', '……', '/', '无', ' \u3000', '', null])(
    'placeholder %p in an amount cell: no flag, no rate, no write',
    (value) => {
      const f = miniOverall({ otherBudget: value, otherActual: value });
      const ev = evaluate([f.grid]);
      expect(ev.flags).toEqual([]);
      for (const slot of ['otherBudget', 'otherActual', 'otherRate'] as const)
        expect(writeAt(ev, f.grid.name, f.at[slot])).toBeUndefined();
    },
  );

  it('an empty or zero budget gives no rate and no division by zero', () => {
    for (const budget of [0, '0', '0.00', '——']) {
      const f = miniOverall({ otherBudget: budget, otherActual: 5 });
      const ev = evaluate([f.grid]);
      expect(ev.flags.filter((x) => x.address === f.at.otherRate)).toEqual([]);
      expect(writeAt(ev, f.grid.name, f.at.otherRate)).toBeUndefined();
      expect(ev.summary.forms[0].lines.find((l) => l.label === '其他资金')?.rate).toBeNull();
    }
  });

  // [what, patch of the 附件2 财政拨款 line, rate written to E4]
  it.each([
    [
      'the seed figures with separators',
      { ...SEED_OVERALL_SCALE, fiscalRate: null, basicRate: null, projectRate: null },
      1.545,
    ],
    ['NBSP padding', { fiscalActual: `${NBSP}95,000${NBSP}` }, 0.95],
    ['zero-width spaces', { fiscalActual: `9${ZWSP}5000${ZWSP}` }, 0.95],
    ['full-width', { fiscalActual: '９５，０００．００' }, 0.95],
    ['元 suffix', { fiscalActual: '95,000元' }, 0.95],
    ['yuan sign', { fiscalActual: '¥95,000.00' }, 0.95],
    ['exponent', { fiscalActual: '9.5e4' }, 0.95],
  ] as const)('%s', (_what, patch, rate) => {
    const f = miniOverall(patch);
    const ev = evaluate([f.grid]);
    for (const slot of ['fiscalBudget', 'fiscalActual'] as const) {
      expect(ev.flags.filter((x) => x.address === f.at[slot])).toEqual([]);
      expect(writeAt(ev, f.grid.name, f.at[slot])).toBeUndefined();
    }
    expect(writeAt(ev, f.grid.name, f.at.fiscalRate)?.value).toBe(rate);
  });

  it('262.08万元 in a 万元 form (附件3) is 262.08', () => {
    const f = miniProject({ totalInitial: '262.08万元', totalBudget: '490.76万元' });
    const line = evaluate([f.grid]).summary.forms[0].lines[0];
    expect(line.initialBudget).toBe('262.08');
    expect(line.budget).toBe('490.76');
  });

  it.each([
    ['万元 in a 元 form', '10万元'],
    ['亿元 in a 元 form', '0.001亿元'],
  ])(
    '%s: read in 元 (100,000, so 95% holds) and named as a unit the form does not use',
    (_w, typed) => {
      const f = miniOverall({ fiscalBudget: typed });
      const ev = evaluate([f.grid]);
      expect(ev.flags.filter((x) => x.address === f.at.fiscalBudget)).toMatchObject([
        { code: 'UNIT_MISMATCH', expected: '元', actual: typed },
      ]);
      expect(writeAt(ev, f.grid.name, f.at.fiscalBudget)).toBeUndefined();
      expect(writeAt(ev, f.grid.name, f.at.fiscalRate)?.value).toBe(0.95);
    },
  );

  it('１７人 as a staff count is 17: 控制率 17 ÷ 17 = 100.00%', () => {
    const f = miniBase({ staffActual: '１７人' });
    const ev = evaluate([f.grid]);
    expect(ev.flags).toEqual([]);
    expect(writeAt(ev, f.grid.name, f.at.controlRate)?.value).toBe(1);
    expect(writeAt(ev, f.grid.name, f.at.staffActual)).toBeUndefined();
  });

  it('9分 as a score is 9 (here ２５分 and 25 分 for a 25-point row)', () => {
    for (const score of ['２５分', '25 分', '25分']) {
      const f = miniOverall({ outputScore: score });
      const ev = evaluate([f.grid]);
      expect(ev.flags).toEqual([]);
      expect(ev.summary.forms[0].scoreSum).toBe('100');
    }
  });

  // Regression (was a bug in src/core/decimal.ts fixedText, outside numbers/ and rules/): a figure whose Decimal
  // prints with an exponent (|x| >= 1e40, or a rate over 1e38% from a tiny budget) makes
  // `evaluate` throw "RangeError: Invalid count value" from '0'.repeat(negative). Expected: no
  // throw (a flag, or a rate written as a plain number). Inputs: 附件2 财政拨款 全年执行数
  // '1.5e50', or '9' × 400, or a budget of 5e-324 (number).
  it('an absurdly large or small figure does not make evaluate throw', () => {
    for (const patch of [
      { fiscalActual: '1.5e50' },
      { fiscalActual: '9'.repeat(400) },
      { fiscalBudget: 5e-324 },
    ]) {
      expect(() => evaluate([miniOverall(patch).grid])).not.toThrow();
    }
  });
});
