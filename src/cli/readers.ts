/**
 * The readers of .xls and Word reports as `check` uses them, loaded by fileKind.ts only when a
 * file of their kind comes (a worker that checks workbooks never loads them). Each hands back
 * what the check reads, its own errors turned into the refusals the check names.
 */
import { DocxReadError, readDocxReport } from '../hosts/docx/readReport';
import { XlsReadError, readXlsWorkbook } from '../hosts/xls/readXls';
import { PackageError } from '../hosts/xlsx/packageError';
import type { PackageProblem } from '../hosts/xlsx/packageError';
import { checkScanArea } from '../hosts/xlsx/readPackage';
import type { InputRead } from './fileKind';

/** The .xls reader's reasons as the problems the check names. */
const XLS_PROBLEM: Record<XlsReadError['reason'], PackageProblem> = {
  notXls: 'damaged',
  damaged: 'damaged',
  tooLarge: 'too-large',
  // BIFF5 (Excel 95 and older): save it again in a newer format.
  unsupported: 'legacy-xls',
  encrypted: 'encrypted',
};

/** The Word reader's reasons (for a file already known to be a .docx package). */
const DOCX_PROBLEM: Record<DocxReadError['reason'], PackageProblem> = {
  notDocx: 'damaged',
  damaged: 'damaged',
  tooLarge: 'too-large',
  unsupported: 'damaged',
  encrypted: 'encrypted',
};

/** A reader's own error as the check's refusal; anything else is a bug and goes on up. */
function asPackageError(error: unknown): unknown {
  if (error instanceof XlsReadError)
    return new PackageError(XLS_PROBLEM[error.reason], error.message);
  if (error instanceof DocxReadError)
    return new PackageError(DOCX_PROBLEM[error.reason], error.message);
  return error;
}

function refusing<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw asPackageError(error);
  }
}

export function readXlsInput(data: Buffer): InputRead {
  const book = refusing(() => readXlsWorkbook(data));
  checkScanArea(book.grids);
  return {
    kind: 'xls',
    grids: book.grids,
    sheets: book.sheets,
    // BIFF8 keeps a formula's last result in its record: none is ever missing.
    formulasWithoutValue: new Map(),
    probedOnly: [],
  };
}

export function readDocxInput(data: Buffer): InputRead {
  const report = refusing(() => readDocxReport(data));
  checkScanArea(report.grids);
  return {
    kind: 'docx',
    grids: report.grids,
    sheets: report.grids.map((g) => ({ name: g.name, state: 'visible' as const })),
    formulasWithoutValue: new Map(),
    probedOnly: [],
    report: { tables: report.tables, body: report.body },
  };
}
