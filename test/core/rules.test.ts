/**
 * The rules of DESIGN.md, with the seed's figures. Every expected value is worked out by hand
 * (shown in the comments), never copied from the code's output.
 */
import { Dec, decFromExcelNumber, fixedText, percentText, roundTo } from '../../src/core/decimal';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import {
  additionRate,
  adjustmentRate,
  changeRate,
  controlRate,
  executionRate,
  executionScore,
  rateAgrees,
  rateFormat,
  storedRate,
} from '../../src/core/rules/rates';
import { band, grade, quantitativeScore } from '../../src/core/rules/scoring';
import type { Direction } from '../../src/core/rules/quantity';

const d = (s: string) => new Dec(s);
/** A rate as the pane shows it: a percent at 2 decimals. */
const pct = (rate: Dec | null) => (rate === null ? null : percentText(rate, 2));

describe('rates', () => {
  it('执行率 = 全年执行数 ÷ 全年预算数 (附件2)', () => {
    // 7554995.22 / 4889977.00 = 1.5449961…
    expect(executionRate(d('7554995.22'), d('4889977.00'))?.toDecimalPlaces(6).toString()).toBe(
      '1.544996',
    );
    expect(pct(executionRate(d('7554995.22'), d('4889977.00')))).toBe('154.50%');
    // 2647356.88 / 2269177.00 = 1.1666595…
    expect(pct(executionRate(d('2647356.88'), d('2269177.00')))).toBe('116.67%');
    // 4907638.34 / 2620800.00 = 1.8725726…
    expect(pct(executionRate(d('4907638.34'), d('2620800.00')))).toBe('187.26%');
  });

  it('执行率 of 附件3 against 全年预算数: 490.76 / 490.76 = 100.00%', () => {
    expect(pct(executionRate(d('490.76'), d('490.76')))).toBe('100.00%');
    // …and the seed's 187% is 490.76 / 262.08 (年初预算数) = 1.8725580…
    expect(pct(executionRate(d('490.76'), d('262.08')))).toBe('187.26%');
  });

  it('追加率 = (490.76 − 262.08) ÷ 262.08 = 228.68 / 262.08 = 87.26%', () => {
    expect(pct(additionRate(d('490.76'), d('262.08')))).toBe('87.26%');
    expect(additionRate(d('262.08'), d('262.08'))?.isZero()).toBe(true);
  });

  it('控制率 = 16 ÷ 17 = 94.12%', () => {
    expect(pct(controlRate(d('16'), d('17')))).toBe('94.12%');
    // 18 ÷ 17 = 105.88%: over establishment.
    expect(pct(controlRate(d('18'), d('17')))).toBe('105.88%');
  });

  it('三公经费变动率 = (339178.30 − 337384.00) ÷ 337384.00 = 1794.30 / 337384 = 0.53%', () => {
    expect(pct(changeRate(d('339178.30'), d('337384.00')))).toBe('0.53%');
  });

  it('预算调整率 = (7554995.22 − 4889977.00) ÷ 4889977.00 = 54.50%', () => {
    expect(pct(adjustmentRate(d('7554995.22'), d('4889977.00')))).toBe('54.50%');
  });

  it('a missing or zero base gives no rate', () => {
    expect(executionRate(d('5'), d('0'))).toBeNull();
    expect(executionRate(d('5'), null)).toBeNull();
    expect(executionRate(null, d('5'))).toBeNull();
    expect(controlRate(d('16'), d('0'))).toBeNull();
    expect(additionRate(d('490.76'), d('0'))).toBeNull();
    expect(additionRate(d('490.76'), null)).toBeNull();
    expect(additionRate(null, d('262.08'))).toBeNull();
    expect(changeRate(d('1'), d('0'))).toBeNull();
    expect(adjustmentRate(null, d('1'))).toBeNull();
  });

  it('a rate is stored rounded to the shown precision (2 -> 4 decimals of the fraction)', () => {
    expect(storedRate(d('1.5449960'), 2).toString()).toBe('1.545');
    expect(storedRate(d('1.1666595'), 2).toString()).toBe('1.1667');
    expect(storedRate(d('1.1666595'), 0).toString()).toBe('1.17');
    expect(storedRate(d('0.94117647'), 1).toString()).toBe('0.941');
    expect(rateFormat(2)).toBe('0.00%');
    expect(rateFormat(1)).toBe('0.0%');
    expect(rateFormat(0)).toBe('0%');
  });
});

describe('rateAgrees: a printed rate at the precision it was printed with', () => {
  it('155% (0 decimals) does NOT agree with 1.5449960…: 154.4996% rounds to 154%', () => {
    expect(rateAgrees(d('1.55'), d('1.544996'), 0)).toBe(false);
  });
  it('116.7% (1 decimal) agrees with 1.16666: 116.666% rounds to 116.7%', () => {
    expect(rateAgrees(d('1.167'), d('1.16666'), 1)).toBe(true);
  });
  it('187% (0 decimals) agrees with 1.872573: 187.2573% rounds to 187%', () => {
    expect(rateAgrees(d('1.87'), d('1.872573'), 0)).toBe(true);
  });
  it('154.50% agrees at 2 decimals; unknown decimals count as 2', () => {
    expect(rateAgrees(d('1.545'), d('1.544996'), 2)).toBe(true);
    expect(rateAgrees(d('1.545'), d('1.544996'), null)).toBe(true);
    expect(rateAgrees(d('1.5449'), d('1.544996'), null)).toBe(false);
  });
  it('187% does not agree with 100.00% (the 附件3 wrong base)', () => {
    expect(rateAgrees(d('1.87'), d('1'), 0)).toBe(false);
  });
});

describe('executionScore: 分值 × 执行率', () => {
  it('capped at 分值 by default: 10 × 1.8725726 -> 10', () => {
    expect(executionScore(d('10'), d('1.8725726'), true).toString()).toBe('10');
  });
  it('without the cap: 10 × 1.8725726 = 18.725726 -> 18.73', () => {
    expect(executionScore(d('10'), d('1.8725726'), false).toString()).toBe('18.73');
  });
  it('below 100% the cap changes nothing: 10 × 400 / 490.76 = 8.1506… -> 8.15', () => {
    const rate = executionRate(d('400'), d('490.76'));
    expect(rate).not.toBeNull();
    if (rate === null) return;
    expect(executionScore(d('10'), rate, true).toString()).toBe('8.15');
    expect(executionScore(d('10'), rate, false).toString()).toBe('8.15');
  });
  it('exactly 100% gives the full 分值', () => {
    expect(executionScore(d('10'), d('1'), true).toString()).toBe('10');
  });
});

describe('quantitativeScore', () => {
  const linear = { reverseFormula: 'linear' } as const;
  const ratio = { reverseFormula: 'ratio' } as const;
  const score = (
    w: string,
    target: string,
    result: string,
    dir: Direction,
    s: { reverseFormula: 'linear' | 'ratio' } = linear,
  ) => {
    const out = quantitativeScore(d(w), d(target), d(result), dir, s);
    return [out.suggested.toString(), out.metTarget];
  };

  it('positive: result ≥ target -> full weight (150个以上, 207个, 15 points)', () => {
    expect(score('15', '150', '207', 'positive')).toEqual(['15', true]);
    expect(score('15', '150', '150', 'positive')).toEqual(['15', true]);
  });
  it('positive: below target -> weight × result ÷ target', () => {
    // 15 × 120 / 150 = 12; 15 × 149 / 150 = 14.9; 6 × 5 / 7 = 4.2857… -> 4.29
    expect(score('15', '150', '120', 'positive')).toEqual(['12', false]);
    expect(score('15', '150', '149', 'positive')).toEqual(['14.9', false]);
    expect(score('6', '7', '5', 'positive')).toEqual(['4.29', false]);
    expect(score('15', '150', '0', 'positive')).toEqual(['0', false]);
  });
  it('reverse, linear: weight × (1 − (result − target) ÷ target), 0 at twice the target', () => {
    // 控制在5%以内, weight 10
    expect(score('10', '0.05', '0.04', 'reverse')).toEqual(['10', true]);
    expect(score('10', '0.05', '0.05', 'reverse')).toEqual(['10', true]);
    // 10 × (1 − 0.01 / 0.05) = 8; 10 × (1 − 0.025 / 0.05) = 5
    expect(score('10', '0.05', '0.06', 'reverse')).toEqual(['8', false]);
    expect(score('10', '0.05', '0.075', 'reverse')).toEqual(['5', false]);
    expect(score('10', '0.05', '0.1', 'reverse')).toEqual(['0', false]);
    expect(score('10', '0.05', '0.15', 'reverse')).toEqual(['0', false]);
    // 成本 262.08万元 -> 490.76万元: 10 × (1 − 228.68 / 262.08) = 1.2744… -> 1.27
    expect(score('10', '262.08', '490.76', 'reverse')).toEqual(['1.27', false]);
  });
  it('reverse, ratio setting: weight × target ÷ result', () => {
    // 10 × 0.05 / 0.06 = 8.333… -> 8.33; at twice the target 5, not 0
    expect(score('10', '0.05', '0.06', 'reverse', ratio)).toEqual(['8.33', false]);
    expect(score('10', '0.05', '0.1', 'reverse', ratio)).toEqual(['5', false]);
    expect(score('10', '0.05', '0.04', 'reverse', ratio)).toEqual(['10', true]);
    // 10 × 262.08 / 490.76 = 5.3402… -> 5.34
    expect(score('10', '262.08', '490.76', 'reverse', ratio)).toEqual(['5.34', false]);
  });
});

describe('band: 达成 80%–100%, 部分达成 60%–80%, 未达成 below 60%', () => {
  const b = (score: string, weight: string) => band(d(score), d(weight), DEFAULT_SETTINGS);
  it.each([
    ['10', '10', 'achieved'],
    ['8', '10', 'achieved'],
    ['2.4', '3', 'achieved'],
    ['7.99', '10', 'partial'],
    ['6', '10', 'partial'],
    ['5.99', '10', 'missed'],
    ['0', '10', 'missed'],
  ])('%s of %s -> %s', (score, weight, expected) => {
    expect(b(score, weight)).toBe(expected);
  });
  it('a zero weight has no band', () => {
    expect(b('0', '0')).toBeNull();
  });
});

describe('grade: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below (lower bounds inclusive)', () => {
  it.each([
    ['100', '优'],
    ['90', '优'],
    ['89.99', '良'],
    ['80', '良'],
    ['79.99', '中'],
    ['60', '中'],
    ['59.99', '差'],
    ['0', '差'],
  ])('%s -> %s', (total, expected) => {
    expect(grade(d(total), DEFAULT_SETTINGS)).toBe(expected);
  });
  it('follows its settings', () => {
    const strict = { gradeExcellent: '95', gradeGood: '85', gradePass: '70' };
    expect(grade(d('94.99'), strict)).toBe('良');
    expect(grade(d('95'), strict)).toBe('优');
    expect(grade(d('69.99'), strict)).toBe('差');
  });
});

describe('rounding: 四舍五入 (ROUND_HALF_UP) on decimals', () => {
  it.each([
    ['2.345', 2, '2.35'],
    ['1.005', 2, '1.01'],
    ['2.344999', 2, '2.34'],
    ['0.125', 2, '0.13'],
    ['2.5', 0, '3'],
    ['-2.345', 2, '-2.35'],
  ])('%s at %i -> %s', (value, places, expected) => {
    expect(roundTo(d(value), places).toString()).toBe(expected);
  });
  it('an Excel number rounds on its decimal value (JS (1.005).toFixed(2) is "1.00")', () => {
    expect(roundTo(decFromExcelNumber(1.005), 2).toString()).toBe('1.01');
    expect(roundTo(decFromExcelNumber(0.1 + 0.2), 2).toString()).toBe('0.3');
  });
  it('fixed and percent texts keep their zeros', () => {
    expect(fixedText(d('1.5'), 2)).toBe('1.50');
    expect(fixedText(d('7'), 2)).toBe('7.00');
    expect(fixedText(d('2.345'), 2)).toBe('2.35');
    expect(percentText(d('1.5449960'), 2)).toBe('154.50%');
    expect(percentText(d('0.00125'), 2)).toBe('0.13%');
    expect(percentText(d('1'), 0)).toBe('100%');
  });
});
