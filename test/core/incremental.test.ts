/**
 * evaluateIncrementally (src/core/evaluateIncremental.ts): any sequence of edits, renames, sheets
 * added and removed, the add-in's own writes and settings changes ends where evaluate() of the
 * same grids ends, and only the sheets that changed are checked anew.
 */
import fc from 'fast-check';
import { demoPlans } from '../../src/cli/demoWorkbook';
import { evaluate, evaluateIncrementally } from '../../src/core';
import type { CellValue, IncrementalEvaluation, Settings, SheetGrid } from '../../src/core';
import { planToGrid } from '../../src/layout/toGrid';
import { cellValue } from './fixtures/arbitraries';

const [BASE, OVERALL, PROJECT] = demoPlans();

/** The seed's 附件1, 附件2 and `projects` copies of its 附件3. */
function seedGrids(projects: number): SheetGrid[] {
  return [
    planToGrid(BASE),
    planToGrid(OVERALL),
    ...Array.from({ length: projects }, (_, i) =>
      planToGrid({ ...PROJECT, sheetName: `附件3 项目${i + 1}` }),
    ),
  ];
}

/** A sheet with one cell changed: a new grid object, the old one untouched. */
function withCell(grid: SheetGrid, row: number, col: number, value: CellValue): SheetGrid {
  const values = grid.values.map((r) => [...r]);
  while (values.length <= row) values.push([]);
  const line = values[row];
  while (line.length < col) line.push(null);
  line[col] = value;
  return { ...grid, values };
}

type Step =
  | { kind: 'edit'; sheet: number; row: number; col: number; value: CellValue }
  | { kind: 'rename'; sheet: number; name: string }
  | { kind: 'remove'; sheet: number }
  | { kind: 'add'; copy: number }
  | { kind: 'writeBack' }
  | { kind: 'settings'; settings: Partial<Settings> };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      sheet: fc.nat(),
      row: fc.integer({ min: 0, max: 40 }),
      col: fc.integer({ min: 0, max: 10 }),
      value: cellValue,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('rename' as const),
      sheet: fc.nat(),
      name: fc.constantFrom('附件3 改名', '明细', '附件2 新', 'Sheet9'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), sheet: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('add' as const), copy: fc.nat() }) },
  { weight: 3, arbitrary: fc.constant({ kind: 'writeBack' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('settings' as const),
      settings: fc.record(
        { ratePrecision: fc.constantFrom(1, 2, 3), capExecutionScore: fc.boolean() },
        { requiredKeys: [] },
      ),
    }),
  },
);

/** Applies a step to the grids (new objects for what changes); returns the settings in force. */
function apply(
  grids: SheetGrid[],
  s: Step,
  settings: Partial<Settings>,
  state: IncrementalEvaluation,
): Partial<Settings> {
  if (s.kind === 'settings') return s.settings;
  if (s.kind === 'writeBack') {
    // The add-in's own writes, as the Excel host patches its grids once Excel took them.
    for (const w of state.evaluation.writes) {
      const i = grids.findIndex((g) => g.name === w.sheet);
      if (i >= 0) grids[i] = withCell(grids[i], w.row, w.col, w.value);
    }
    return settings;
  }
  if (s.kind === 'add') {
    const source = seedGrids(1)[s.copy % 3];
    grids.push({ ...source, name: `${source.name} ${grids.length}` });
    return settings;
  }
  if (grids.length === 0) return settings;
  const i = s.sheet % grids.length;
  if (s.kind === 'remove') grids.splice(i, 1);
  else if (s.kind === 'rename') grids[i] = { ...grids[i], name: `${s.name} ${i}` };
  else grids[i] = withCell(grids[i], s.row, s.col, s.value);
  return settings;
}

describe('evaluateIncrementally', () => {
  it('ends where a full evaluation ends, after any sequence of changes', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
        const grids = seedGrids(3);
        let settings: Partial<Settings> = {};
        let state = evaluateIncrementally(grids, settings);
        for (const s of steps) {
          settings = apply(grids, s, settings, state);
          state = evaluateIncrementally(grids, settings, state);
          expect(state.evaluation).toEqual(evaluate(grids, settings));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('checks anew only the sheet that changed', () => {
    const grids = seedGrids(5);
    const first = evaluateIncrementally(grids);
    grids[3] = withCell(grids[3], 6, 5, 300);
    const next = evaluateIncrementally(grids, {}, first);
    next.sheets.forEach((sheet, i) => {
      if (i === 3) expect(sheet).not.toBe(first.sheets[i]);
      else expect(sheet).toBe(first.sheets[i]);
    });
    // The seed's 附件3 F7 (全年执行数 of 年度资金总额) now 300: its 执行率 H7 is rewritten.
    expect(next.evaluation.writes.filter((w) => w.sheet === '附件3 项目2')).toContainEqual(
      expect.objectContaining({ address: 'H7', value: 0.6113 }),
    );
    expect(next.evaluation).toEqual(evaluate(grids));
  });

  it('starts over when the settings change', () => {
    const grids = seedGrids(2);
    const first = evaluateIncrementally(grids);
    const next = evaluateIncrementally(grids, { ratePrecision: 1 }, first);
    next.sheets.forEach((sheet, i) => expect(sheet).not.toBe(first.sheets[i]));
    expect(next.evaluation).toEqual(evaluate(grids, { ratePrecision: 1 }));
  });
});
