/**
 * The Excel host on the memory workbook, for 附件1 + 附件2 + N 附件3 filled with the seed demo's
 * figures (whose 附件3 执行率 and 总分 are typed wrong, so every recalculation has cells to
 * rewrite): per operation, round trips (syncs that carried statements), the largest request and
 * response in bytes as office.js would serialise them (src/hosts/memory/requestSize.ts, checked
 * against office.js in test/hosts/requestSize.test.ts), and the time.
 *
 *   layout        the forms laid out in new sheets (插入自评表)
 *   check         the pane's first read of the workbook
 *   recalc        重新计算得分 after that check; no-change: the same again
 *   edit          an edit under 编辑时自动重算 (a 附件3 全年执行数), debounce left out
 *   print         设置打印格式
 *
 *   node -r ts-node/register/transpile-only scripts/benchHost.ts
 */
import { performance } from 'perf_hooks';
import { demoPlans } from '../src/cli/demoWorkbook';
import {
  createExcelActions,
  REQUEST_BUDGET_BYTES,
  WorkbookSession,
  type Timers,
} from '../src/hosts/excel';
import { MemoryWorkbook } from '../src/hosts/memory';
import type { SheetPlan } from '../src/layout/plan';

const SIZES = [1, 50, 200];

function seedPlans(projects: number): SheetPlan[] {
  const [base, overall, project] = demoPlans();
  const copies = Array.from({ length: projects }, (_, i) => ({
    ...project,
    sheetName: `附件3 项目${i + 1}`,
  }));
  return [base, overall, ...copies];
}

/** A clock whose debounce the bench fires by hand: an edit's cost is the work, not the wait. */
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

interface Cost {
  trips: number;
  request: number;
  response: number;
  ms: number;
  extra?: string;
}

async function measure(book: MemoryWorkbook, work: () => Promise<unknown>): Promise<Cost> {
  book.resetCounters();
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  return {
    trips: book.syncCount,
    request: book.largestRequest,
    response: book.largestResponse,
    ms,
  };
}

async function settle(book: MemoryWorkbook): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    await book.settled();
  }
}

async function row(projects: number): Promise<Record<string, Cost>> {
  const book = new MemoryWorkbook();
  const plans = seedPlans(projects);
  const layout = await measure(book, () => new WorkbookSession(book.api()).layoutPlans(plans));
  const timers = manualTimers();
  const actions = createExcelActions(book.api(), { watch: { timers } });
  const check = await measure(book, () => actions.check());
  let written = 0;
  const recalc = await measure(book, async () => {
    written = (await actions.recalculate()).writes.length;
  });
  recalc.extra = `${written} cells`;
  const quiet = await measure(book, () => actions.recalculate());
  await actions.watch?.(
    () => undefined,
    (e) => console.error(e.message),
  );
  await settle(book);
  const edit = await measure(book, async () => {
    await book.edit(`附件3 项目${Math.ceil(projects / 2)}`, 'F7', 400);
    timers.fire();
    await settle(book);
  });
  const print = await measure(book, () => actions.setupPrint?.() ?? Promise.resolve());
  return { layout, check, recalc, 'no-change': quiet, edit, print };
}

function kb(bytes: number): string {
  return bytes >= 1_000_000
    ? `${(bytes / 1_000_000).toFixed(2)} MB`
    : `${Math.ceil(bytes / 1000)} KB`;
}

async function main(): Promise<void> {
  console.log(
    'The Excel host on the memory workbook: 附件1 + 附件2 + N 附件3 with the seed figures',
  );
  console.log('RT = round trips; request / response = the largest one, as office.js serialises it');
  console.log(
    `Budget: every request under ${kb(REQUEST_BUDGET_BYTES)} (Excel on the web refuses 5 MB);`,
  );
  console.log('a full recalculation within 3 round trips up to 50 附件3 (check + recalc).');
  const head = ['附件3', 'operation', 'RT', 'request', 'response', 'ms', ''];
  const lines: string[][] = [];
  let over = 0;
  let slow = false;
  for (const projects of SIZES) {
    const costs = await row(projects);
    for (const [operation, c] of Object.entries(costs)) {
      if (c.request >= REQUEST_BUDGET_BYTES) over += 1;
      if (projects <= 50 && (operation === 'check' || operation === 'recalc') && c.trips > 3)
        slow = true;
      lines.push([
        String(projects),
        operation,
        String(c.trips),
        kb(c.request),
        kb(c.response),
        c.ms.toFixed(0),
        c.extra ?? '',
      ]);
    }
  }
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(fmt(head));
  console.log(fmt(widths.map((w) => '-'.repeat(w))));
  for (const l of lines) console.log(fmt(l));
  console.log(
    `every request under ${kb(REQUEST_BUDGET_BYTES)}: ${over === 0 ? 'OK' : `OVER (${over})`}; ` +
      `full recalculation ≤ 3 round trips up to 50 附件3: ${slow ? 'OVER' : 'OK'}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
