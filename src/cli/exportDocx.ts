/**
 * `selfeval export --docx OUT.docx [workbook.xlsx|.xls]`: the workbook's attachments (the empty
 * official forms without a workbook) as Word tables, for pasting into the report. The input is
 * read by the reader of its kind, as `check` reads it (fileKind.ts), whatever its name.
 */
import { readFileSync, writeFileSync } from 'fs';
import { basename } from 'path';
import type { SheetGrid } from '../core';
import { attachmentsDocx } from '../hosts/docx/attachments';
import { PackageError } from '../hosts/xlsx/packageError';
import { planToGrid } from '../layout/toGrid';
import { CLI_TEXT } from '../strings/cli';
import type { ParsedArgs } from './args';
import { EXIT_OK, EXIT_UNREADABLE } from './check';
import type { CliIo } from './check';
import { ioReason } from './checkFile';
import { readInput } from './fileKind';
import { templatePlans } from './templateWorkbook';

async function gridsOf(path: string): Promise<SheetGrid[]> {
  return (await readInput(readFileSync(path))).grids;
}

/** Why the input could not be read, in one zh-CN line (never a library's English reason). */
function readFailure(error: unknown): string {
  if (error instanceof PackageError) return CLI_TEXT.problem[error.problem];
  const code =
    typeof error === 'object' && error !== null && 'code' in error
      ? String((error as { code: unknown }).code)
      : undefined;
  if (code !== undefined) return ioReason(code);
  throw error;
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
    io.err(CLI_TEXT.cannotRead(basename(input ?? ''), readFailure(e)));
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
