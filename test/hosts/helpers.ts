/** Workbooks the host tests share. */
import { demoPlans } from '../../src/cli/demoWorkbook';
import type { SheetGrid } from '../../src/core';
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
