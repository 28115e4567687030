/** Every attachment's plan: print setup, fields, merges, the 校验 column. */
import type { MergeRange } from '../../src/core/grid';
import type { AttachmentKind } from '../../src/core/forms/kinds';
import { plan } from '../../src/layout';
import type { SheetPlan } from '../../src/layout/plan';

const KINDS: AttachmentKind[] = ['base', 'overall', 'project'];
const FORM_WIDTH: Record<AttachmentKind, number> = { base: 4, overall: 8, project: 9 };

function overlaps(a: MergeRange, b: MergeRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function valueAt(p: SheetPlan, row: number, col: number): unknown {
  return p.cells.find((c) => c.row === row && c.col === col)?.value ?? null;
}

function lastRow(p: SheetPlan): number {
  return Math.max(...p.cells.map((c) => c.row));
}

describe.each(KINDS)('plan(%s)', (kind) => {
  const p = plan(kind, { unit: '浏阳市招商引资服务中心', year: 2021, projectName: '某项目' });

  it('prints on A4 in the official orientation, one page wide, titles repeated, paged footer', () => {
    const setup = p.pageSetup;
    expect(setup.paperSize).toBe('A4');
    expect(setup.orientation).toBe(kind === 'base' ? 'portrait' : 'landscape');
    expect(setup.fitToWidth).toBe(1);
    expect(setup.fitToHeight).toBe(0);
    // 附件1 fits one page and repeats its title block; 附件2/3 repeat their indicator column
    // headings (a continuation page must say which column is which).
    if (kind === 'base') expect(setup.printTitleRows).toEqual({ first: 0, last: 2 });
    else {
      const { first, last } = setup.printTitleRows;
      expect(last).toBe(first);
      const headings = p.cells.filter((c) => c.row === first).map((c) => c.value);
      expect(headings).toContain('三级指标');
    }
    expect(setup.footer).toBe('第 &P 页 共 &N 页');
    expect(setup.horizontalCentered).toBe(true);
  });

  it('prints the form from 附件N to its last row, and not the 校验 column', () => {
    const area = p.pageSetup.printArea;
    expect(area).toEqual({ top: 0, left: 0, bottom: lastRow(p), right: FORM_WIDTH[kind] - 1 });
    expect(p.checkColumn).toBe(FORM_WIDTH[kind]);
    expect(p.columnWidths).toHaveLength(FORM_WIDTH[kind] + 1);
  });

  it('heads the sheet with 附件N, the titled year and the unit', () => {
    const no = { base: 1, overall: 2, project: 3 }[kind];
    expect(valueAt(p, 0, 0)).toBe(`附件${no}`);
    expect(String(valueAt(p, 1, 0))).toMatch(/^2021年.*自评.*表$/);
    expect(p.merges).toContainEqual({ top: 1, left: 0, bottom: 1, right: FORM_WIDTH[kind] - 1 });
    expect(valueAt(p, 2, 0)).toBe('填报单位：浏阳市招商引资服务中心');
    expect(valueAt(p, 2, FORM_WIDTH[kind] - 1)).toBe(
      kind === 'project' ? '单位：万元' : '单位：元',
    );
  });

  it('has merges that do not overlap', () => {
    for (let i = 0; i < p.merges.length; i += 1) {
      for (let j = i + 1; j < p.merges.length; j += 1) {
        expect([p.merges[i], p.merges[j], overlaps(p.merges[i], p.merges[j])]).toEqual([
          p.merges[i],
          p.merges[j],
          false,
        ]);
      }
    }
  });

  it('puts every field in its own cell, inside the print area, never inside a merge', () => {
    const cells = Object.values(p.fields).map((f) => `${f.row}:${f.col}`);
    expect(new Set(cells).size).toBe(cells.length);
    const area = p.pageSetup.printArea;
    for (const [key, { row, col }] of Object.entries(p.fields)) {
      expect([key, row >= area.top && row <= area.bottom && col <= area.right]).toEqual([
        key,
        true,
      ]);
      const covering = p.merges.find(
        (m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right,
      );
      if (covering) expect([key, covering.top, covering.left]).toEqual([key, row, col]);
    }
  });

  it('heads the 校验 column on the table heading row, outside the print area', () => {
    const heading = p.cells.find((c) => c.col === p.checkColumn);
    expect(heading?.value).toBe('校验（不打印）');
    const headingRowText = p.cells.filter((c) => c.row === heading?.row).map((c) => c.value);
    expect(headingRowText).toContain(kind === 'base' ? '经费控制情况' : '一级指标');
  });

  it('gives each validation a 0..max range with a zh-CN prompt', () => {
    for (const v of p.validations) {
      expect(v.min).toBe(0);
      expect(v.max).toBeGreaterThan(0);
      expect(v.prompt).toMatch(/得分/);
    }
  });

  it('keeps its keepTogether spans inside the form', () => {
    for (const span of p.keepTogether ?? []) {
      expect(span.first).toBeLessThanOrEqual(span.last);
      expect(span.last).toBeLessThanOrEqual(p.pageSetup.printArea.bottom);
    }
  });

  it('leaves page breaks to the host until the form is filled', () => {
    expect(p.rowBreaks).toBeUndefined();
  });
});

describe('without a year', () => {
  it('titles the forms without one and labels the base columns 上年/本年', () => {
    const base = plan('base', {});
    const texts = base.cells.map((c) => c.value);
    expect(texts).toContain('部门整体支出绩效自评基础数据表');
    expect(texts).toEqual(
      expect.arrayContaining(['上年决算数', '本年预算数', '本年决算数', '本年实际在职人数']),
    );
    expect(plan('project', {}).cells.map((c) => c.value)).toContain('项目支出绩效自评表');
  });

  it('with one, names the years', () => {
    const texts = plan('base', { year: 2021 }).cells.map((c) => c.value);
    expect(texts).toEqual(
      expect.arrayContaining([
        '2020年决算数',
        '2021年预算数',
        '2021年决算数',
        '2021年实际在职人数',
      ]),
    );
  });
});

describe('sheet names', () => {
  it('defaults per form and takes the one asked for', () => {
    expect(plan('base').sheetName).toBe('附件1 基础数据表');
    expect(plan('overall').sheetName).toBe('附件2 整体支出自评表');
    expect(plan('project', { sheetName: '附件3 项目2' }).sheetName).toBe('附件3 项目2');
  });
});
