/**
 * One worksheet's contents in the memory workbook: sparse cells (value, formula, number format,
 * cell format), merges, sizes, validations, print settings, change handlers.
 */
import type { MergeRange } from '../../core/grid';
import type {
  ExcelDataValidation,
  ExcelPageLayout,
  ExcelWorksheetChangedArgs,
  OfficeCellValue,
} from '../excel/api';

export interface BorderLine {
  style?: string;
  weight?: string;
  color?: string;
}

export type Edge = 'top' | 'bottom' | 'left' | 'right';

/** What the layout can set on a cell, in Office.js terms. */
export interface CellFormat {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
  fill?: string;
  fontColor?: string;
  borders?: Partial<Record<Edge, BorderLine>>;
}

/** A cell-value conditional format (ExcelApi 1.6) as recorded at sync. */
export interface ConditionalFormatState {
  type: 'CellValue';
  range: MergeRange;
  rule?: { formula1: string; formula2?: string; operator: string };
  fill?: string;
  fontColor?: string;
}

export interface MemoryCell {
  /** '' is an empty cell, as Office.js reads it. */
  value: OfficeCellValue;
  formula?: string;
  /** Absent: General. */
  numberFormat?: string;
  format?: CellFormat;
}

export interface ValidationState extends Partial<ExcelDataValidation> {
  range: MergeRange;
}

export type PageLayoutState = Partial<
  Pick<
    ExcelPageLayout,
    | 'orientation'
    | 'paperSize'
    | 'zoom'
    | 'centerHorizontally'
    | 'blackAndWhite'
    | 'leftMargin'
    | 'rightMargin'
    | 'topMargin'
    | 'bottomMargin'
    | 'headerMargin'
    | 'footerMargin'
  >
> & { printArea?: string; printTitleRows?: string; centerFooter?: string };

export type ChangeHandler = (args: ExcelWorksheetChangedArgs) => Promise<void>;

export class SheetState {
  private readonly rows: (MemoryCell | undefined)[][] = [];
  merges: MergeRange[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly validations: ValidationState[] = [];
  readonly pageLayout: PageLayoutState = {};
  readonly rowBreaks: number[] = [];
  readonly conditionalFormats: ConditionalFormatState[] = [];
  readonly handlers = new Set<ChangeHandler>();
  /** Worksheet.visibility (ExcelApi 1.1): the settings sheet is Hidden. */
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  /** Protected (Review → Protect Sheet): the add-in may not change its cells. */
  protected = false;

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(row: number, col: number): MemoryCell | undefined {
    return this.rows[row]?.[col];
  }

  ensure(row: number, col: number): MemoryCell {
    const cells = (this.rows[row] ??= []);
    return (cells[col] ??= { value: '' });
  }

  value(row: number, col: number): OfficeCellValue {
    return this.cell(row, col)?.value ?? '';
  }

  /** What `range.formulas` reads: the formula, else the value. */
  formula(row: number, col: number): OfficeCellValue {
    const cell = this.cell(row, col);
    return cell?.formula ?? cell?.value ?? '';
  }

  numberFormat(row: number, col: number): string {
    return this.cell(row, col)?.numberFormat ?? 'General';
  }

  /**
   * The used range: every cell with a value or formula, and unless valuesOnly every formatted
   * or merged one too; null for a blank sheet.
   */
  usedBox(valuesOnly: boolean): MergeRange | null {
    let box: MergeRange | null = null;
    const grow = (top: number, left: number, bottom: number, right: number) => {
      box = box
        ? {
            top: Math.min(box.top, top),
            left: Math.min(box.left, left),
            bottom: Math.max(box.bottom, bottom),
            right: Math.max(box.right, right),
          }
        : { top, left, bottom, right };
    };
    this.rows.forEach((cells, r) => {
      cells?.forEach((cell, c) => {
        if (!cell) return;
        const hasValue = cell.value !== '' || cell.formula !== undefined;
        if (hasValue || (!valuesOnly && (cell.numberFormat !== undefined || cell.format))) {
          grow(r, c, r, c);
        }
      });
    });
    if (!valuesOnly) for (const m of this.merges) grow(m.top, m.left, m.bottom, m.right);
    return box;
  }

  /** Calls fn for every stored cell inside the box (sparse: empty cells are skipped). */
  forEachStored(box: MergeRange, fn: (cell: MemoryCell, row: number, col: number) => void) {
    const last = Math.min(box.bottom, this.rows.length - 1);
    for (let r = box.top; r <= last; r += 1) {
      const cells = this.rows[r];
      if (!cells) continue;
      const right = Math.min(box.right, cells.length - 1);
      for (let c = box.left; c <= right; c += 1) {
        const cell = cells[c];
        if (cell) fn(cell, r, c);
      }
    }
  }
}
