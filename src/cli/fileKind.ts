/**
 * What kind of file `check` (and `export`) was given, from its bytes (never its extension), and
 * which reader takes it: the ONE place where a reader plugs in. .xlsx and .xlsm are read as
 * packages, .xls (BIFF8) by src/hosts/xls, a Word report (.docx) by src/hosts/docx — its tables
 * as grids and its body for the body checks. The others are refused with their reason.
 */
import type { ReportBody } from '../core/report/body';
import type { DocxTable } from '../hosts/docx/readReport';
import { compoundFileNames, isCompoundFile } from '../hosts/xlsx/compoundFile';
import { PackageError } from '../hosts/xlsx/packageError';
import { readWorkbookData } from '../hosts/xlsx/readPackage';
import type { WorkbookRead } from '../hosts/xlsx/readPackage';
import { ReadBudget } from '../hosts/xlsx/readLimits';
import { packageKind } from '../hosts/xlsx/workbookPackage';
import { isZip, readZip } from '../hosts/xlsx/zipRead';

export type FileKind =
  | 'xlsx'
  | 'xlsm'
  | 'docx'
  /** OOXML encrypted with a password (a compound file holding EncryptionInfo). */
  | 'encrypted'
  /** Excel 97-2003 (BIFF8 in a compound file; BIFF5, Excel 95, is refused by its reader). */
  | 'xls'
  /** Word 97-2003: refused by name (save it as .docx). */
  | 'doc'
  | 'other';

/** The kinds a reader takes. */
export type ReadKind = 'xlsx' | 'xlsm' | 'xls' | 'docx';

/** A Word report's parts besides its tables' grids: where each table is, and the body. */
export interface ReportRead {
  tables: DocxTable[];
  body: ReportBody;
}

/** What any reader hands to the check: grids to evaluate, and what the report names. */
export interface InputRead extends Omit<WorkbookRead, 'kind'> {
  kind: ReadKind;
  /** A Word report: its tables (for 表N 行R 列C) and its body (for the body checks). */
  report?: ReportRead;
}

/**
 * Extensions a folder is searched for: every kind `check` reads, and .doc to name its refusal
 * (a reviewer sees that a unit sent a Word 97 file rather than not seeing it at all).
 */
export const FOLDER_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.docx', '.doc'];

function compoundKind(data: Buffer): FileKind {
  const names = new Set(compoundFileNames(data).map((n) => n.toLowerCase()));
  if (names.has('encryptioninfo') && names.has('encryptedpackage')) return 'encrypted';
  if (names.has('workbook') || names.has('book')) return 'xls';
  if (names.has('worddocument')) return 'doc';
  return 'other';
}

export function detectFileKind(data: Buffer): FileKind {
  try {
    if (isCompoundFile(data)) return compoundKind(data);
    if (isZip(data)) {
      const kind = packageKind(readZip(data), new ReadBudget()).kind;
      return kind === 'other' ? 'other' : kind;
    }
  } catch (error) {
    // A zip whose entries are encrypted (zip crypto) is a password-protected file too.
    if (error instanceof PackageError && error.problem === 'encrypted') return 'encrypted';
    // A damaged zip or compound file: its own reason, not "another kind of file".
    throw error;
  }
  return 'other';
}

export type InputReader = (data: Buffer) => Promise<InputRead>;

/** The reader of a kind; throws the refusal (a PackageError) for a kind not read. */
export function readerFor(kind: FileKind): InputReader {
  switch (kind) {
    case 'xlsx':
    case 'xlsm':
      return (data) => readWorkbookData(data);
    // Loaded when a file of their kind comes: a worker checking workbooks stays small.
    case 'xls':
      return async (data) => (await import('./readers')).readXlsInput(data);
    case 'docx':
      return async (data) => (await import('./readers')).readDocxInput(data);
    case 'encrypted':
      throw new PackageError('encrypted', 'password-protected file');
    case 'doc':
      throw new PackageError('word', 'Word 97-2003 document');
    default:
      throw new PackageError(
        'not-excel',
        'neither a workbook or report package nor a compound file',
      );
  }
}

/** A file's bytes read by the reader of their kind. */
export function readInput(data: Buffer): Promise<InputRead> {
  return readerFor(detectFileKind(data))(data);
}
