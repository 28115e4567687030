/**
 * Quantitative indicators (rules/quantity.ts): one number per text, with its unit and direction;
 * several numbers = not quantitative; years and dates are not quantities. Split from
 * rules.test.ts to keep files short.
 */
import { Dec } from '../../src/core/decimal';
import { comparable, parseQuantity } from '../../src/core/rules/quantity';
import type { Quantity } from '../../src/core/rules/quantity';

function q(text: string) {
  const out = parseQuantity(text);
  return out && { value: out.value.toString(), unit: out.unit, direction: out.direction };
}

function must(text: string): Quantity {
  const out = parseQuantity(text);
  if (!out) throw new Error(`not a quantity: ${text}`);
  return out;
}

describe('parseQuantity', () => {
  it('the seed 附件3 数量指标: 年新引进项目150个以上 / 全年新引进项目207个', () => {
    expect(q('年新引进项目150个以上')).toEqual({ value: '150', unit: '个', direction: 'positive' });
    expect(q('　年新引进项目150个以上。')).toEqual({
      value: '150',
      unit: '个',
      direction: 'positive',
    });
    expect(q('全年新引进项目207个')).toEqual({ value: '207', unit: '个', direction: null });
  });

  it('the seed 成本指标: 262.08万元', () => {
    expect(q('262.08万元')).toEqual({ value: '262.08', unit: '万元', direction: null });
    expect(q('　490.76万元')).toEqual({ value: '490.76', unit: '万元', direction: null });
  });

  it('a percent is a fraction: 控制在5%以内 -> 0.05, reverse', () => {
    expect(q('控制在5%以内')).toEqual({ value: '0.05', unit: '%', direction: 'reverse' });
    expect(q('满意度≥90%')).toEqual({ value: '0.9', unit: '%', direction: 'positive' });
    expect(q('满意度９５％')).toEqual({ value: '0.95', unit: '%', direction: null });
  });

  it('several numbers -> null', () => {
    expect(q('新引进项目50亿元以上项目1个')).toBeNull();
    expect(q('预计全年新引进项目200个以上，其中50亿元以上项目4个')).toBeNull();
    expect(q('外资直投2677万美元，内资到位84.68亿元')).toBeNull();
  });

  it('no number -> null', () => {
    expect(q('按规定执行预算')).toBeNull();
    expect(q('')).toBeNull();
  });

  it('years, dates and numbering are not the quantity', () => {
    expect(q('2021年新引进项目150个')).toEqual({ value: '150', unit: '个', direction: null });
    expect(q('2021年新引进项目150个以上')?.value).toBe('150');
    expect(q('12月31日前完成验收')).toBeNull();
    expect(q('对2017年—2020年已签约项目进行汇总分析')).toBeNull();
    expect(q('内容1：培训200人次')).toEqual({ value: '200', unit: '人次', direction: null });
  });

  it('thousands separators and full-width digits', () => {
    expect(q('服务企业1,200家以上')).toEqual({ value: '1200', unit: '家', direction: 'positive' });
    expect(q('服务企业１２００家')?.value).toBe('1200');
  });

  // [text, direction]; DESIGN: positive 以上, ≥, 不低于; reverse 以下, ≤, 不超过, 控制在.
  it.each([
    ['150个以上', 'positive'],
    ['不低于90%', 'positive'],
    ['不少于3次', 'positive'],
    ['不小于90%', 'positive'],
    ['至少3次', 'positive'],
    ['超过100个', 'positive'],
    ['达到95%', 'positive'],
    ['大于90%', 'positive'],
    ['5%以下', 'reverse'],
    ['≤5%', 'reverse'],
    ['不超过100万元', 'reverse'],
    ['未超过100万元', 'reverse'],
    ['不大于5%', 'reverse'],
    ['不高于5%', 'reverse'],
    ['不多于3次', 'reverse'],
    ['控制在5%以内', 'reverse'],
    ['低于5%', 'reverse'],
    ['少于3次', 'reverse'],
  ])('%s -> %s', (text, direction) => {
    expect(q(text)?.direction).toBe(direction);
  });
});

describe('comparable: the result in the target unit', () => {
  const c = (target: string, result: string) => comparable(must(target), must(result));

  it('same unit', () => {
    expect(c('年新引进项目150个以上', '全年新引进项目207个')?.toString()).toBe('207');
  });
  it('money units convert: 4,907,600元 against a 万元 target is 490.76', () => {
    expect(c('262.08万元', '4,907,600元')?.toString()).toBe('490.76');
    expect(c('1亿元', '12000万元')?.toString()).toBe('1.2');
  });
  it('a bare number compares with a counted target', () => {
    expect(c('150个以上', '207')?.toString()).toBe('207');
    expect(c('150', '207个')?.toString()).toBe('207');
  });
  it('a bare number does not compare with a percent (3 may be 3% or 300%)', () => {
    expect(c('控制在5%以内', '3')).toBeNull();
    expect(c('90', '95%')).toBeNull();
  });
  it('different counted units do not compare', () => {
    expect(c('150个以上', '20项')).toBeNull();
    expect(c('5%以内', '3个百分点')).toBeNull();
  });
  it('keeps decimals exact', () => {
    const got = c('0.1万元', '0.2万元');
    expect(got?.eq(new Dec('0.2'))).toBe(true);
  });
});
