/** `selfeval check PATH... [--json] [--csv FILE] [--fix -o OUT.xlsx]`. */
import { existsSync, statSync } from 'fs';
import { CLI_TEXT } from '../strings/cli';
import type { ParsedArgs } from './args';
import type { FileJob, FileOutcome } from './checkFile';
import { ioReason } from './checkFile';
import { checkFiles } from './checkPool';
import type { PoolOptions } from './checkPool';
import { expandPaths } from './files';
import { sameFile } from './sameFile';
import { jsonForm } from './jsonReport';
import type { JsonFile } from './jsonReport';
import { explainText } from './explainReport';
import { fileReport, refusalReport } from './report';
import { safeLines, safeText } from './safeText';
import { writeTableCsv } from './csv';
import { tableRow, tableText, unreadableRow } from './table';
import type { TableRow } from './table';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Where the `\r正在检查 n/N …` line goes; by default stderr, when it is a terminal. */
  progress?: (text: string) => void;
  /** The worker pool's budgets (tests and the bench set their own). */
  pool?: PoolOptions;
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

/** Why a file was not checked, in the user's words (one line). */
export function refusalText(outcome: Extract<FileOutcome, { kind: 'refused' }>): string {
  if (outcome.problem === 'io') return `${CLI_TEXT.problem.io}（${ioReason(outcome.code)}）`;
  if (outcome.problem === 'too-large' && outcome.extent)
    return CLI_TEXT.tooLargeAt(outcome.extent.sheet, outcome.extent.corner);
  if (outcome.problem === 'internal' && outcome.code)
    return `${CLI_TEXT.problem.internal}：${outcome.code}`;
  return CLI_TEXT.problem[outcome.problem];
}

/** `--fix -o OUT`: one input, an output, and never the input itself (path, link or inode). */
function fixTarget(args: ParsedArgs, inputs: string[], io: CliIo): string | null | undefined {
  if (!args.flags.has('--fix')) return undefined;
  const output = args.options.get('-o');
  if (inputs.length !== 1 || !output || isFolder(inputs[0])) {
    io.err(CLI_TEXT.fixNeedsOne);
    return null;
  }
  const same = sameFile(inputs[0], output);
  if (same) {
    io.err(safeText(same === 'path' ? CLI_TEXT.fixSameFile : CLI_TEXT.fixSameFileLink(output)));
    return null;
  }
  return output;
}

export async function runCheck(args: ParsedArgs, io: CliIo): Promise<number> {
  const json = args.flags.has('--json');
  const explain = args.flags.has('--explain');
  const fixOutput = fixTarget(args, args.positional, io);
  if (fixOutput === null) return EXIT_UNREADABLE;
  const inputs = expandPaths(args.positional);
  let exit = EXIT_OK;
  const raise = (code: number) => {
    if (code > exit) exit = code;
  };

  const jobs: FileJob[] = inputs
    .filter((i) => !i.problem)
    .map((i) => ({
      path: i.path,
      ...(fixOutput ? { fixOutput } : {}),
      ...(explain ? { explain } : {}),
    }));
  const progress = jobs.length > 1 ? progressSink(io) : null;
  let started = 0;
  const results = await checkFiles(jobs, io.pool, undefined, () =>
    progress?.(CLI_TEXT.progress(++started, jobs.length)),
  );
  progress?.(CLI_TEXT.progressClear(40));

  const files: JsonFile[] = [];
  const reports: string[] = [];
  const rows: TableRow[] = [];
  let next = 0;
  for (const input of inputs) {
    if (input.problem) {
      const message =
        input.problem === 'not-found'
          ? CLI_TEXT.notFound(input.path)
          : CLI_TEXT.noXlsxIn(input.path);
      io.err(safeText(message));
      if (input.problem === 'not-found') raise(EXIT_UNREADABLE);
      files.push({ file: input.path, error: message, forms: [], flags: [] });
      continue;
    }
    const outcome = results[next++].outcome;
    if (outcome.kind === 'refused') {
      const why = refusalText(outcome);
      const message = CLI_TEXT.cannotRead(input.path, why);
      io.err(safeText(message));
      raise(EXIT_UNREADABLE);
      files.push({
        file: input.path,
        error: message,
        problem: outcome.problem,
        forms: [],
        flags: [],
      });
      rows.push(unreadableRow(input.path, why));
      if (!json) reports.push(refusalReport(input.path, why));
      continue;
    }
    if (outcome.counts.error > 0) raise(EXIT_ERRORS);
    const file: JsonFile = {
      file: input.path,
      format: outcome.format,
      forms: outcome.forms.map(jsonForm),
      flags: outcome.flags,
      notices: outcome.notices,
    };
    if (outcome.read) file.read = outcome.read;
    files.push(file);
    const notes = outcome.notices.map((n) => n.message);
    if (outcome.bodyFlags !== undefined) notes.unshift(CLI_TEXT.reportBodyNote(outcome.bodyFlags));
    const note = notes.join('；');
    rows.push(tableRow(input.path, outcome.forms, outcome.counts, note));
    if (!json) {
      const report = fileReport(
        input.path,
        outcome.forms,
        outcome.flags,
        outcome.notices,
        outcome.format,
      );
      reports.push(
        outcome.read ? `${report}\n${safeLines(explainText(outcome.read).split('\n'))}` : report,
      );
    }
    if (outcome.fix?.ok) io.err(safeText(CLI_TEXT.fixed(outcome.fix.output, outcome.fix.written)));
    else if (outcome.fix) {
      io.err(safeText(CLI_TEXT.fixFailed(outcome.fix.output, outcome.fix.reason)));
      raise(EXIT_UNREADABLE);
    }
  }
  const csv = args.options.get('--csv');
  if (csv !== undefined) {
    try {
      writeTableCsv(csv, rows);
      io.err(safeText(CLI_TEXT.csvWritten(csv, rows.length)));
    } catch (e) {
      const code = typeof e === 'object' && e && 'code' in e ? String(e.code) : undefined;
      io.err(safeText(CLI_TEXT.cannotWriteCsv(csv, ioReason(code))));
      raise(EXIT_UNREADABLE);
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
