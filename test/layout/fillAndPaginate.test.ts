/** fillFields, the row-height estimate and the page breaks of a filled form. */
import { fillFields, plan } from '../../src/layout';
import { mergeSpans, paginate } from '../../src/layout/paginate';
import { demoPlans } from '../../src/cli/demoWorkbook';
import { breakBeforeBracket, linesNeeded, textWidthUnits } from '../../src/layout/rowHeights';

describe('fillFields', () => {
  const base = plan('base', { year: 2021 });

  it('sets values and layers a number format over the cell', () => {
    const filled = fillFields(base, {
      'staff.establishment': 17,
      'staff.controlRate': { value: 0.94, numberFormat: '0%' },
    });
    const rate = filled.fields['staff.controlRate'];
    expect(filled.cells).toContainEqual({ row: rate.row, col: rate.col, value: 0.94 });
    expect(filled.styles.at(-1)).toEqual({
      range: { top: rate.row, left: rate.col, bottom: rate.row, right: rate.col },
      style: { numberFormat: '0%' },
    });
    expect(base.cells).not.toContainEqual({ row: rate.row, col: rate.col, value: 0.94 });
  });

  it('clears a cell with null and rejects a key the form does not have', () => {
    const withUnit = fillFields(base, { unit: null });
    const unit = base.fields.unit;
    expect(withUnit.cells.find((c) => c.row === unit.row && c.col === unit.col)).toBeUndefined();
    expect(() => fillFields(base, { 'line.nothing.prior': 1 })).toThrow(/line\.nothing\.prior/);
  });

  it('grows a row to fit long text', () => {
    const overall = plan('overall', {});
    const target = overall.fields['ind.1.1.0.target'];
    const filled = fillFields(overall, { 'ind.1.1.0.target': '招商'.repeat(150) });
    expect(filled.rowHeights[target.row]).toBeGreaterThan(100);
    expect(overall.rowHeights[target.row]).toBeUndefined();
  });
});

describe('text measure', () => {
  it('counts full-width characters as one em and others as half', () => {
    expect(textWidthUnits('招商', 10.5)).toBeCloseTo(4, 5);
    expect(textWidthUnits('ab', 10.5)).toBeCloseTo(2, 5);
    expect(linesNeeded('一二三四五', 12, 10.5)).toBe(2);
    expect(linesNeeded('一二三四', 12, 10.5)).toBe(1);
    expect(linesNeeded('甲\n乙', 20, 10)).toBe(2);
  });
});

describe('paginate', () => {
  it('merges overlapping spans', () => {
    expect(
      mergeSpans([
        { first: 5, last: 9 },
        { first: 1, last: 3 },
        { first: 3, last: 4 },
      ]),
    ).toEqual([
      { first: 1, last: 4 },
      { first: 5, last: 9 },
    ]);
  });

  it('breaks pages only where a span starts, and only when the span would not fit', () => {
    const overall = plan('overall', {});
    const tall: Record<string, string> = {};
    for (const [i, j] of [
      [1, 0],
      [1, 1],
      [1, 2],
      [1, 3],
      [2, 0],
    ]) {
      tall[`ind.${i}.${j}.0.target`] = '目标'.repeat(120);
    }
    const filled = fillFields(overall, tall);
    const starts = new Set(mergeSpans(filled.keepTogether ?? []).map((s) => s.first));
    expect(filled.rowBreaks?.length).toBeGreaterThan(0);
    for (const row of filled.rowBreaks ?? []) expect(starts.has(row)).toBe(true);
    // Nothing to keep together: nothing to break.
    expect(paginate({ ...overall, keepTogether: undefined }).rowBreaks).toEqual([]);
  });
});

describe('issue 12: printed pages and labels', () => {
  it('a label too wide for its cell breaks before its bracket, never inside it', () => {
    // 10 units at 10 pt hold about five full-width characters.
    expect(breakBeforeBracket('效益指标（40分）', 10, 10)).toBe('效益指标\n（40分）');
    expect(breakBeforeBracket('产出指标(50分)', 10, 10)).toBe('产出指标\n(50分)');
    // Fits on one line, no bracket, or a bracket too long for a line of its own: as it is.
    expect(breakBeforeBracket('效益指标（40分）', 30, 10)).toBe('效益指标（40分）');
    expect(breakBeforeBracket('服务对象满意度指标', 10, 10)).toBe('服务对象满意度指标');
    expect(breakBeforeBracket('指标（按年度计划完成情况）', 10, 10)).toBe(
      '指标（按年度计划完成情况）',
    );
  });

  it('no break the add-in places leaves a page more than a third empty', () => {
    for (const p of demoPlans()) {
      const { rowBreaks = [] } = p;
      const landscape = p.pageSetup.orientation === 'landscape';
      const { margins, printArea, printTitleRows } = p.pageSetup;
      const capacity = (landscape ? 595.28 : 841.89) - (margins.top + margins.bottom) * 72;
      const h = (r: number) => p.rowHeights[r] ?? 15;
      let titles = 0;
      for (let r = printTitleRows.first; r <= printTitleRows.last; r += 1) titles += h(r);
      let start = printArea.top;
      for (const brk of rowBreaks) {
        // Pages after the first repeat the title rows.
        let used = start === printArea.top ? 0 : titles;
        for (let r = start; r < brk; r += 1) used += h(r);
        expect(used / capacity).toBeGreaterThanOrEqual(2 / 3 - 0.05);
        start = brk;
      }
    }
  });
});
