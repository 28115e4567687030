/**
 * A WorkbookActions double for the pane's tests: the real core `evaluate()` on the seed's grids
 * (planToGrid(demoPlans()[i])), jest mocks for the calls, and a way to hold a call open so the
 * spinner can be seen.
 */
import { evaluate } from '../../src/core';
import type { Evaluation, SheetGrid } from '../../src/core';
import { demoPlans } from '../../src/cli/demoWorkbook';
import { templatePlans } from '../../src/cli/templateWorkbook';
import { planToGrid } from '../../src/layout/toGrid';
import type {
  AppliedWrite,
  HostCapabilities,
  HostEvaluation,
  WorkbookActions,
} from '../../src/app/actions';

/** The seed's sheets: 0 附件1, 1 附件2, 2 附件3. */
export function seedGrids(indices: number[] = [0, 1, 2]): SheetGrid[] {
  const plans = demoPlans();
  return indices.map((i) => planToGrid(plans[i]));
}

export function seedEvaluation(indices?: number[]): Evaluation {
  return evaluate(seedGrids(indices));
}

/** The sheet of a 附件3 laid out by 新增项目支出自评表 and not filled in yet. */
export const BLANK_PROJECT = '附件3 项目2';

/** The seed with a second 附件3 laid out from the template and left blank. */
export function seedWithBlankProject(): Evaluation {
  const blank = templatePlans({ unit: '浏阳市招商引资服务中心', year: 2021, projects: 1 })[2];
  return evaluate([...seedGrids(), planToGrid({ ...blank, sheetName: BLANK_PROJECT })]);
}

/** The grids as the host leaves them after 重新计算得分 wrote the derived cells. */
export function gridsAfterWrites(grids: SheetGrid[], ev: Evaluation): SheetGrid[] {
  for (const w of ev.writes) {
    const grid = grids.find((g) => g.name === w.sheet);
    if (grid && grid.values[w.row]) grid.values[w.row][w.col] = w.value;
    // A rate gets the number format of the setting's precision with its value, as in Excel.
    if (grid && w.numberFormat !== undefined) {
      grid.numberFormats ??= [];
      grid.numberFormats[w.row] ??= [];
      grid.numberFormats[w.row][w.col] = w.numberFormat;
    }
  }
  return grids;
}

/**
 * The seed before and after 重新计算得分, and what a host reports it rewrote: each derived cell
 * the core writes, with the value the seed's sheet held there.
 */
export function recalculatedSeed(): {
  before: Evaluation;
  after: HostEvaluation;
  applied: AppliedWrite[];
} {
  const before = evaluate(seedGrids());
  const grids = seedGrids();
  const applied: AppliedWrite[] = before.writes.map((w) => ({
    sheet: w.sheet,
    address: w.address,
    before: grids.find((g) => g.name === w.sheet)?.values[w.row]?.[w.col] ?? null,
    after: w.value,
  }));
  const after = { ...evaluate(gridsAfterWrites(grids, before)), applied };
  return { before, after, applied };
}

export const FULL_CAPABILITIES: HostCapabilities = {
  excelApi: '1.20',
  autoRecalc: true,
  pageSetup: true,
  cellLayout: true,
  undoKept: true,
  undoGrouped: true,
};

export type FakeActions = { [K in keyof WorkbookActions]: jest.Mock & WorkbookActions[K] };

export function fakeActions(
  checkResult: Evaluation = seedEvaluation(),
  overrides: Partial<WorkbookActions> = {},
): FakeActions {
  const base: WorkbookActions = {
    capabilities: () => FULL_CAPABILITIES,
    check: async () => checkResult,
    recalculate: async () => checkResult,
    insertForms: async (req) => req.kinds.map((k) => `new ${k}`),
    addProject: async (name) => `附件3 ${name}`,
    selectCell: async () => undefined,
    ...overrides,
  };
  return {
    capabilities: jest.fn(base.capabilities),
    check: jest.fn(base.check),
    recalculate: jest.fn(base.recalculate),
    insertForms: jest.fn(base.insertForms),
    addProject: jest.fn(base.addProject),
    selectCell: jest.fn(base.selectCell),
    ...(base.readSettings ? { readSettings: jest.fn(base.readSettings) } : {}),
  };
}

/** A promise the test resolves by hand. */
export function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
