/**
 * Round trips, cells written and time of a full recalculation through the Excel host, on the
 * memory workbook, for 附件1 + 附件2 + N 附件3 filled with the seed demo's figures (whose 附件3
 * 执行率 and 总分 are typed wrong, so every recalculation has cells to rewrite).
 *
 *   node -r ts-node/register/transpile-only scripts/benchHost.ts
 */
import { performance } from 'perf_hooks';
import { demoPlans } from '../src/cli/demoWorkbook';
import { evaluate } from '../src/core';
import { createExcelActions, detectFeatures, layoutPlans } from '../src/hosts/excel';
import { MemoryWorkbook } from '../src/hosts/memory';
import type { SheetPlan } from '../src/layout/plan';

const SIZES = [1, 10, 50, 200];

function seedPlans(projects: number): SheetPlan[] {
  const [base, overall, project] = demoPlans();
  const copies = Array.from({ length: projects }, (_, i) => ({
    ...project,
    sheetName: `附件3 项目${i + 1}`,
  }));
  return [base, overall, ...copies];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await fn();
  return [result, performance.now() - start];
}

interface Row {
  projects: number;
  sheets: number;
  layoutTrips: number;
  layoutStatements: number;
  layoutMs: number;
  checkTrips: number;
  coldTrips: number;
  recalcTrips: number;
  written: number;
  recalcMs: number;
  quietTrips: number;
  quietMs: number;
  engineMs: number;
}

/** The plans laid out through the Excel host's layout code, counters reset afterwards. */
async function layOut(projects: number) {
  const book = new MemoryWorkbook();
  const api = book.api();
  const plans = seedPlans(projects);
  const [, ms] = await time(() =>
    api.run((ctx) => layoutPlans(ctx, detectFeatures(api), () => plans, null)),
  );
  const stats = { trips: book.syncCount, statements: book.statementCount, ms };
  book.resetCounters();
  return { book, stats };
}

/** A fresh workbook, checked once as the pane does when it opens, counters reset. */
async function openWorkbook(projects: number) {
  const { book } = await layOut(projects);
  const actions = createExcelActions(book.api());
  await actions.check();
  const checkTrips = book.syncCount;
  book.resetCounters();
  return { book, actions, checkTrips };
}

/** A recalculation with no read before it (a fresh pane): the sheet names cost a round trip. */
async function coldTrips(projects: number): Promise<number> {
  const { book } = await layOut(projects);
  await createExcelActions(book.api()).recalculate();
  return book.syncCount;
}

async function measure(projects: number, runs: number): Promise<Row> {
  const { stats: layout } = await layOut(projects);
  const recalcTimes: number[] = [];
  const quietTimes: number[] = [];
  const engineTimes: number[] = [];
  let row: Row | null = null;
  for (let i = 0; i < runs; i += 1) {
    const { book, actions, checkTrips } = await openWorkbook(projects);
    const [evaluation, recalcMs] = await time(() => actions.recalculate());
    const recalcTrips = book.syncCount;
    const written = book.cellsWritten;
    book.resetCounters();
    const [, quietMs] = await time(() => actions.recalculate());
    const grids = book.toGrids();
    const [, engineMs] = await time(async () => evaluate(grids));
    recalcTimes.push(recalcMs);
    quietTimes.push(quietMs);
    engineTimes.push(engineMs);
    row = {
      projects,
      sheets: evaluation.forms.length,
      layoutTrips: layout.trips,
      layoutStatements: layout.statements,
      layoutMs: layout.ms,
      checkTrips,
      coldTrips: await coldTrips(projects),
      recalcTrips,
      written,
      recalcMs: 0,
      quietTrips: book.syncCount,
      quietMs: 0,
      engineMs: 0,
    };
  }
  if (!row) throw new Error('no runs');
  return {
    ...row,
    recalcMs: median(recalcTimes),
    quietMs: median(quietTimes),
    engineMs: median(engineTimes),
  };
}

function table(rows: Row[]): string {
  const head = [
    'projects',
    'forms',
    'layout RT',
    'statements',
    'layout ms',
    'check RT',
    'recalc RT',
    'cold recalc RT',
    'cells written',
    'recalc ms',
    'no-change RT',
    'no-change ms',
    'evaluate ms',
  ];
  const lines = rows.map((r) => [
    String(r.projects),
    String(r.sheets),
    String(r.layoutTrips),
    String(r.layoutStatements),
    r.layoutMs.toFixed(0),
    String(r.checkTrips),
    String(r.recalcTrips),
    String(r.coldTrips),
    String(r.written),
    r.recalcMs.toFixed(1),
    String(r.quietTrips),
    r.quietMs.toFixed(1),
    r.engineMs.toFixed(1),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  return [fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...lines.map(fmt)].join('\n');
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const projects of SIZES) {
    rows.push(await measure(projects, projects >= 200 ? 3 : 5));
  }
  console.log('Full recalculation through the Excel host on the memory workbook (median times)');
  console.log('RT = round trips (context.sync with statements). check: the first read of a');
  console.log('workbook; recalc: after that check; cold recalc: with no read before it.');
  console.log(table(rows));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
