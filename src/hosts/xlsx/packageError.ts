/**
 * Why a file from outside could not be read, as a kind the CLI names in zh-CN (the detail is
 * for developers; users never see a library's English reason).
 */
export type PackageProblem =
  /** A password-protected workbook (OOXML inside an encrypted compound file, or a zip entry). */
  | 'encrypted'
  /** An Excel 97-2003 workbook (BIFF in a compound file). */
  | 'legacy-xls'
  /** A Word document given where a workbook was expected. */
  | 'word'
  /** Neither a zip with a workbook nor a compound file with one. */
  | 'not-excel'
  /** Past the reading budget: sizes, cells, or a structure too costly to read. */
  | 'too-large'
  /** A zip or XML that is not sound. */
  | 'damaged';

/** Where a too-large sheet reaches: named in the user's message. */
export interface SheetExtent {
  sheet: string;
  /** The far corner of the cells present, `XFD1048576`. */
  corner: string;
}

export class PackageError extends Error {
  constructor(
    readonly problem: PackageProblem,
    readonly detail: string,
    readonly extent?: SheetExtent,
  ) {
    super(`${problem}: ${detail}`);
    this.name = 'PackageError';
  }
}
