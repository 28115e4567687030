/**
 * The engine's shortcuts against the plain definitions they stand for: whatever they are given,
 * they answer as the long way would (issue 10's speed work must not change what is read).
 */
import fc from 'fast-check';
import { assignColumns } from '../../src/core/recognize/columns';
import { FUND_COLUMNS, INDICATOR_COLUMNS } from '../../src/core/forms/columns';
import { SheetView } from '../../src/core/recognize/sheetView';
import { columnLetters, toAddress } from '../../src/core/grid';
import type { CellValue, SheetGrid } from '../../src/core/grid';
import { memoByText } from '../../src/core/memoByText';
import { parseQuantity } from '../../src/core/rules/quantity';
import { normText, splitLabelWeight } from '../../src/core/text';

/** normText by its definition: NFKC, then no whitespace, zero-width characters or quotes. */
const byDefinition = (s: string): string =>
  s.normalize('NFKC').replace(/[\s\u200b\ufeff“”"'‘’「」]+/g, '');

/** The characters labels and cells are made of, and the ones a shortcut could get wrong. */
const CHARS = [
  ...'预算执行率产出指标年完成任务项以上其中当年财政拨款分值得分',
  ...'abcXYZ0123456789.,:;%()-/~<>=+',
  ...'（）：；，。、—…“”‘’「」『』【】《》〈〉',
  ...'１２３ＡＢｃ％＋＂＇～',
  ...' \t\n\r\u00a0\u3000\u200b\ufeff\u2060',
  ...'⼀⼆①⑴㈠﹙﹚︵豈㎡℃²',
];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 24 }).map((cs) => cs.join(''));
/** The same texts as V8 makes them in a program: sliced and concatenated, not only flat. */
const anyString = fc.oneof(
  text,
  fc.tuple(text, text).map(([a, b]) => a + b),
  text.map((s) => `前缀${s}后缀`.slice(2, -2)),
);

describe('text shortcuts', () => {
  it('normText is NFKC without whitespace and quotes, on any string', () => {
    fc.assert(
      fc.property(anyString, (s) => normText(s) === byDefinition(s)),
      { numRuns: 3000 },
    );
  });

  it('a label weight is split once per text, the same answer every time', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 99 }), (label, weight) => {
        const typed = `${label}（${weight}分）`;
        const first = splitLabelWeight(typed);
        expect(splitLabelWeight(typed)).toBe(first);
        expect(first.weight).toBe(String(weight));
        expect(Object.isFrozen(first)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('memoByText starts afresh past its bound and still answers', () => {
    let computed = 0;
    const lengthOf = memoByText((s: string) => {
      computed++;
      return { length: s.length };
    }, 3);
    for (const s of ['a', 'bb', 'ccc', 'dddd', 'a']) expect(lengthOf(s).length).toBe(s.length);
    // 'a' was forgotten when the fourth text cleared the table: computed again.
    expect(computed).toBe(5);
    expect(lengthOf('a')).toBe(lengthOf('a'));
  });
});

describe('blank cells', () => {
  const value: fc.Arbitrary<CellValue> = fc.oneof(
    anyString,
    fc.constant(null),
    fc.double({ noNaN: true }),
    fc.boolean(),
  );
  it('isBlank says what text() === "" says, merged or not', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { minLength: 3, maxLength: 3 }), { minLength: 3, maxLength: 3 }),
        fc.boolean(),
        (values, merged) => {
          const grid: SheetGrid = {
            name: 'S',
            values,
            merges: merged ? [{ top: 0, left: 0, bottom: 1, right: 1 }] : [],
          };
          const asked = new SheetView(grid);
          const read = new SheetView(grid);
          for (let r = 0; r < 3; r++)
            for (let c = 0; c < 3; c++) expect(asked.isBlank(r, c)).toBe(read.text(r, c) === '');
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('cell addresses', () => {
  it('shared or built, an address is the column letters and the row number', () => {
    for (const [row, col] of [
      [0, 0],
      [44, 9],
      [1999, 63],
      [2000, 3],
      [5, 64],
      [1048575, 16383],
    ])
      expect(toAddress(row, col)).toBe(`${columnLetters(col)}${row + 1}`);
    expect(toAddress(13, 7)).toBe('H14');
  });
});

describe('remembered header rows', () => {
  const header = (cells: string[]): SheetView =>
    new SheetView({ name: 'S', values: [cells], merges: [] });

  it('a header row read again gives the same columns, as a copy the reader may complete', () => {
    const row = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
    const first = assignColumns(header(row), 0, INDICATOR_COLUMNS);
    expect(first).toEqual({ l1: 0, l2: 1, l3: 2, target: 3, result: 4, weight: 5, score: 6 });
    first.weight = undefined;
    expect(assignColumns(header(row), 0, INDICATOR_COLUMNS)).toEqual({
      l1: 0,
      l2: 1,
      l3: 2,
      target: 3,
      result: 4,
      weight: 5,
      score: 6,
    });
  });

  it('the same texts in other columns, or under other definitions, are read afresh', () => {
    const row = ['项目资金', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];
    const shifted = ['', ...row];
    expect(assignColumns(header(row), 0, FUND_COLUMNS)).toEqual({
      initial: 1,
      budget: 2,
      actual: 3,
      weight: 4,
      rate: 5,
      score: 6,
    });
    expect(assignColumns(header(shifted), 0, FUND_COLUMNS)).toEqual({
      initial: 2,
      budget: 3,
      actual: 4,
      weight: 5,
      rate: 6,
      score: 7,
    });
    expect(assignColumns(header(row), 0, INDICATOR_COLUMNS)).toEqual({ weight: 4, score: 6 });
  });
});

/** The quantity rule by its definition: the one number of the text and the unit right after it. */
function quantityByDefinition(text: string): { digits: string; unit: string } | null {
  const s = normText(text).replace(
    /(?:19|20)\d{2}(?:年|—|-|–|~|至)|\d{1,2}月(?:\d{1,2}日)?|(?:内容|指标|第)\d+[:：]?|^\d+[、.．](?!\d)/g,
    '',
  );
  const numbers = s.match(/\d+(?:,\d{3})*(?:\.\d+)?/g);
  if (!numbers) return null;
  const first = numbers[0];
  const end = s.indexOf(first) + first.length;
  if (/\d/.test(s.slice(end))) return null;
  const units = ['万美元', '亿美元', '美元', '万元', '亿元', '元', '%', '‰', '个百分点', '人次'];
  const more =
    '万人|个|项|次|人|家|户|所|条|期|场|份|件|台|套|篇|册|处|天|日|小时|公里|千米|平方米|万平方米|亩|吨|辆|座|批|场次|分';
  const unit = [...units, ...more.split('|')].find((u) => s.startsWith(u, end)) ?? '';
  return { digits: first, unit };
}

describe('quantities', () => {
  const part = fc.constantFrom(
    ...[
      '年完成',
      '不低于',
      '以上',
      '≥',
      '≤',
      '控制在',
      '以内',
      '项',
      '个',
      '%',
      '万元',
      '元',
      '场次',
    ],
    ...['1,200', '95.5', '3', '2024年', '12月', '指标1:', '1、', ',', '.', '1,23', '0', '１００％'],
  );
  it('finds the one number and its unit as the rule says, on any text', () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 6 }), (parts) => {
        const s = parts.join('');
        const found = parseQuantity(s);
        const expected = quantityByDefinition(s);
        if (!/[0-9０-９]/.test(s) || expected === null) return found === null;
        return found !== null && found.unit === expected.unit;
      }),
      { numRuns: 3000 },
    );
  });
});
