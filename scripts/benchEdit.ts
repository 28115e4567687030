/**
 * 编辑时自动重算, per edit, for 附件1 + 附件2 + N 附件3 filled with the seed's figures:
 *
 *   engine   the evaluation an edit costs (evaluateIncrementally: the edited sheet checked anew,
 *            the attachments against each other, the result assembled), against a full
 *            evaluate() of the same workbook. Budget: ≤ 5 ms at 200 附件3.
 *   host     round trips, cells read and written, and latency on the memory host (the debounce
 *            left out), for edits that change a derived cell (a 附件3 or 附件2 全年执行数) and
 *            edits that change none (the same figure typed again).
 *
 *   node -r ts-node/register/transpile-only scripts/benchEdit.ts
 */
import { performance } from 'perf_hooks';
import { demoPlans } from '../src/cli/demoWorkbook';
import { evaluate, evaluateIncrementally, type SheetGrid } from '../src/core';
import { createExcelActions, type Timers } from '../src/hosts/excel';
import { memoryWorkbookFromPlans, type MemoryWorkbook } from '../src/hosts/memory';
import type { SheetPlan } from '../src/layout/plan';
import { planToGrid } from '../src/layout/toGrid';

const SIZES = [1, 50, 200];
const EDITS = 21;
const ENGINE_EDITS = 101;
const OVERALL = '附件2 整体支出自评表';
const ENGINE_BUDGET_MS = 5;

function seedPlans(projects: number): SheetPlan[] {
  const [base, overall, project] = demoPlans();
  const copies = Array.from({ length: projects }, (_, i) => ({
    ...project,
    sheetName: `附件3 项目${i + 1}`,
  }));
  return [base, overall, ...copies];
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const max = (values: number[]): number => Math.max(...values);

/** A grid with one cell changed, as the session holds a re-read sheet: a new object. */
function edited(grid: SheetGrid, row: number, col: number, value: number): SheetGrid {
  const values = grid.values.map((r) => [...r]);
  values[row][col] = value;
  return { ...grid, values };
}

/** CPU milliseconds of this process: what the engine costs, whatever else the machine runs. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Engine time per edit: the edited sheet re-read (a new grid), evaluated incrementally. */
function engine(projects: number): { edit: number; editCpu: number; full: number } {
  const grids = seedPlans(projects).map((p) => planToGrid(p));
  let state = evaluateIncrementally(grids);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < ENGINE_EDITS; i += 1) {
    // 附件3 F7 (年度资金总额 全年执行数, row 6 col 5) or 附件2 F9 (项目支出 全年执行数).
    const k = i % 5 === 4 ? 1 : 2 + ((i * 7) % projects);
    grids[k] = k === 1 ? edited(grids[k], 8, 5, 2_600_000 + i) : edited(grids[k], 6, 5, 400 + i);
    const start = performance.now();
    const startCpu = cpuMs();
    state = evaluateIncrementally(grids, {}, state);
    cpu.push(cpuMs() - startCpu);
    wall.push(performance.now() - start);
  }
  const full: number[] = [];
  for (let i = 0; i < 7; i += 1) {
    const start = performance.now();
    evaluate(grids);
    full.push(performance.now() - start);
  }
  // The first edits warm the JIT up; the median of the rest is what an edit costs.
  return { edit: median(wall.slice(10)), editCpu: median(cpu.slice(10)), full: median(full) };
}

/** A clock whose debounce the bench fires by hand: latency is the work, not the wait. */
function manualTimers(): Timers & { fire(): void } {
  let pending: (() => void) | null = null;
  return {
    setTimeout: (callback) => (pending = callback),
    clearTimeout: () => (pending = null),
    now: () => performance.now(),
    fire() {
      const callback = pending;
      pending = null;
      callback?.();
    },
  };
}

interface Sample {
  trips: number;
  read: number;
  written: number;
  ms: number;
}

async function watched(projects: number) {
  const book = await memoryWorkbookFromPlans(seedPlans(projects));
  const timers = manualTimers();
  const actions = createExcelActions(book.api(), { watch: { timers } });
  await actions.recalculate();
  await actions.watch?.(
    () => undefined,
    (e) => console.error(e.message),
  );
  await book.settled();
  return { book, timers };
}

async function editOnce(
  book: MemoryWorkbook,
  timers: ReturnType<typeof manualTimers>,
  edit: [string, string, number],
): Promise<Sample> {
  book.resetCounters();
  const start = performance.now();
  await book.edit(...edit);
  timers.fire();
  // The recalculation runs on promises only: wait for its runs and the events of its writes.
  for (let i = 0; i < 3; i += 1) {
    await new Promise<void>((r) => setImmediate(r));
    await book.settled();
  }
  const ms = performance.now() - start;
  const read = book.loads.reduce((n, l) => n + l.cells, 0);
  return { trips: book.syncCount, read, written: book.cellsWritten, ms };
}

async function host(projects: number) {
  const { book, timers } = await watched(projects);
  const changing: Sample[] = [];
  const quiet: Sample[] = [];
  for (let i = 0; i < EDITS; i += 1) {
    const sheet = i % 2 === 0 ? `附件3 项目${1 + ((i * 7) % projects)}` : OVERALL;
    const address = sheet === OVERALL ? 'F9' : 'F7';
    const value = sheet === OVERALL ? 2_600_000 + i * 1000 : 400 + i;
    changing.push(await editOnce(book, timers, [sheet, address, value]));
    quiet.push(await editOnce(book, timers, [sheet, address, value]));
  }
  return { changing, quiet };
}

async function main(): Promise<void> {
  const line = (cells: (string | number)[]) =>
    cells.map((c, i) => String(c).padStart(i === 0 ? 6 : 13)).join('');
  console.log(`编辑时自动重算: engine time per edit (median of ${ENGINE_EDITS - 10} edits)`);
  console.log('edit ms: wall clock; edit CPU ms: this process only (the machine is shared);');
  console.log('full ms: evaluate() of the whole workbook, what an edit cost before.');
  console.log(line(['附件3', 'edit ms', 'edit CPU ms', 'full ms', 'budget']));
  for (const n of SIZES) {
    const e = engine(n);
    const ok = e.edit <= ENGINE_BUDGET_MS;
    const budget = n === 200 ? `≤ ${ENGINE_BUDGET_MS} ms: ${ok ? 'OK' : 'OVER'}` : '';
    console.log(line([n, e.edit.toFixed(2), e.editCpu.toFixed(2), e.full.toFixed(1), budget]));
  }
  console.log('');
  console.log(`per edit on the memory host, debounce excluded (median of ${EDITS} edits)`);
  console.log(
    line(['附件3', 'trips', 'trips max', 'cells read', 'written', 'edit ms', 'no-op trips']) +
      line(['', 'no-op ms']).slice(6),
  );
  for (const n of SIZES) {
    const r = await host(n);
    console.log(
      line([
        n,
        median(r.changing.map((s) => s.trips)),
        max([...r.changing, ...r.quiet].map((s) => s.trips)),
        median(r.changing.map((s) => s.read)),
        median(r.changing.map((s) => s.written)),
        median(r.changing.map((s) => s.ms)).toFixed(1),
        median(r.quiet.map((s) => s.trips)),
      ]) + line(['', median(r.quiet.map((s) => s.ms)).toFixed(1)]).slice(6),
    );
  }
}

void main();
