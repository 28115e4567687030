/**
 * Issue #6, point 2: the three attachments checked against each other, each flag naming both
 * cells. Failing cases are the hand-made fixtures with one figure changed; every expected
 * figure is worked out by hand from the seed.
 */
import type { Evaluation, SheetGrid } from '../../src/core';
import { VARIANTS } from '../../scripts/fixtures/variants';
import {
  base,
  baseCell,
  codes,
  evaluate,
  fixture,
  fundCell,
  overall,
  projects,
  scaleCell,
  set,
} from './helpers';

const FILE = 'v02-relative-years.xlsx';
const CROSS = ['CROSS_SHEET_MISMATCH', 'CROSS_SHEET_SHORTFALL'];
let clean: Evaluation;

beforeAll(async () => {
  clean = evaluate(await fixture(FILE));
});

function crossFlags(ev: Evaluation) {
  return ev.flags.filter((f) => CROSS.includes(f.code));
}

async function edited(edit: (grids: SheetGrid[]) => void): Promise<Evaluation> {
  const grids = await fixture(FILE);
  edit(grids);
  return evaluate(grids);
}

it.each(VARIANTS.map((v) => v.file))(
  '%s: the seed’s attachments agree with each other',
  async (f) => {
    // 4,889,977.00 = 4,889,977.00; 7,554,995.22 = 7,554,995.22; 项目支出 4,907,638.34 both;
    // 附件3 490.76万元 = 4,907,600元, 38.34元 from 4,907,638.34, within 0.005万元 = 50元.
    expect(crossFlags(evaluate(await fixture(f)))).toEqual([]);
  },
);

describe('附件1 部门整体支出预算调整 = 附件2 财政拨款 + 其他资金', () => {
  it('a 预算数 1元 short is an error at 附件1, naming the 附件2 cell', async () => {
    const ev = await edited((g) =>
      set(g, base(clean).sheet, baseCell(clean, 'adjustment', 'budget'), 4889976),
    );
    const [flag] = codes(ev, 'CROSS_SHEET_MISMATCH');
    const related = { sheet: overall(clean).sheet, address: scaleCell(clean, 'fiscal', 'budget') };
    expect(flag).toMatchObject({
      severity: 'error',
      sheet: base(clean).sheet,
      address: baseCell(clean, 'adjustment', 'budget'),
      expected: '4889977',
      actual: '4889976',
      related,
    });
    expect(flag.message).toContain(`${related.sheet}!${related.address}`);
    expect(codes(ev, 'CROSS_SHEET_MISMATCH')).toHaveLength(1);
  });

  it('a 决算数 1分 over is an error against 全年执行数', async () => {
    const at = baseCell(clean, 'adjustment', 'final');
    const ev = await edited((g) => set(g, base(clean).sheet, at, 7554995.23));
    expect(codes(ev, 'CROSS_SHEET_MISMATCH')).toEqual([
      expect.objectContaining({
        address: at,
        expected: '7554995.22',
        actual: '7554995.23',
        related: { sheet: overall(clean).sheet, address: scaleCell(clean, 'fiscal', 'actual') },
      }),
    ]);
  });

  it('counts 其他资金 into the 附件2 side', async () => {
    // 其他资金 100,000 added, 基本支出 raised to match: 来源 4,989,977 = 结构 2,369,177 + 2,620,800.
    const addOther = (g: SheetGrid[]) => {
      set(g, overall(clean).sheet, scaleCell(clean, 'other', 'budget'), 100000);
      set(g, overall(clean).sheet, scaleCell(clean, 'basic', 'budget'), 2369177);
    };
    const ev = await edited(addOther);
    expect(codes(ev, 'SOURCE_STRUCTURE_MISMATCH')).toEqual([]);
    expect(codes(ev, 'CROSS_SHEET_MISMATCH')).toEqual([
      expect.objectContaining({ expected: '4989977', actual: '4889977' }),
    ]);
    const fixed = await edited((g) => {
      addOther(g);
      set(g, base(clean).sheet, baseCell(clean, 'adjustment', 'budget'), 4989977);
    });
    expect(crossFlags(fixed)).toEqual([]);
  });
});

describe('附件1 项目支出 本年决算数 = 附件2 项目支出 全年执行数', () => {
  // 附件2 项目支出 4,907,639.34 and 基本支出 2,647,355.88 still add up to 7,554,995.22.
  const moveOneYuan = (g: SheetGrid[]) => {
    set(g, overall(clean).sheet, scaleCell(clean, 'project', 'actual'), 4907639.34);
    set(g, overall(clean).sheet, scaleCell(clean, 'basic', 'actual'), 2647355.88);
  };

  it('the parts’ sum stands in for the empty parent, and says so', async () => {
    const ev = await edited(moveOneYuan);
    const [flag] = codes(ev, 'CROSS_SHEET_MISMATCH');
    expect(flag).toMatchObject({
      sheet: base(clean).sheet,
      address: baseCell(clean, 'project', 'final'),
      expected: '4907639.34',
      actual: '4907638.34',
      related: { sheet: overall(clean).sheet, address: scaleCell(clean, 'project', 'actual') },
    });
    expect(flag.message).toContain('按其分项合计');
    // 附件3's 4,907,600 is still within 50元 of 4,907,639.34.
    expect(codes(ev, 'CROSS_SHEET_MISMATCH')).toHaveLength(1);
  });

  it('a filled parent is compared as typed', async () => {
    const at = baseCell(clean, 'project', 'final');
    const agreeing = await edited((g) => set(g, base(clean).sheet, at, 4907638.34));
    expect(crossFlags(agreeing)).toEqual([]);
    const wrong = await edited((g) => set(g, base(clean).sheet, at, 4900000));
    expect(codes(wrong, 'SUM_MISMATCH').map((f) => f.address)).toContain(at);
    expect(codes(wrong, 'CROSS_SHEET_MISMATCH')).toEqual([
      expect.objectContaining({ address: at, expected: '4907638.34', actual: '4900000' }),
    ]);
  });
});

describe('Σ 附件3 年度资金总额 全年执行数 = 附件2 项目支出 全年执行数 (万元 against 元)', () => {
  const setProjectActual = (value: number | null, fiscal: number | null) => (g: SheetGrid[]) => {
    const p = projects(clean)[0];
    set(g, p.sheet, fundCell(p, 'total', 'actual'), value, '#,##0.00');
    set(g, p.sheet, fundCell(p, 'fiscal', 'actual'), fiscal, '#,##0.00');
  };

  it('490.77万元 is 61.66元 over 4,907,638.34元, beyond the 50元 of rounding: an error', async () => {
    const ev = await edited(setProjectActual(490.77, 490.77));
    const p = projects(clean)[0];
    const [flag] = codes(ev, 'CROSS_SHEET_MISMATCH');
    expect(flag).toMatchObject({
      severity: 'error',
      sheet: overall(clean).sheet,
      address: scaleCell(clean, 'project', 'actual'),
      expected: '4907638.34',
      actual: '4907700',
      related: { sheet: p.sheet, address: fundCell(p, 'total', 'actual') },
    });
    expect(flag.message).toContain('490.77万元');
    expect(flag.message).toContain('61.66元');
    expect(flag.message).toContain(`${p.sheet}!${fundCell(p, 'total', 'actual')}`);
  });

  it('490.75万元 falls 138.34元 short: a warning, as some projects may have no 附件3', async () => {
    const ev = await edited(setProjectActual(490.75, 490.75));
    expect(codes(ev, 'CROSS_SHEET_MISMATCH')).toEqual([]);
    const [flag] = codes(ev, 'CROSS_SHEET_SHORTFALL');
    expect(flag).toMatchObject({ severity: 'warning', expected: '4907638.34', actual: '4907500' });
    expect(flag.message).toContain('138.34元');
  });

  it('an empty 年度资金总额 counts as its parts', async () => {
    const ev = await edited(setProjectActual(null, 490.77));
    expect(codes(ev, 'CROSS_SHEET_MISMATCH')).toEqual([
      expect.objectContaining({ actual: '4907700' }),
    ]);
  });

  it('the seed’s eight projects, 490.75万元 in all, agree: 8 × 50元 of rounding', async () => {
    // The body text: 129.92 + 48.96 + 95.00 + 55.19 + 15.94 + 140.00 + 4.96 + 0.78 = 490.75万元,
    // 138.34元 from 4,907,638.34元; each figure rounded to 0.01万元 may be 50元 off.
    const amounts = [129.92, 48.96, 95.0, 55.19, 15.94, 140.0, 4.96, 0.78];
    const grids = await fixture(FILE);
    const p = projects(clean)[0];
    const sheet = grids.find((g) => g.name === p.sheet) as SheetGrid;
    const others = grids.filter((g) => g !== sheet);
    const copies = amounts.map((amount, i) => {
      const copy = { ...structuredClone(sheet), name: `项目${i + 1}` };
      const g = [copy];
      for (const key of ['total', 'fiscal'])
        for (const column of ['initial', 'budget', 'actual'] as const)
          set(g, copy.name, fundCell(p, key, column), amount, '#,##0.00');
      return copy;
    });
    const ev = evaluate([...others, ...copies]);
    expect(projects(ev)).toHaveLength(8);
    expect(crossFlags(ev)).toEqual([]);
    // One project printing the same 490.75 alone is allowed 50元 only: short by 138.34元.
    const one = await edited(setProjectActual(490.75, 490.75));
    expect(codes(one, 'CROSS_SHEET_SHORTFALL')).toHaveLength(1);
  });
});

it('a workbook with two 附件2 (two units or years) is not paired up', async () => {
  const grids = await fixture('v09-one-sheet.xlsx');
  const twice = [...grids, ...grids.map((g) => ({ ...structuredClone(g), name: `${g.name}(2)` }))];
  const moved = twice[0];
  const ev0 = evaluate([moved]);
  set([moved], moved.name, baseCell(ev0, 'adjustment', 'budget'), 1);
  expect(crossFlags(evaluate(twice))).toEqual([]);
  expect(crossFlags(evaluate([moved]))).toHaveLength(1);
});
