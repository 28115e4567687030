/** `selfeval check PATH... [--json] [--csv FILE] [--fix -o OUT.xlsx]`. */
import { existsSync, statSync } from 'fs';
import { resolve } from 'path';
import { evaluate } from '../core';
import type { Evaluation, SheetGrid } from '../core';
import { isSettingsSheetName, settingsFromGrid } from '../core/settingsSheet';
import { applyWrites, loadWorkbook, readWorkbookGrids, saveWorkbook } from '../hosts/xlsx';
import { addRateHighlights } from '../hosts/xlsx/highlight';
import { CLI_TEXT } from '../strings/cli';
import type { ParsedArgs } from './args';
import { expandPaths } from './files';
import { jsonForm } from './jsonReport';
import type { JsonFile } from './jsonReport';
import { fileReport } from './report';
import { writeTableCsv } from './csv';
import { tableRow, tableText, unreadableRow } from './table';
import type { TableRow } from './table';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Where the `\r正在检查 n/N …` line goes; by default stderr, when it is a terminal. */
  progress?: (text: string) => void;
}

/** Evaluates with the settings the workbook stores (its hidden 绩效自评设置 sheet), if any. */
function evaluateFile(grids: SheetGrid[]): Evaluation {
  return evaluate(grids, settingsFromGrid(grids.find((g) => isSettingsSheetName(g.name))));
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

function progressSink(io: CliIo): ((text: string) => void) | null {
  if (io.progress) return io.progress;
  return process.stderr.isTTY ? (text) => process.stderr.write(text) : null;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_UNREADABLE = 2;

async function fix(input: string, output: string, result: Evaluation, io: CliIo): Promise<void> {
  const workbook = await loadWorkbook(input);
  applyWrites(workbook, result.writes);
  addRateHighlights(workbook, result.formats);
  await saveWorkbook(workbook, output);
  io.err(CLI_TEXT.fixed(output, result.writes.length));
}

export async function runCheck(args: ParsedArgs, io: CliIo): Promise<number> {
  const json = args.flags.has('--json');
  const wantFix = args.flags.has('--fix');
  const output = args.options.get('-o');
  const inputs = expandPaths(args.positional);
  if (wantFix && (inputs.length !== 1 || !output)) {
    io.err(CLI_TEXT.fixNeedsOne);
    return EXIT_UNREADABLE;
  }
  if (wantFix && output && resolve(output) === resolve(inputs[0].path)) {
    io.err(CLI_TEXT.fixSameFile);
    return EXIT_UNREADABLE;
  }
  let exit = EXIT_OK;
  const files: JsonFile[] = [];
  const reports: string[] = [];
  const rows: TableRow[] = [];
  const checkable = inputs.filter((i) => !i.problem).length;
  const progress = checkable > 1 ? progressSink(io) : null;
  let done = 0;
  for (const input of inputs) {
    if (input.problem) {
      const message =
        input.problem === 'not-found'
          ? CLI_TEXT.notFound(input.path)
          : CLI_TEXT.noXlsxIn(input.path);
      io.err(message);
      if (input.problem === 'not-found') exit = EXIT_UNREADABLE;
      files.push({ file: input.path, error: message, forms: [], flags: [] });
      continue;
    }
    progress?.(CLI_TEXT.progress(++done, checkable));
    let result: Evaluation;
    try {
      result = evaluateFile(await readWorkbookGrids(input.path));
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      const message = CLI_TEXT.cannotRead(input.path, why);
      progress?.(CLI_TEXT.progressClear(40));
      io.err(message);
      exit = EXIT_UNREADABLE;
      files.push({ file: input.path, error: message, forms: [], flags: [] });
      rows.push(unreadableRow(input.path, why));
      continue;
    }
    if (result.summary.counts.error > 0 && exit === EXIT_OK) exit = EXIT_ERRORS;
    files.push({
      file: input.path,
      forms: result.summary.forms.map(jsonForm),
      flags: result.flags,
    });
    rows.push(tableRow(input.path, result));
    if (!json) reports.push(fileReport(input.path, result.summary.forms, result.flags));
    if (wantFix && output) await fix(input.path, output, result, io);
  }
  progress?.(CLI_TEXT.progressClear(40));
  const csv = args.options.get('--csv');
  if (csv !== undefined) {
    try {
      writeTableCsv(csv, rows);
      io.err(CLI_TEXT.csvWritten(csv, rows.length));
    } catch (e) {
      io.err(CLI_TEXT.cannotWriteCsv(csv, e instanceof Error ? e.message : String(e)));
      exit = EXIT_UNREADABLE;
    }
  }
  if (json) io.out(JSON.stringify({ files }, null, 2));
  else {
    // Many files (or a folder): the one-line-per-file table first, then each file's details.
    const many = inputs.length > 1 || args.positional.some(isFolder);
    io.out(many ? [tableText(rows), ...reports].join('\n\n') : reports.join('\n\n'));
  }
  return exit;
}
