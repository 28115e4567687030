/**
 * The NFKC fallback for IE11 (core/nfkc.ts) against Node's native normalize('NFKC'): every code
 * point it folds, every code point of the blocks it covers, and the strings forms hold.
 */
import { nfkc, nfkcFallback } from '../../src/core/nfkc';
import { NFKC_COVERED, NFKC_TABLE } from '../../src/core/nfkc-table';
import { normText } from '../../src/core/text';
import { normalizeCellText, parseCell } from '../../src/core/numbers/parse';

const native = (s: string): string => s.normalize('NFKC');

/** Runs `body` with String.prototype.normalize missing, as in IE11; restored afterwards. */
function withoutNativeNormalize<T>(body: () => T): T {
  const saved = Object.getOwnPropertyDescriptor(String.prototype, 'normalize');
  if (!saved) throw new Error('String.prototype.normalize is missing already');
  delete (String.prototype as { normalize?: unknown }).normalize;
  try {
    return body();
  } finally {
    Object.defineProperty(String.prototype, 'normalize', saved);
  }
}

const CORPUS = [
  '２，６２０，８００．００元',
  '（１）预算执行率',
  '≥９５％',
  '≤５％',
  '满意度９５％',
  '　年新引进项目150个以上。',
  '１２３４５６７８９０ＡＢＣａｂｃ',
  '【产出指标】（５０分）',
  '①数量指标',
  '⑴质量指标',
  '⒈时效指标',
  '⑳项',
  '⼀级指标：⼈员经费',
  '⼆级指标',
  '办公用房面积１２０㎡',
  '采购物资５００㎏',
  '道路改造３．５㎞',
  '室温２５℃',
  '第Ⅲ季度',
  '２ ３ ４',
  '4\u00a0889\u00a0977.00',
  '金额：￥１２，３４５．６７',
  '￡５０￠',
  '说明……略',
  '千分比３‰',
  '１０²平方米',
  'H₂O',
  '㈠基本支出',
  '㊀项目',
  '﹙１﹚小括号',
  '︵竖排︶',
  '豈更車',
  '预算执行率（１０分）＝执行数÷预算数×１００％',
  '“项目”‘名称’「说明」',
  '',
  'plain ASCII text 100%',
  '全年新引进项目207个',
  '2024年1月—12月',
  '\u3000\u3000缩进',
];

describe('nfkcFallback against native normalize', () => {
  it('every code point in the table folds as native NFKC does', () => {
    let count = 0;
    for (const [first, list] of NFKC_TABLE) {
      list.split('|').forEach((to, i) => {
        const s = String.fromCharCode(first + i);
        if (to !== '') {
          expect(to).toBe(native(s));
          count++;
        }
        expect(nfkcFallback(s)).toBe(native(s));
      });
    }
    expect(count).toBeGreaterThan(1000);
  });

  it('every code point of the covered blocks and of full-width ASCII', () => {
    const blocks = [...NFKC_COVERED, [0xff01, 0xff5e] as const];
    for (const [first, last] of blocks)
      for (let c = first; c <= last; c++) {
        const s = String.fromCharCode(c);
        expect([c.toString(16), nfkcFallback(s)]).toEqual([c.toString(16), native(s)]);
      }
  });

  it('every BMP code point it changes, it changes as native NFKC does', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCharCode(c);
      const out = nfkcFallback(s);
      if (out !== s && out !== native(s)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('form strings fold as native NFKC folds them', () => {
    for (const s of CORPUS) expect([s, nfkcFallback(s)]).toEqual([s, native(s)]);
    expect(nfkcFallback('２，６２０，８００．００元')).toBe('2,620,800.00元');
    expect(nfkcFallback('（１）预算执行率')).toBe('(1)预算执行率');
    expect(nfkcFallback('≥９５％')).toBe('≥95%');
  });

  it('returns the same string when nothing folds', () => {
    const s = '全年新引进项目207个';
    expect(nfkcFallback(s)).toBe(s);
  });

  it('leaves canonical composition alone: e + U+0301 stays two code points', () => {
    expect(nfkcFallback('e\u0301')).toBe('e\u0301');
    expect(native('e\u0301')).toBe('\u00e9');
  });
});

describe('nfkc', () => {
  it('is native normalize where it exists', () => {
    for (const s of CORPUS) expect(nfkc(s)).toBe(native(s));
    expect(nfkc('e\u0301')).toBe('\u00e9');
  });

  it('falls back when String.prototype.normalize is missing (IE11), restored after', () => {
    const out = withoutNativeNormalize(() => ({
      typeofNormalize: typeof String.prototype.normalize,
      decomposed: nfkc('e\u0301'),
      corpus: CORPUS.map(nfkc),
      normText: CORPUS.map(normText),
      cells: CORPUS.map(normalizeCellText),
      parsed: parseCell('２，６２０，８００．００元'),
    }));
    expect(out.typeofNormalize).toBe('undefined');
    expect(typeof String.prototype.normalize).toBe('function');
    expect(out.decomposed).toBe('e\u0301');
    expect(out.corpus).toEqual(CORPUS.map(native));
    expect(out.normText).toEqual(CORPUS.map(normText));
    expect(out.cells).toEqual(CORPUS.map(normalizeCellText));
    expect(out.parsed).toEqual(parseCell('2620800.00元'));
  });
});
