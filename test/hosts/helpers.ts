/** Workbooks the host tests share. */
import { demoPlans } from '../../src/cli/demoWorkbook';
import type { SheetGrid } from '../../src/core';
import type { MemoryWorkbook } from '../../src/hosts/memory';
import { CHECK_HEADER_TEXT } from '../../src/layout/heading';
import type { SheetPlan } from '../../src/layout/plan';

/** The seed demo's 附件1 and 附件2, and its filled 附件3 once per project (`附件3 项目n`). */
export function seedPlans(projects: number): SheetPlan[] {
  const [base, overall, project] = demoPlans();
  const copies = Array.from({ length: projects }, (_, i) => ({
    ...project,
    sheetName: `附件3 项目${i + 1}`,
  }));
  return [base, overall, ...copies];
}

export function projectNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `招商引资专项${i + 1}`);
}

/** A ledger that is no form: a header row and `rows` lines of figures. */
export function ledgerGrid(name: string, rows: number): SheetGrid {
  const values: SheetGrid['values'] = [['日期', '摘要', '借方', '贷方', '余额']];
  for (let r = 1; r <= rows; r += 1) values.push([45000 + (r % 365), `凭证${r}`, r, 0, r * 2]);
  return { name, values, merges: [] };
}

export const OVERALL = '附件2 整体支出自评表';
export const BASE = '附件1 基础数据表';
export const PROJECT_SHEET = '附件3 项目1';

/** The notes in a laid-out sheet's 校验（不打印） column, by 1-based row (none: empty map). */
export function checkNotes(book: MemoryWorkbook, sheet: string): Map<number, string> {
  const { values } = book.toGrid(sheet);
  const notes = new Map<number, string>();
  let col = -1;
  let heading = -1;
  values.forEach((line, r) =>
    (line ?? []).forEach((v, c) => {
      if (col < 0 && v === CHECK_HEADER_TEXT) [col, heading] = [c, r];
    }),
  );
  if (col < 0) return notes;
  values.forEach((line, r) => {
    const v = line?.[col];
    if (r !== heading && v !== null && v !== undefined && v !== '') notes.set(r + 1, String(v));
  });
  return notes;
}

/** Every form sheet's notes, `sheet!row` -> text. */
export function allNotes(book: MemoryWorkbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const sheet of book.sheetNames().filter((n) => n.startsWith('附件')))
    for (const [row, text] of checkNotes(book, sheet)) out.set(`${sheet}!${row}`, text);
  return out;
}

/** Note cells that differ between two allNotes() (written or cleared). */
export function notesChanged(a: Map<string, string>, b: Map<string, string>): number {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.get(k) !== b.get(k)).length;
}
