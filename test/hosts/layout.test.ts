/** Laying out attachments through the Excel host, on the memory workbook. */
import { recognize, toAddress } from '../../src/core';
import { createExcelActions, widthToPoints } from '../../src/hosts/excel';
import { groupValidations } from '../../src/hosts/excel/printSetup';
import { MemoryWorkbook, type CellFormat } from '../../src/hosts/memory';
import { plan } from '../../src/layout';
import type { CellStyle, SheetPlan } from '../../src/layout/plan';
import { planToGrid } from '../../src/layout/toGrid';
import { BASE, OVERALL, projectNames } from './helpers';

const UNIT = '浏阳市招商引资服务中心';
const REQUEST = {
  kinds: ['base', 'overall', 'project'] as const,
  unit: UNIT,
  year: 2021,
};

async function layOut52(excelApi?: string) {
  const book = new MemoryWorkbook({ excelApi });
  const actions = createExcelActions(book.api());
  const names = await actions.insertForms({
    ...REQUEST,
    kinds: [...REQUEST.kinds],
    projectNames: projectNames(50),
  });
  return { book, actions, names };
}

/** What the memory workbook should hold for a cell after the plan's styles, applied in order. */
function expectedFormat(styles: SheetPlan['styles'], row: number, col: number, indent: boolean) {
  let style: CellStyle = {};
  for (const s of styles) {
    const { top, left, bottom, right } = s.range;
    if (row >= top && row <= bottom && col >= left && col <= right)
      style = { ...style, ...s.style };
  }
  const out: CellFormat = {};
  const align = { left: 'Left', center: 'Center', right: 'Right' } as const;
  const valign = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
  if (style.fontName !== undefined) out.fontName = style.fontName;
  if (style.fontSize !== undefined) out.fontSize = style.fontSize;
  if (style.bold !== undefined) out.bold = style.bold;
  if (style.hAlign !== undefined) out.horizontalAlignment = align[style.hAlign];
  if (style.vAlign !== undefined) out.verticalAlignment = valign[style.vAlign];
  if (style.wrap !== undefined) out.wrapText = style.wrap;
  if (style.indent !== undefined && indent) out.indentLevel = style.indent;
  if (style.fill !== undefined) out.fill = style.fill;
  if (style.border) {
    const line = { style: 'Continuous', weight: 'Thin' };
    out.borders = { top: line, bottom: line, left: line, right: line };
  }
  return out;
}

describe('insertForms', () => {
  it('lays out 附件1, 附件2 and 50 附件3 in two round trips, recognised as 52 forms', async () => {
    const { book, names } = await layOut52();
    expect(book.syncCount).toBeLessThanOrEqual(3);
    expect(book.syncCount).toBe(2);
    expect(names).toHaveLength(52);
    expect(names.slice(0, 3)).toEqual([BASE, OVERALL, '附件3 招商引资专项1']);
    expect(book.sheetNames()).toEqual(names);
    const forms = recognize(book.toGrids());
    expect(forms).toHaveLength(52);
    expect(forms.filter((f) => f.kind === 'project')).toHaveLength(50);
    // The accountant lands on the first new sheet.
    expect(book.activeSheet).toBe(BASE);
  });

  it('lays 附件2 out in the 年度预算申请 template when asked, and remembers the choice', async () => {
    const book = new MemoryWorkbook();
    const actions = createExcelActions(book.api());
    await actions.insertForms({
      ...REQUEST,
      kinds: ['overall'],
      projectNames: [],
      overallLayout: 'funds',
    });
    const [overall] = recognize(book.toGrids());
    expect(overall.kind).toBe('overall');
    if (overall.kind !== 'overall') return;
    expect(overall.unit).toBe('wan');
    expect(overall.funds.map((l) => l.key)).toContain('sourceTotal');
    // Stored in the workbook's settings: the next layout (and the dialog) propose it.
    expect((await actions.readSettings?.())?.overallLayout).toBe('funds');
    book.deleteSheet(overall.sheet);
    await actions.insertForms({ ...REQUEST, kinds: ['overall'], projectNames: [] });
    const [again] = recognize(book.toGrids());
    expect(again.kind === 'overall' && again.funds.map((l) => l.key)).toContain('structureTotal');
  });

  it('puts down the plan: values, merges, number formats, widths, heights', async () => {
    const { book, names } = await layOut52();
    const p = plan('project', { unit: UNIT, year: 2021, projectName: '招商引资专项1' });
    const grid = book.toGrid(names[2]);
    const expected = planToGrid(p, names[2]);
    expected.values.forEach((row, r) =>
      row.forEach((value, c) => expect([r, c, grid.values[r]?.[c] ?? null]).toEqual([r, c, value])),
    );
    expect(grid.merges).toEqual(p.merges);
    expect(book.numberFormat(names[2], 'H7')).toBe('0.00%');
    const sheet = book.inspect(names[2]);
    p.columnWidths.forEach((chars, col) =>
      expect(sheet.columnWidths.get(col)).toBe(widthToPoints(chars)),
    );
    for (const [row, height] of Object.entries(p.rowHeights)) {
      expect(sheet.rowHeights.get(Number(row))).toBe(height);
    }
  });

  it('gives every cell the look of the layered styles', async () => {
    const { book, names } = await layOut52();
    const plans = [plan('base', REQUEST), plan('overall', REQUEST)];
    plans.forEach((p, i) => {
      for (const { range } of p.styles) {
        for (let r = range.top; r <= range.bottom; r += 1)
          for (let c = range.left; c <= range.right; c += 1)
            expect([toAddress(r, c), book.cellFormat(names[i], toAddress(r, c))]).toEqual([
              toAddress(r, c),
              expectedFormat(p.styles, r, c, true),
            ]);
      }
    });
  });

  it('sets up printing and score validation on ExcelApi 1.9 and later', async () => {
    const { book, names } = await layOut52();
    const p = plan('overall', REQUEST);
    const sheet = book.inspect(names[1]);
    expect(sheet.pageLayout).toEqual({
      paperSize: 'A4',
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0, scale: 100 },
      centerHorizontally: true,
      // No fill printed: the over-budget highlight stays on screen (issue 12).
      blackAndWhite: true,
      leftMargin: 28.8,
      rightMargin: 28.8,
      topMargin: 36,
      bottomMargin: 43.2,
      headerMargin: 18,
      footerMargin: 18,
      printArea: 'A1:H46',
      printTitleRows: `$${p.pageSetup.printTitleRows.first + 1}:$${p.pageSetup.printTitleRows.last + 1}`,
      centerFooter: '第 &P 页 共 &N 页',
    });
    expect(book.inspect(names[0]).pageLayout.orientation).toBe('Portrait');
    // Score cells stacked with the same bounds share one validation.
    expect(sheet.validations).toHaveLength(groupValidations(p.validations).length);
    const covered = sheet.validations.reduce((n, v) => n + v.range.bottom - v.range.top + 1, 0);
    expect(covered).toBe(p.validations.length);
    expect(sheet.validations[0]).toMatchObject({
      range: p.validations[0].range,
      ignoreBlanks: true,
      rule: { decimal: { operator: 'Between', formula1: 0, formula2: p.validations[0].max } },
      prompt: { showPrompt: true, title: '得分', message: p.validations[0].prompt },
      errorAlert: { showAlert: true, style: 'Stop', title: '得分超出范围' },
    });
    // A layout is one undo step where Excel can merge them.
    expect(book.undoSteps).toBe(1);
    expect(book.runs.every((r) => r.mergeUndoGroup)).toBe(true);
  });

  it('never overwrites a sheet: a name in use gets (2)', async () => {
    const book = MemoryWorkbook.fromGrids([{ name: BASE, values: [['我的底稿']], merges: [] }]);
    const actions = createExcelActions(book.api());
    const names = await actions.insertForms({ ...REQUEST, kinds: ['base'], projectNames: [] });
    expect(names).toEqual([`${BASE} (2)`]);
    expect(book.value(BASE, 'A1')).toBe('我的底稿');
    expect(book.sheetNames()).toEqual([BASE, `${BASE} (2)`]);
  });

  it('adds projects one at a time, named or numbered', async () => {
    const book = new MemoryWorkbook();
    const actions = createExcelActions(book.api());
    expect(await actions.addProject('园区建设', UNIT, 2021)).toBe('附件3 园区建设');
    expect(await actions.addProject('园区建设', UNIT, 2021)).toBe('附件3 园区建设 (2)');
    expect(await actions.addProject('', UNIT, 2021)).toBe('附件3 项目1');
    expect(await actions.addProject('', UNIT, 2021)).toBe('附件3 项目2');
    expect(await actions.addProject('a/b:c*d?[e]', UNIT, 2021)).toBe('附件3 abcde');
    expect(book.syncCount).toBe(10);
    expect(recognize(book.toGrids())).toHaveLength(5);
  });

  it('still lays out on ExcelApi 1.2: no print setup, no validation, no indents', async () => {
    const { book, names } = await layOut52('1.2');
    expect(book.syncCount).toBe(2);
    expect(recognize(book.toGrids())).toHaveLength(52);
    const sheet = book.inspect(names[0]);
    expect(sheet.pageLayout).toEqual({});
    expect(sheet.validations).toEqual([]);
    expect(book.inspect(names[1]).validations).toEqual([]);
    expect(sheet.merges.length).toBeGreaterThan(0);
    expect(sheet.columnWidths.size).toBeGreaterThan(0);
    const p = plan('base', REQUEST);
    for (const { range } of p.styles) {
      const at = toAddress(range.top, range.left);
      expect(book.cellFormat(names[0], at)).toEqual(
        expectedFormat(p.styles, range.top, range.left, false),
      );
    }
    expect(book.runs.some((r) => r.mergeUndoGroup)).toBe(false);
  });
});
