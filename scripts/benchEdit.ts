/**
 * 编辑时自动重算, per edit: round trips, cells read and written, and latency (engine + memory
 * host, the debounce left out) for 附件1 + 附件2 + N 附件3 filled with the seed's figures. Each
 * size gets edits that change a derived cell (a 附件3 全年执行数, a 附件2 全年执行数) and an edit
 * that changes none (the same figure typed again).
 *
 *   node -r ts-node/register/transpile-only scripts/benchEdit.ts
 */
import { performance } from 'perf_hooks';
import { demoPlans } from '../src/cli/demoWorkbook';
import { evaluate, type Evaluation } from '../src/core';
import { createExcelActions, type Timers } from '../src/hosts/excel';
import { memoryWorkbookFromPlans, type MemoryWorkbook } from '../src/hosts/memory';
import type { SheetPlan } from '../src/layout/plan';

const SIZES = [1, 50, 200];
const EDITS = 21;
const OVERALL = '附件2 整体支出自评表';

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
  const evaluations: Evaluation[] = [];
  await actions.watch?.(
    (e) => evaluations.push(e),
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

async function measure(projects: number) {
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
  const grids = book.toGrids().filter((g) => g.name.startsWith('附件'));
  const engine: number[] = [];
  for (let i = 0; i < 9; i += 1) {
    const start = performance.now();
    evaluate(grids);
    engine.push(performance.now() - start);
  }
  return { projects, changing, quiet, engine: median(engine) };
}

async function main(): Promise<void> {
  const rows = [];
  for (const n of SIZES) rows.push(await measure(n));
  const line = (cells: (string | number)[]) =>
    cells.map((c, i) => String(c).padStart(i === 0 ? 8 : 14)).join('');
  console.log('编辑时自动重算: per edit, memory host, debounce excluded (median of 21 edits)');
  console.log(
    line(['附件3', 'trips edit', 'trips max', 'cells read', 'written', 'edit ms', 'no-op trips']) +
      line(['', 'no-op ms']).slice(8) +
      line(['', 'engine ms']).slice(8),
  );
  for (const r of rows) {
    console.log(
      line([
        r.projects,
        median(r.changing.map((s) => s.trips)),
        max([...r.changing, ...r.quiet].map((s) => s.trips)),
        median(r.changing.map((s) => s.read)),
        median(r.changing.map((s) => s.written)),
        median(r.changing.map((s) => s.ms)).toFixed(1),
        median(r.quiet.map((s) => s.trips)),
      ]) +
        line(['', median(r.quiet.map((s) => s.ms)).toFixed(1)]).slice(8) +
        line(['', r.engine.toFixed(1)]).slice(8),
    );
  }
}

void main();
