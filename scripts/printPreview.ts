/**
 * The printed attachments, for a look and for test/print: each sheet of the demo workbook (the
 * seed's figures) written through the CLI's ExcelJS host as its own workbook, so page counts are
 * per attachment, rendered by LibreOffice to PDF, then to PNG pages with pdftoppm.
 *
 *   node -r ts-node/register/transpile-only scripts/printPreview.ts [outDir]
 *   (default test-artifacts/print; needs soffice and poppler-utils)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { demoPlans } from '../src/cli/demoWorkbook';
import { addPlanSheet, newWorkbook, saveWorkbook } from '../src/hosts/xlsx';
import type { SheetPlan } from '../src/layout/plan';

export interface PrintedPage {
  /** pdftotext -layout of the page. */
  text: string;
  widthPt: number;
  heightPt: number;
}

export interface PrintedAttachment {
  plan: SheetPlan;
  pdf: string;
  pages: PrintedPage[];
  pngs: string[];
}

export const DEFAULT_OUT = resolve(__dirname, '..', 'test-artifacts', 'print');

/** Whether soffice, pdfinfo, pdftotext and pdftoppm are all on PATH. */
export function missingPrintTools(): string[] {
  return ['soffice', 'pdfinfo', 'pdftotext', 'pdftoppm'].filter((tool) => {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
}

const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function pagesOf(pdf: string): PrintedPage[] {
  const info = run('pdfinfo', ['-f', '1', '-l', '999', pdf]);
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)];
  return sizes.map((m, i) => ({
    widthPt: Number(m[1]),
    heightPt: Number(m[2]),
    text: run('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-']),
  }));
}

export async function printAttachments(outDir = DEFAULT_OUT): Promise<PrintedAttachment[]> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const plans = demoPlans();
  const files: string[] = [];
  for (const [i, plan] of plans.entries()) {
    const book = newWorkbook();
    addPlanSheet(book, plan);
    const file = join(outDir, `attachment${i + 1}.xlsx`);
    await saveWorkbook(book, file);
    files.push(file);
  }
  // A profile of its own: another soffice running on the machine must not take the job.
  const profile = mkdtempSync(join(tmpdir(), 'selfeval-soffice-'));
  try {
    run('soffice', [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      ...files,
    ]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return plans.map((plan, i) => {
    const pdf = join(outDir, `attachment${i + 1}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice did not write ${pdf}`);
    const prefix = `attachment${i + 1}-page`;
    run('pdftoppm', ['-png', '-r', '90', pdf, join(outDir, prefix)]);
    const pngs = readdirSync(outDir)
      .filter((f) => f.startsWith(prefix) && f.endsWith('.png'))
      .sort()
      .map((f) => join(outDir, f));
    return { plan, pdf, pages: pagesOf(pdf), pngs };
  });
}

if (require.main === module) {
  const missing = missingPrintTools();
  if (missing.length > 0) {
    console.error(
      `print-preview needs ${missing.join(', ')}: apt-get install libreoffice-calc poppler-utils`,
    );
    process.exit(2);
  }
  printAttachments(process.argv[2] ? resolve(process.argv[2]) : DEFAULT_OUT)
    .then((attachments) => {
      for (const a of attachments) {
        const p = a.pages[0];
        const orientation = p && p.widthPt > p.heightPt ? 'landscape' : 'portrait';
        console.log(`${a.plan.sheetName}: ${a.pages.length} page(s), ${orientation}, ${a.pdf}`);
        for (const png of a.pngs) console.log(`  ${png}`);
      }
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
