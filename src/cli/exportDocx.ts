/**
 * `selfeval export --docx OUT.docx [workbook.xlsx|.xls]`: the workbook's attachments (the empty
 * official forms without a workbook) as Word tables, for pasting into the report.
 */
import { readFileSync, writeFileSync } from 'fs';
import { basename, extname } from 'path';
import type { SheetGrid } from '../core';
import { attachmentsDocx } from '../hosts/docx/attachments';
import { readXls } from '../hosts/xls';
import { readWorkbookGrids } from '../hosts/xlsx';
import { planToGrid } from '../layout/toGrid';
import { CLI_TEXT } from '../strings/cli';
import type { ParsedArgs } from './args';
import { EXIT_OK, EXIT_UNREADABLE } from './check';
import type { CliIo } from './check';
import { templatePlans } from './templateWorkbook';

async function gridsOf(path: string): Promise<SheetGrid[]> {
  if (extname(path).toLowerCase() === '.xls') return readXls(readFileSync(path));
  return readWorkbookGrids(path);
}

export async function runExport(args: ParsedArgs, io: CliIo): Promise<number> {
  const output = args.options.get('--docx');
  if (!output || args.positional.length > 1) {
    io.err(CLI_TEXT.needDocxOutput);
    return EXIT_UNREADABLE;
  }
  const [input] = args.positional;
  let grids: SheetGrid[];
  try {
    grids = input ? await gridsOf(input) : templatePlans({}).map((p) => planToGrid(p));
  } catch (e) {
    io.err(CLI_TEXT.cannotRead(basename(input ?? ''), (e as Error).message));
    return EXIT_UNREADABLE;
  }
  const bytes = await attachmentsDocx(grids);
  if (!bytes) {
    io.err(CLI_TEXT.noFormsToExport(basename(input ?? '')));
    return EXIT_UNREADABLE;
  }
  writeFileSync(output, bytes);
  io.out(CLI_TEXT.wrote(output));
  return EXIT_OK;
}
