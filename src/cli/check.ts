/** `selfeval check PATH... [--json] [--fix -o OUT.xlsx]`. */
import { resolve } from 'path';
import { evaluate } from '../core';
import type { Evaluation } from '../core';
import { applyWrites, loadWorkbook, readWorkbookGrids, saveWorkbook } from '../hosts/xlsx';
import { CLI_TEXT } from '../strings/cli';
import type { ParsedArgs } from './args';
import { expandPaths } from './files';
import { jsonForm } from './jsonReport';
import type { JsonFile } from './jsonReport';
import { fileReport } from './report';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_UNREADABLE = 2;

async function fix(input: string, output: string, result: Evaluation, io: CliIo): Promise<void> {
  const workbook = await loadWorkbook(input);
  applyWrites(workbook, result.writes);
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
    let result: Evaluation;
    try {
      result = evaluate(await readWorkbookGrids(input.path));
    } catch (e) {
      const message = CLI_TEXT.cannotRead(input.path, e instanceof Error ? e.message : String(e));
      io.err(message);
      exit = EXIT_UNREADABLE;
      files.push({ file: input.path, error: message, forms: [], flags: [] });
      continue;
    }
    if (result.summary.counts.error > 0 && exit === EXIT_OK) exit = EXIT_ERRORS;
    files.push({
      file: input.path,
      forms: result.summary.forms.map(jsonForm),
      flags: result.flags,
    });
    if (!json) reports.push(fileReport(input.path, result.summary.forms, result.flags));
    if (wantFix && output) await fix(input.path, output, result, io);
  }
  if (json) io.out(JSON.stringify({ files }, null, 2));
  else io.out(reports.join('\n\n'));
  return exit;
}
