/** The demo workbook (the seed's attachments as `selfeval demo` writes them), read back as the CLI does. */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { demoPlans } from '../../src/cli/demoWorkbook';
import type { SheetGrid } from '../../src/core/grid';
import { addPlanSheet, newWorkbook, readWorkbookGrids, saveWorkbook } from '../../src/hosts/xlsx';

export async function demoWorkbookFile(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'selfeval-demo-')), 'demo.xlsx');
  const workbook = newWorkbook();
  for (const p of demoPlans()) addPlanSheet(workbook, p);
  await saveWorkbook(workbook, path);
  return path;
}

export async function demoGrids(): Promise<SheetGrid[]> {
  return readWorkbookGrids(await demoWorkbookFile());
}
