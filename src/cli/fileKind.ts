/**
 * What kind of file `check` was given, from its bytes (never its extension), and which reader
 * takes it: the ONE place where a new reader plugs in (an .xls BIFF8 reader, a .docx report
 * reader). Today .xlsx and .xlsm are read; the others are refused with their reason.
 */
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
  /** Excel 97-2003 (BIFF8 in a compound file). */
  | 'xls'
  /** Word 97-2003. */
  | 'doc'
  | 'other';

/** Extensions a folder is searched for: every kind `check` reads or names a refusal for. */
export const FOLDER_EXTENSIONS = ['.xlsx', '.xlsm', '.xls'];

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

export type WorkbookReader = (data: Buffer) => Promise<WorkbookRead>;

/** The reader of a kind; throws the refusal (a PackageError) for a kind not read. */
export function readerFor(kind: FileKind): WorkbookReader {
  switch (kind) {
    case 'xlsx':
    case 'xlsm':
      return (data) => readWorkbookData(data);
    case 'encrypted':
      throw new PackageError('encrypted', 'password-protected workbook');
    case 'xls':
      // Until the .xls (BIFF8) reader lands here.
      throw new PackageError('legacy-xls', 'Excel 97-2003 workbook');
    case 'docx':
    case 'doc':
      // Until the .docx report reader lands here.
      throw new PackageError('word', kind);
    default:
      throw new PackageError('not-excel', 'neither a workbook package nor a compound file');
  }
}

/** A file's bytes read by the reader of their kind. */
export function readInput(data: Buffer): Promise<WorkbookRead> {
  return readerFor(detectFileKind(data))(data);
}
