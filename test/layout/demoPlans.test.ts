/** The demo plans carry the seed's 2021 figures exactly as printed (shared/seeds/000_…txt). */
import { demoPlans, seedProjectIndicators } from '../../src/cli/demoWorkbook';
import { templatePlans } from '../../src/cli/templateWorkbook';
import type { CellValue } from '../../src/core/grid';
import type { SheetPlan } from '../../src/layout/plan';

const [base, overall, project] = demoPlans();

function valueOf(p: SheetPlan, key: string): CellValue {
  const field = p.fields[key];
  if (!field) throw new Error(`${p.sheetName}: no field ${key}`);
  return p.cells.find((c) => c.row === field.row && c.col === field.col)?.value ?? null;
}

function formatOf(p: SheetPlan, key: string): string | undefined {
  const { row, col } = p.fields[key];
  let format: string | undefined;
  for (const { range, style } of p.styles) {
    const inside = row >= range.top && row <= range.bottom && col >= range.left;
    if (inside && col <= range.right && style.numberFormat) format = style.numberFormat;
  }
  return format;
}

describe('demo 附件1', () => {
  it('has the staff figures, 控制率 as printed (94%)', () => {
    expect(valueOf(base, 'staff.establishment')).toBe(17);
    expect(valueOf(base, 'staff.actual')).toBe(16);
    expect(valueOf(base, 'staff.controlRate')).toBe(0.94);
    expect(formatOf(base, 'staff.controlRate')).toBe('0%');
  });

  it('has the 经费控制情况 amounts, the ——, the zero 办公经费 and the measures', () => {
    expect(valueOf(base, 'line.sanGong.final')).toBe(339178.3);
    expect(valueOf(base, 'line.reception.prior')).toBe(337384);
    expect(valueOf(base, 'line.projBusiness.final')).toBe(4907638.34);
    expect(valueOf(base, 'line.public.budget')).toBe(160000);
    expect(valueOf(base, 'line.office.prior')).toBeNull();
    expect(valueOf(base, 'line.office.budget')).toBe(0);
    expect(valueOf(base, 'line.procurement.prior')).toBe('——');
    expect(valueOf(base, 'line.adjustment.final')).toBe(7554995.22);
    expect(valueOf(base, 'line.vehicle.budget')).toBeNull();
    expect(String(valueOf(base, 'measures'))).toMatch(/^根据上级最新文件.*确保落实到位。$/);
    expect(String(valueOf(base, 'unit'))).toBe('填报单位：浏阳市招商引资服务中心');
  });
});

describe('demo 附件2', () => {
  it('has the scale figures and the rates at the precision printed', () => {
    expect(valueOf(overall, 'unitName')).toBe('浏阳市招商引资服务中心');
    expect(valueOf(overall, 'scale.fiscal.budget')).toBe(4889977);
    expect(valueOf(overall, 'scale.fiscal.actual')).toBe(7554995.22);
    expect(valueOf(overall, 'scale.fiscal.rate')).toBe(1.55);
    expect(formatOf(overall, 'scale.fiscal.rate')).toBe('0%');
    expect(valueOf(overall, 'scale.basic.rate')).toBe(1.167);
    expect(formatOf(overall, 'scale.basic.rate')).toBe('0.0%');
    expect(valueOf(overall, 'scale.project.actual')).toBe(4907638.34);
    expect(valueOf(overall, 'scale.project.rate')).toBe(1.87);
    expect(valueOf(overall, 'scale.other.budget')).toBeNull();
  });

  it('has the seed rows: scores, reasons and targets', () => {
    expect(valueOf(overall, 'ind.0.1.0.score')).toBe(2);
    expect(valueOf(overall, 'ind.0.1.0.reason')).toBe('部分超预算');
    expect(valueOf(overall, 'ind.1.1.0.score')).toBe(7);
    expect(valueOf(overall, 'ind.1.1.0.reason')).toBe('部分项目未达到预期效果');
    expect(valueOf(overall, 'ind.1.3.1.target')).toBe('262.08万元');
    expect(valueOf(overall, 'ind.1.0.1.target')).toBe('力争全年新引进产业项目100个以上。');
    expect(valueOf(overall, 'ind.2.1.0.score')).toBe(9);
    expect(valueOf(overall, 'ind.2.1.0.reason')).toBeNull();
    expect(valueOf(overall, 'total.score')).toBe(90);
    expect(valueOf(overall, 'grade')).toBeNull();
    expect(String(valueOf(overall, 'goal.target'))).toMatch(/^预计2021年.*同比增长12%。$/);
  });

  it('scores add up to 90 (28 + 22 + 40) as in the seed', () => {
    const sums = [0, 1, 2].map((i) =>
      Object.keys(overall.fields)
        .filter((k) => k.startsWith(`ind.${i}.`) && k.endsWith('.score'))
        .reduce((sum, k) => sum + Number(valueOf(overall, k) ?? 0), 0),
    );
    expect(sums).toEqual([28, 22, 40]);
  });
});

describe('demo 附件3', () => {
  it('has the project heading and funds, 187% as printed', () => {
    expect(valueOf(project, 'name')).toBe('2021年招商引资工作经费');
    expect(valueOf(project, 'department')).toBe('浏阳市人民政府');
    expect(valueOf(project, 'implementer')).toBe('浏阳市招商引资服务中心');
    expect(valueOf(project, 'funds.total.initial')).toBe(262.08);
    expect(valueOf(project, 'funds.total.budget')).toBe(490.76);
    expect(valueOf(project, 'funds.total.actual')).toBe(490.76);
    expect(valueOf(project, 'funds.total.weight')).toBe(10);
    expect(valueOf(project, 'funds.total.rate')).toBe(1.87);
    expect(formatOf(project, 'funds.total.rate')).toBe('0%');
    expect(valueOf(project, 'funds.total.score')).toBe(8);
    expect(valueOf(project, 'funds.fiscal.actual')).toBe(490.76);
    expect(valueOf(project, 'funds.carryover.budget')).toBeNull();
  });

  it('keeps the seed tree: 满意度 inside 效益指标（40分）, weights in the labels', () => {
    // Too wide for the 10-wide 一级 column: broken before the bracket, never inside it.
    expect(valueOf(project, 'ind.0.label')).toBe('产出指标\n(50分)');
    expect(valueOf(project, 'ind.1.label')).toBe('效益指标\n（40分）');
    expect(valueOf(project, 'ind.0.0.label')).toBe('数量指标（15）');
    expect(valueOf(project, 'ind.1.4.label')).toBe('服务对象满意度指标\n（10）');
    expect(project.fields['ind.2.label']).toBeUndefined();
    const weights = seedProjectIndicators().map((l1) =>
      l1.children.reduce((sum, c) => sum + c.weight, 0),
    );
    expect(weights).toEqual([50, 50]);
  });

  it('has the seed rows, 分值 left empty, 总分 100 / 90', () => {
    expect(valueOf(project, 'ind.0.0.0.target')).toBe('年新引进项目150个以上。');
    expect(valueOf(project, 'ind.0.0.0.result')).toBe('全年新引进项目207个。');
    expect(valueOf(project, 'ind.0.0.0.score')).toBe(15);
    expect(valueOf(project, 'ind.0.0.0.weight')).toBeNull();
    expect(valueOf(project, 'ind.0.1.0.score')).toBe(19);
    expect(valueOf(project, 'ind.0.3.0.target')).toBe('262.08万元');
    expect(valueOf(project, 'ind.0.3.0.result')).toBe('490.76万元');
    expect(valueOf(project, 'ind.0.3.0.score')).toBe(8);
    expect(valueOf(project, 'ind.0.3.0.reason')).toBe(
      '年中通过一事一议追加部分项目，加强预算，提升预算精确性。',
    );
    expect(valueOf(project, 'ind.1.1.0.result')).toBe(
      '严格执行联审制度，确保开发质量，减控项目引进风险。提供就业岗位，改善民生。\u3000。',
    );
    for (let j = 0; j < 5; j += 1) expect(valueOf(project, `ind.1.${j}.0.score`)).toBe(9);
    expect(valueOf(project, 'total.weight')).toBe(100);
    expect(valueOf(project, 'total.score')).toBe(90);
  });

  it('drops the full-width spaces at the ends of every text', () => {
    for (const p of demoPlans()) {
      for (const cell of p.cells) {
        if (typeof cell.value === 'string') expect(cell.value).toBe(cell.value.trim());
      }
    }
  });
});

describe('templatePlans', () => {
  it('lays out 附件1, 附件2 and one 附件3 per project, with valid sheet names', () => {
    const plans = templatePlans({ unit: '某单位', year: 2024, projects: ['甲项目', '乙项目'] });
    expect(plans.map((p) => p.kind)).toEqual(['base', 'overall', 'project', 'project']);
    expect(plans.map((p) => p.sheetName)).toEqual([
      '附件1 基础数据表',
      '附件2 整体支出自评表',
      '附件3 项目1',
      '附件3 项目2',
    ]);
    for (const p of plans) {
      expect(p.sheetName.length).toBeLessThanOrEqual(31);
      expect(p.sheetName).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(templatePlans({ projects: 3 })).toHaveLength(5);
  });
});
