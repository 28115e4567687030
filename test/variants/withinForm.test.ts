/**
 * Issue #6, point 2, inside one form: 来源 = 结构 naming both cells, a parent total left empty or
 * at 0, a printed 执行率 or 预算执行率得分 its own row contradicts, and a 得分 column holding the
 * weights. Each on the hand-made fixture with one figure changed; figures worked out by hand.
 */
import type { Evaluation, SheetGrid } from '../../src/core';
import {
  addr,
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

const FILE = 'v03-inserted-rows-spacers.xlsx';
let clean: Evaluation;

beforeAll(async () => {
  clean = evaluate(await fixture(FILE));
});

async function edited(edit: (grids: SheetGrid[]) => void): Promise<Evaluation> {
  const grids = await fixture(FILE);
  edit(grids);
  return evaluate(grids);
}

const at = (ev: Evaluation, code: string, address: string) =>
  codes(ev, code).filter((f) => f.address === address);

describe('SOURCE_STRUCTURE_MISMATCH names both sides', () => {
  it('基本支出 1元 more: 来源 4,889,977 against 结构 4,889,978, with both cells', async () => {
    const sheet = overall(clean).sheet;
    const ev = await edited((g) => set(g, sheet, scaleCell(clean, 'basic', 'budget'), 2269178));
    const fiscal = scaleCell(clean, 'fiscal', 'budget');
    const basic = scaleCell(clean, 'basic', 'budget');
    const project = scaleCell(clean, 'project', 'budget');
    const [flag] = codes(ev, 'SOURCE_STRUCTURE_MISMATCH');
    expect(flag).toMatchObject({
      severity: 'error',
      address: fiscal,
      expected: '4889978',
      actual: '4889977',
      related: { sheet, address: basic },
    });
    expect(flag.message).toContain(`（${fiscal}）`);
    expect(flag.message).toContain(`（${basic}+${project}）`);
  });

  it('the seed’s 4,889,977 = 2,269,177 + 2,620,800 and 7,554,995.22 = 2,647,356.88 + 4,907,638.34', () => {
    expect(codes(clean, 'SOURCE_STRUCTURE_MISMATCH')).toEqual([]);
  });
});

describe('PARENT_EMPTY: a parent total left empty or at 0 while its parts are filled', () => {
  it('项目支出 决算数 typed 0 over 业务工作专项 4,907,638.34 (not a SUM_MISMATCH)', async () => {
    const cell = baseCell(clean, 'project', 'final');
    const ev = await edited((g) => set(g, base(clean).sheet, cell, 0));
    expect(at(ev, 'PARENT_EMPTY', cell)).toEqual([
      expect.objectContaining({ severity: 'warning', expected: '4907638.34', actual: '0' }),
    ]);
    expect(at(ev, 'PARENT_EMPTY', cell)[0].message).toContain('填写为 0');
    expect(at(ev, 'SUM_MISMATCH', cell)).toEqual([]);
    const filled = await edited((g) => set(g, base(clean).sheet, cell, 4907638.34));
    expect(at(filled, 'PARENT_EMPTY', cell)).toEqual([]);
  });

  it('三公经费 决算数 0 over 公务接待 339,178.30', async () => {
    const cell = baseCell(clean, 'sanGong', 'final');
    const ev = await edited((g) => set(g, base(clean).sheet, cell, 0));
    expect(at(ev, 'PARENT_EMPTY', cell)).toEqual([
      expect.objectContaining({ expected: '339178.3', actual: '0' }),
    ]);
    expect(at(clean, 'PARENT_EMPTY', cell)).toEqual([]);
  });

  it('公用经费 empty or 0 over 其中：办公经费 20,000: at least that much', async () => {
    const office = baseCell(clean, 'office', 'budget');
    const cell = baseCell(clean, 'public', 'budget');
    for (const parent of [null, 0]) {
      const ev = await edited((g) => {
        set(g, base(clean).sheet, office, 20000);
        set(g, base(clean).sheet, cell, parent);
      });
      expect(at(ev, 'PARENT_EMPTY', cell)).toEqual([
        expect.objectContaining({ expected: '≥ 20000' }),
      ]);
    }
    // The seed's 160,000.00 over 办公经费 0.
    expect(at(clean, 'PARENT_EMPTY', cell)).toEqual([]);
  });

  it('年度资金总额 全年执行数 0 over 当年财政拨款 490.76: the rate still comes from the parts', async () => {
    const p = projects(clean)[0];
    const cell = fundCell(p, 'total', 'actual');
    const ev = await edited((g) => set(g, p.sheet, cell, 0));
    expect(at(ev, 'PARENT_EMPTY', cell)).toEqual([
      expect.objectContaining({ expected: '490.76', actual: '0' }),
    ]);
    // 490.76 ÷ 490.76 = 100.00%, against the printed 187%.
    expect(at(ev, 'RATE_MISMATCH', fundCell(p, 'total', 'rate'))).toEqual([
      expect.objectContaining({ expected: '100.00%', actual: '187%' }),
    ]);
  });
});

describe('a printed 执行率 or 预算执行率得分 its own row contradicts', () => {
  // 年度资金总额 left empty; 当年财政拨款 490.76 budget, 465.48 spent: 465.48 ÷ 490.76 =
  // 0.948488… = 94.85%; its score 10 × 0.948488… = 9.48.
  const partsOnly = (rate: number, format: string, score: number) => (g: SheetGrid[]) => {
    const p = projects(clean)[0];
    for (const column of ['initial', 'budget', 'actual'] as const)
      set(g, p.sheet, fundCell(p, 'total', column), null);
    set(g, p.sheet, fundCell(p, 'fiscal', 'initial'), 490.76);
    set(g, p.sheet, fundCell(p, 'fiscal', 'actual'), 465.48);
    set(g, p.sheet, fundCell(p, 'total', 'rate'), rate, format);
    set(g, p.sheet, fundCell(p, 'total', 'score'), score);
  };

  it('100% and 10 printed where the parts give 94.85% and 9.48', async () => {
    const p = projects(clean)[0];
    const ev = await edited(partsOnly(1, '0%', 10));
    expect(at(ev, 'RATE_MISMATCH', fundCell(p, 'total', 'rate'))).toEqual([
      expect.objectContaining({ expected: '94.85%', actual: '100%' }),
    ]);
    const [score] = at(ev, 'RATE_MISMATCH', fundCell(p, 'total', 'score'));
    expect(score).toMatchObject({ severity: 'error', expected: '≤ 9.48', actual: '10' });
    expect(score.message).toContain('94.85%');
  });

  it('94.85% and 9.48 agree; a lower 8 is the accountant’s call (a suggestion only)', async () => {
    const p = projects(clean)[0];
    for (const score of [9.48, 8]) {
      const ev = await edited(partsOnly(0.9485, '0.00%', score));
      expect(codes(ev, 'RATE_MISMATCH').filter((f) => f.sheet === p.sheet)).toEqual([]);
    }
    const lower = await edited(partsOnly(0.9485, '0.00%', 8));
    expect(at(lower, 'SCORE_SUGGESTION', fundCell(p, 'total', 'score'))).toHaveLength(1);
  });
});

describe('SCORES_ARE_WEIGHTS: a 得分 column holding the weights', () => {
  /** Every 二级's first score cell set to the weight its label declares. */
  function scoresToWeights(ev: Evaluation, kind: 'overall' | 'project', g: SheetGrid[]) {
    const form = kind === 'overall' ? overall(ev) : projects(ev)[0];
    for (const l2 of form.indicators.flatMap((l1) => l1.children)) {
      l2.rows.forEach((row, k) => {
        const score = addr(row.score, `${l2.name} 得分`);
        set(g, form.sheet, score, k === 0 ? Number(l2.labelWeight) : null);
      });
    }
    return form;
  }

  it('附件3: 10 + 15 + 20 + 5 + 10 + 10×5 = 110 in the 得分 column, 总分 90: a warning', async () => {
    let sheet = '';
    const ev = await edited((g) => {
      scoresToWeights(clean, 'project', g);
      const p = projects(clean)[0];
      sheet = p.sheet;
      set(g, p.sheet, fundCell(p, 'total', 'score'), 10);
    });
    const p = projects(clean)[0];
    const [flag] = codes(ev, 'SCORES_ARE_WEIGHTS');
    expect(flag).toMatchObject({
      severity: 'warning',
      sheet,
      address: fundCell(p, 'total', 'score'),
      expected: '90',
      actual: '110',
      related: { sheet, address: addr(p.total?.score, '总分') },
    });
    expect(flag.message).toContain('10 个得分');
  });

  it('附件2: 3+4+4+5+4+3+3+4 + 6+8+5+6 + 10+10+7+8+10 = 100 scored, 总分 90: a warning', async () => {
    const ev = await edited((g) => scoresToWeights(clean, 'overall', g));
    const o = overall(clean);
    expect(codes(ev, 'SCORES_ARE_WEIGHTS')).toEqual([
      expect.objectContaining({
        sheet: o.sheet,
        expected: '90',
        actual: '100',
        related: { sheet: o.sheet, address: addr(o.total?.score, '总分') },
      }),
    ]);
  });

  it('full marks the 总分 agrees with, and the seed’s own scores, raise nothing', async () => {
    const full = await edited((g) => {
      const o = scoresToWeights(clean, 'overall', g);
      set(g, o.sheet, addr(o.total?.score, '总分'), 100);
    });
    expect(codes(full, 'SCORES_ARE_WEIGHTS')).toEqual([]);
    expect(codes(clean, 'SCORES_ARE_WEIGHTS')).toEqual([]);
  });
});
