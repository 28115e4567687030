/**
 * Writes the demo workbook (the seed's figures) and a blank template, for a look at the printed
 * attachments: `npx ts-node --transpile-only scripts/render-demo.ts [outDir]`, then
 * `soffice --headless --convert-to pdf --outdir <outDir> <outDir>/demo.xlsx`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { demoPlans } from '../src/cli/demoWorkbook';
import { templatePlans } from '../src/cli/templateWorkbook';
import { addPlanSheet, newWorkbook, saveWorkbook } from '../src/hosts/xlsx';

async function main(outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const demo = newWorkbook();
  for (const sheetPlan of demoPlans()) addPlanSheet(demo, sheetPlan);
  await saveWorkbook(demo, join(outDir, 'demo.xlsx'));

  const template = newWorkbook();
  const plans = templatePlans({ unit: '某某单位', year: 2024, projects: ['某某项目经费', ''] });
  for (const sheetPlan of plans) addPlanSheet(template, sheetPlan);
  await saveWorkbook(template, join(outDir, 'template.xlsx'));
  console.log(`wrote ${join(outDir, 'demo.xlsx')} and template.xlsx`);
}

main(process.argv[2] ?? '/tmp/render').catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
