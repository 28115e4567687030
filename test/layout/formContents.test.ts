/** What each form prints where: the official labels, weights and placeholders. */
import { BASE_LINES, BASE_NOTE } from '../../src/core/forms/base';
import {
  OVERALL_FOOTNOTE,
  OVERALL_INDICATORS,
  OVERALL_INPUT_MANAGEMENT_NOTE,
} from '../../src/core/forms/overall';
import { PROJECT_INDICATORS } from '../../src/core/forms/project';
import type { CellValue } from '../../src/core/grid';
import { plan } from '../../src/layout';
import type { CellStyle, SheetPlan } from '../../src/layout/plan';

function at(p: SheetPlan, key: string): { row: number; col: number } {
  const field = p.fields[key];
  if (!field) throw new Error(`no field ${key}`);
  return field;
}

function valueOf(p: SheetPlan, key: string): CellValue {
  const { row, col } = at(p, key);
  return p.cells.find((c) => c.row === row && c.col === col)?.value ?? null;
}

/** The style a cell ends up with, the plan's styles layered in order. */
function styleOf(p: SheetPlan, key: string): CellStyle {
  const { row, col } = at(p, key);
  return p.styles
    .filter(({ range: r }) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right)
    .reduce<CellStyle>((style, s) => ({ ...style, ...s.style }), {});
}

describe('附件1', () => {
  const p = plan('base', { year: 2021 });

  it('lists every 经费控制情况 line in order, indented by level, with three amount cells', () => {
    const labelRows = BASE_LINES.map((line) => at(p, `line.${line.key}.prior`).row);
    expect(labelRows).toEqual([...labelRows].sort((a, b) => a - b));
    BASE_LINES.forEach((line, i) => {
      const label = p.cells.find((c) => c.row === labelRows[i] && c.col === 0);
      expect(label?.value).toBe(line.label);
      for (const column of ['prior', 'budget', 'final']) {
        expect(styleOf(p, `line.${line.key}.${column}`).numberFormat).toBe('#,##0.00');
      }
    });
    expect(styleOf(p, 'line.vehiclePurchase.prior').border).toBe(true);
  });

  it('formats 控制率 as a rate and merges the measures text across the value columns', () => {
    expect(styleOf(p, 'staff.controlRate').numberFormat).toBe('0.00%');
    const measures = at(p, 'measures');
    expect(p.merges).toContainEqual({
      top: measures.row,
      left: 1,
      bottom: measures.row,
      right: 3,
    });
    expect(p.rowHeights[measures.row]).toBeGreaterThanOrEqual(60);
    expect(p.cells.at(-1)?.value).toBe(BASE_NOTE);
  });
});

describe('附件2', () => {
  const p = plan('overall', { year: 2021, unit: '某单位' });

  it('prints each 二级 with its weight in full-width brackets and 一级 weights beside them', () => {
    expect(valueOf(p, 'ind.0.0.label')).toBe('预算编审管理（3）');
    expect(valueOf(p, 'ind.2.4.label')).toBe('满意度指标（10）');
    expect(valueOf(p, 'ind.0.weight')).toBe(30);
    expect(valueOf(p, 'ind.1.label')).toBe('产出指标');
    expect(valueOf(p, 'total.weight')).toBe(100);
    expect(valueOf(p, 'unitName')).toBe('某单位');
  });

  it('reads 内容1：/内容2：/…… on three-row 二级s and …… twice on two-row ones', () => {
    expect([0, 1, 2].map((k) => valueOf(p, `ind.1.0.${k}.level3`))).toEqual([
      '内容1：',
      '内容2：',
      '……',
    ]);
    expect([0, 1].map((k) => valueOf(p, `ind.2.0.${k}.level3`))).toEqual(['……', '……']);
  });

  it('merges the 投入管理 note over the 三级 and target cells of its eight rows', () => {
    const top = at(p, 'ind.0.0.0.score').row;
    expect(p.merges).toContainEqual({ top, left: 3, bottom: top + 7, right: 4 });
    expect(p.cells.find((c) => c.row === top && c.col === 3)?.value).toBe(
      OVERALL_INPUT_MANAGEMENT_NOTE,
    );
    expect(p.fields['ind.0.0.0.level3']).toBeUndefined();
  });

  it('merges each 一级 label and weight down over its rows', () => {
    const label = at(p, 'ind.1.label');
    const rows = OVERALL_INDICATORS[1].children.reduce((n, c) => n + c.rows, 0);
    expect(p.merges).toContainEqual({
      top: label.row,
      left: 0,
      bottom: label.row + rows - 1,
      right: 0,
    });
    expect(p.merges).toContainEqual({
      top: label.row,
      left: 1,
      bottom: label.row + rows - 1,
      right: 1,
    });
  });

  it('validates each score against its 二级 weight', () => {
    const score = at(p, 'ind.0.3.0.score');
    const validation = p.validations.find((v) => v.range.top === score.row);
    expect(validation).toMatchObject({ min: 0, max: 5 });
  });

  it('formats rates and ends with 总分, 等级 and the footnote', () => {
    expect(styleOf(p, 'scale.fiscal.rate').numberFormat).toBe('0.00%');
    expect(styleOf(p, 'scale.fiscal.budget').numberFormat).toBe('#,##0.00');
    expect(at(p, 'grade').row).toBe(at(p, 'total.score').row + 1);
    expect(p.cells.at(-1)?.value).toBe(OVERALL_FOOTNOTE);
  });
});

describe('附件3', () => {
  const p = plan('project', { year: 2021, projectName: '某项目', unit: '某单位' });

  it('prefills 分值 10 on 年度资金总额 only and validates its 得分 up to 10', () => {
    expect(valueOf(p, 'funds.total.weight')).toBe(10);
    expect(valueOf(p, 'funds.fiscal.weight')).toBeNull();
    const score = at(p, 'funds.total.score');
    expect(p.validations.find((v) => v.range.top === score.row)).toMatchObject({ max: 10 });
    expect(styleOf(p, 'funds.total.rate').numberFormat).toBe('0.00%');
    expect(valueOf(p, 'name')).toBe('某项目');
    expect(valueOf(p, 'implementer')).toBe('某单位');
  });

  it('prints 二级 labels bare, 三级 empty with …… on each last row', () => {
    expect(valueOf(p, 'ind.0.0.label')).toBe(PROJECT_INDICATORS[0].children[0].name);
    expect(valueOf(p, 'ind.0.0.0.level3')).toBeNull();
    expect(valueOf(p, 'ind.0.0.1.level3')).toBe('……');
    // 满意度指标（10分） does not fit the 一级 column: broken before the bracket.
    expect(valueOf(p, 'ind.2.label')).toBe(PROJECT_INDICATORS[2].label.replace('（', '\n（'));
  });

  it('merges 绩效指标 down column A from the heading row to the last indicator row', () => {
    const last = at(p, 'total.score').row - 1;
    const merge = p.merges.find((m) => m.left === 0 && m.bottom === last);
    expect(merge).toBeDefined();
    expect(p.cells.find((c) => c.row === merge?.top && c.col === 0)?.value).toBe('绩效指标');
    expect(p.cells.find((c) => c.row === merge?.top && c.col === 1)?.value).toBe('一级指标');
  });

  it('lays out a custom indicator tree with weights in the 二级 labels', () => {
    const custom = plan('project', {
      indicators: [
        {
          name: '产出指标',
          label: '产出指标(50分)',
          weight: 50,
          children: [{ name: '数量指标', weight: 15, rows: 2 }],
        },
      ],
    });
    expect(valueOf(custom, 'ind.0.label')).toBe('产出指标\n(50分)');
    expect(valueOf(custom, 'ind.0.0.label')).toBe('数量指标（15）');
    expect(custom.fields['ind.1.label']).toBeUndefined();
  });
});
