/**
 * The reading budget of one file from outside, set by measurement (`npm run bench`, the hostile
 * set): every file up to 50 MB is read within 10 s and 1 GB, or refused as too large.
 */
import { PackageError } from './packageError';

const MB = 1 << 20;

export interface ReadLimits {
  /** A file larger than this is refused unread. */
  fileBytes: number;
  /** Bytes inflated from the whole package (a probe skims them at about 300 MB/s). */
  inflatedBytes: number;
  /** A workbook, relationships, content types or styles part larger than this is not sound. */
  smallPartBytes: number;
  sharedStringsBytes: number;
  /** A sheet read in full: declared size, checked before inflating (cells scan at ~15 MB/s). */
  sheetBytes: number;
  /** A sheet above this size is probed first (its top rows) and read whole only if a form. */
  probeAboveBytes: number;
  /** Cells kept in memory from the whole workbook. */
  cells: number;
  /** Characters of one cell's text. */
  cellText: number;
  /**
   * Rows × columns of the form regions the recognizer walks (about 7 µs each, measured): a
   * title on a sheet whose cells reach XFD1048576 would make it walk 17 billion cells.
   */
  scanArea: number;
}

export const READ_LIMITS: ReadLimits = {
  fileBytes: 200 * MB,
  inflatedBytes: 768 * MB,
  smallPartBytes: 32 * MB,
  sharedStringsBytes: 128 * MB,
  sheetBytes: 64 * MB,
  probeAboveBytes: 16 * MB,
  cells: 1_000_000,
  cellText: 8 * MB,
  scanArea: 600_000,
};

/** What one file has used of its budget so far. */
export class ReadBudget {
  private inflated = 0;
  private cells = 0;

  constructor(readonly limits: ReadLimits = READ_LIMITS) {}

  addInflated(bytes: number): void {
    this.inflated += bytes;
    if (this.inflated > this.limits.inflatedBytes)
      throw new PackageError('too-large', `more than ${this.limits.inflatedBytes} bytes inflated`);
  }

  addCell(): void {
    this.cells += 1;
    if (this.cells > this.limits.cells)
      throw new PackageError('too-large', `more than ${this.limits.cells} cells`);
  }
}
