/** The watch tests' workbook, clock and edit scripts. */
import type { Evaluation } from '../../src/core';
import { createExcelActions } from '../../src/hosts/excel';
import { MemoryWorkbook, memoryWorkbookFromPlans } from '../../src/hosts/memory';
import type { ActionError, HostEvaluation, WorkbookActions } from '../../src/app/actions';
import { BASE, OVERALL, seedPlans } from './helpers';

export const DEBOUNCE = 300;
export const PROJECT = '附件3 项目1';

export type Edit = [sheet: string, address: string, value: number | string];

/** Input cells of the seed demo's forms (amounts, headcounts, self-scores), never derived ones. */
const INPUTS: [string, string][] = [
  [BASE, 'B5'],
  [BASE, 'C5'],
  [BASE, 'D8'],
  [BASE, 'D13'],
  [BASE, 'C15'],
  [BASE, 'D15'],
  [OVERALL, 'E6'],
  [OVERALL, 'F6'],
  [OVERALL, 'E8'],
  [OVERALL, 'F8'],
  [OVERALL, 'E9'],
  [OVERALL, 'F9'],
  [OVERALL, 'G15'],
  [OVERALL, 'G22'],
  [OVERALL, 'G34'],
  [PROJECT, 'E7'],
  [PROJECT, 'F7'],
  [PROJECT, 'I7'],
  [PROJECT, 'H14'],
  [PROJECT, 'H22'],
];

/** A deterministic script of `n` edits over 附件1/2/3 (a small linear congruential sequence). */
export function scriptedEdits(n: number, seed = 7): Edit[] {
  let x = seed;
  const next = (): number => (x = (x * 1_103_515_245 + 12_345) % 2_147_483_648);
  return Array.from({ length: n }, () => {
    const [sheet, address] = INPUTS[next() % INPUTS.length];
    const isScore = /^(G|H|I)/.test(address) && sheet !== BASE;
    const value = isScore ? next() % 10 : 1000 + (next() % 5_000_000);
    return [sheet, address, value];
  });
}

export interface Watched {
  book: MemoryWorkbook;
  actions: WorkbookActions;
  evaluations: HostEvaluation[];
  errors: ActionError[];
  stop: () => void;
}

/** The seed demo (n 附件3), recalculated once, then watched with a 300 ms debounce. */
export async function watchedSeed(excelApi = '1.20', projects = 1): Promise<Watched> {
  const book = await memoryWorkbookFromPlans(seedPlans(projects), { excelApi });
  const actions = createExcelActions(book.api(), { watch: { debounceMs: DEBOUNCE } });
  await actions.recalculate();
  const evaluations: HostEvaluation[] = [];
  const errors: ActionError[] = [];
  if (!actions.watch) throw new Error(`no watch on ExcelApi ${excelApi}`);
  const stop = await actions.watch(
    (e) => evaluations.push(e),
    (e) => errors.push(e),
  );
  await book.settled();
  book.resetCounters();
  return { book, actions, evaluations, errors, stop };
}

/** Every promise chain of the memory host and the watch run to its end (no real I/O anywhere). */
export async function drain(book: MemoryWorkbook, ms = DEBOUNCE): Promise<void> {
  for (let i = 0; i < 4; i += 1) {
    await jest.advanceTimersByTimeAsync(ms);
    await book.settled();
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** The state a full recalculation gives: a fresh seed workbook, the same edits, 重新计算得分. */
export async function recalculatedFresh(
  edits: readonly Edit[],
  projects = 1,
  excelApi = '1.20',
): Promise<MemoryWorkbook> {
  const book = await memoryWorkbookFromPlans(seedPlans(projects), { excelApi });
  for (const [sheet, address, value] of edits) await book.edit(sheet, address, value);
  await createExcelActions(book.api()).recalculate();
  return book;
}

/** The values of every form sheet (what the accountant sees and prints). */
export function formValues(book: MemoryWorkbook): unknown {
  return book
    .toGrids()
    .filter((g) => g.name.startsWith('附件'))
    .map((g) => ({ name: g.name, values: g.values, formats: g.numberFormats }));
}

export function flagKeys(evaluation: Evaluation): string[] {
  return evaluation.flags.map((f) => `${f.code} ${f.sheet}!${f.address}`).sort();
}
