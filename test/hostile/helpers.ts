/** Shared by the hostile-input tests: the demo workbook's bytes and grids. */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { SheetGrid } from '../../src/core/grid';
import { demoPlans } from '../../src/cli/demoWorkbook';
import { addPlanSheet, newWorkbook, worksheetToGrid } from '../../src/hosts/xlsx';

export function tempFolder(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `selfeval-${prefix}-`));
}

/** The demo workbook's grids, freshly laid out (a copy the test may change). */
export async function demoGrids(): Promise<SheetGrid[]> {
  const workbook = newWorkbook();
  for (const plan of demoPlans()) addPlanSheet(workbook, plan);
  return workbook.worksheets.map(worksheetToGrid);
}
