/**
 * One file of `check`, start to end: read (by its kind), evaluate with the settings it stores,
 * the notices the report names, and `--fix`. Runs in a worker process (checkPool.ts), so what it
 * returns is plain data.
 */
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'fs';
import { basename, dirname, join } from 'path';
import { evaluate, explainForm } from '../core';
import type { FlagCounts, FormReadout, FormSummary } from '../core';
import { countFlags } from '../core/evaluate';
import type { CellWrite } from '../core/writes';
import { isSettingsSheetName, settingsFromGrid } from '../core/settingsSheet';
import { fixWorkbookData } from '../hosts/xlsx/fixPackage';
import { PackageError } from '../hosts/xlsx/packageError';
import type { PackageProblem, SheetExtent } from '../hosts/xlsx/packageError';
import { CLI_TEXT } from '../strings/cli';
import { readInput } from './fileKind';
import type { InputRead, ReadKind } from './fileKind';
import type { CheckedFlag } from './reportCheck';
import { withTypedNames } from './typedNames';

export interface FileJob {
  path: string;
  /** `--fix -o`: where the recomputed copy goes (already checked not to be the input). */
  fixOutput?: string;
  /** `--explain`: every field each form was read from. */
  explain?: boolean;
}

export type NoticeCode = 'HIDDEN_FORM_SHEET' | 'FORMULA_WITHOUT_VALUE' | 'SHEET_PROBED';

export interface Notice {
  code: NoticeCode;
  sheet: string;
  message: string;
  addresses?: string[];
}

export type FixOutcome =
  { ok: true; output: string; written: number } | { ok: false; output: string; reason: string };

/**
 * Why a file has no result: a package problem, a file system error, its worker's end past the
 * time or memory budget, or a bug (`internal`, with its message).
 */
export type FileProblem = PackageProblem | 'io' | 'crashed' | 'internal';

export type FileOutcome =
  | {
      kind: 'checked';
      file: string;
      /** What the file was read as. */
      format: ReadKind;
      forms: FormSummary[];
      /** A Word report's carry their place in words, and the body's flags their sentence. */
      flags: CheckedFlag[];
      /** A Word report: how many of the flags are on its body. */
      bodyFlags?: number;
      counts: FlagCounts;
      notices: Notice[];
      read?: FormReadout[];
      fix?: FixOutcome;
    }
  | {
      kind: 'refused';
      file: string;
      problem: FileProblem;
      /** For `io`: the system's error code (ENOENT, EACCES…); for `internal`, the message. */
      code?: string;
      extent?: SheetExtent;
    };

/** Formula cells listed by address at most this many per sheet. */
const LISTED_ADDRESSES = 5;

function notices(read: InputRead, formSheets: ReadonlySet<string>): Notice[] {
  const out: Notice[] = [];
  for (const sheet of read.sheets) {
    if (sheet.state !== 'visible' && formSheets.has(sheet.name))
      out.push({
        code: 'HIDDEN_FORM_SHEET',
        sheet: sheet.name,
        message: CLI_TEXT.hiddenFormSheet(sheet.name),
      });
  }
  for (const [sheet, addresses] of read.formulasWithoutValue) {
    if (!formSheets.has(sheet)) continue;
    out.push({
      code: 'FORMULA_WITHOUT_VALUE',
      sheet,
      message: CLI_TEXT.formulasWithoutValue(
        sheet,
        addresses.length,
        addresses.slice(0, LISTED_ADDRESSES).join('、'),
      ),
      addresses,
    });
  }
  for (const sheet of read.probedOnly)
    out.push({ code: 'SHEET_PROBED', sheet, message: CLI_TEXT.sheetProbed(sheet) });
  return out;
}

/** A file system error as one zh-CN reason. */
export function ioReason(code: string | undefined): string {
  return CLI_TEXT.ioReasons[code ?? ''] ?? CLI_TEXT.ioOther(code ?? '?');
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

/** The copy written next to its destination, then renamed: never half a file, never a link. */
function writeFixed(input: Buffer, output: string, writes: readonly CellWrite[]): FixOutcome {
  let temp: string | null = null;
  try {
    const fixed = fixWorkbookData(input, writes);
    temp = join(dirname(output), `.${basename(output)}.${process.pid}.tmp`);
    writeFileSync(temp, fixed.data, { flag: 'wx' });
    renameSync(temp, output);
    temp = null;
    return { ok: true, output, written: fixed.written };
  } catch (error) {
    const reason =
      error instanceof PackageError ? CLI_TEXT.problem[error.problem] : ioReason(errorCode(error));
    return { ok: false, output, reason };
  } finally {
    if (temp !== null) {
      try {
        unlinkSync(temp);
      } catch {
        // nothing was written
      }
    }
  }
}

export async function checkFile(job: FileJob): Promise<FileOutcome> {
  let data: Buffer;
  try {
    data = readFileSync(job.path);
  } catch (error) {
    return { kind: 'refused', file: job.path, problem: 'io', code: errorCode(error) };
  }
  let read: InputRead;
  let result: ReturnType<typeof evaluate>;
  let settings: ReturnType<typeof settingsFromGrid>;
  try {
    read = await readInput(data);
    settings = settingsFromGrid(read.grids.find((g) => isSettingsSheetName(g.name)));
    result = evaluate(read.grids, settings);
  } catch (error) {
    if (error instanceof PackageError)
      return { kind: 'refused', file: job.path, problem: error.problem, extent: error.extent };
    throw error;
  }
  const formSheets = new Set(result.forms.map((f) => f.sheet));
  const report = read.report;
  // The body checks are loaded with the first Word report a worker meets.
  const words = report ? await import('./reportCheck') : null;
  const flags: CheckedFlag[] =
    report && words ? words.reportFlags(report, result, settings) : result.flags;
  const outcome: FileOutcome = {
    kind: 'checked',
    file: job.path,
    format: read.kind,
    forms: withTypedNames(result.summary.forms, result.forms, read.grids),
    flags,
    counts: report ? countFlags(flags) : result.summary.counts,
    notices: notices(read, formSheets),
  };
  if (report) outcome.bodyFlags = flags.length - result.flags.length;
  if (job.explain) {
    const readouts = result.forms.map(explainForm);
    outcome.read = report && words ? words.reportReadouts(report, readouts) : readouts;
  }
  if (job.fixOutput !== undefined)
    outcome.fix =
      read.kind === 'xlsx' || read.kind === 'xlsm'
        ? writeFixed(data, job.fixOutput, result.writes)
        : { ok: false, output: job.fixOutput, reason: CLI_TEXT.fixOnlyPackages };
  return outcome;
}
