/**
 * A host-independent description of one laid-out attachment sheet. Hosts (ExcelJS, Office.js,
 * the memory workbook) turn it into cells; nothing here knows about any host.
 */
import type { CellValue, MergeRange } from '../core/grid';
import type { AttachmentKind } from '../core/forms/kinds';
import type { Level1Def } from '../core/forms/overall';

export type HAlign = 'left' | 'center' | 'right';
export type VAlign = 'top' | 'middle' | 'bottom';

export interface CellStyle {
  bold?: boolean;
  /** Points. */
  fontSize?: number;
  fontName?: string;
  hAlign?: HAlign;
  vAlign?: VAlign;
  wrap?: boolean;
  /** Thin border on every edge of every cell in the range. */
  border?: boolean;
  numberFormat?: string;
  /** Solid fill, `#RRGGBB`. */
  fill?: string;
  /** Indent level (Excel's indent, for sub-lines). */
  indent?: number;
}

export interface StyledRange {
  range: MergeRange;
  style: CellStyle;
}

export interface PlanCell {
  row: number;
  col: number;
  value: CellValue;
}

export interface PageSetup {
  paperSize: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Fit all columns on one page width; height free (0). */
  fitToWidth: 1;
  fitToHeight: 0;
  /** Rows (0-based, inclusive) repeated at the top of every printed page. */
  printTitleRows: { first: number; last: number };
  printArea: MergeRange;
  footer: string;
  horizontalCentered: boolean;
  /** Inches. */
  margins: {
    left: number;
    right: number;
    top: number;
    bottom: number;
    header: number;
    footer: number;
  };
}

/** Score-cell style validation: a decimal between min and max. */
export interface PlanValidation {
  range: MergeRange;
  min: number;
  max: number;
  prompt: string;
}

export interface SheetPlan {
  kind: AttachmentKind;
  /** Suggested sheet name; a host that finds it in use picks another. */
  sheetName: string;
  cells: PlanCell[];
  merges: MergeRange[];
  styles: StyledRange[];
  /** Excel column widths in characters, index = column. */
  columnWidths: number[];
  /** Row heights in points, by 0-based row. */
  rowHeights: Record<number, number>;
  validations: PlanValidation[];
  pageSetup: PageSetup;
  /**
   * Where each field of the form sits, by a stable key (see layout/fieldKeys.ts). Used by the
   * demo filler and by tests that check recognition finds what the layout put down.
   */
  fields: Record<string, { row: number; col: number }>;
  /**
   * 0-based column of the 校验 column just right of the print area, where a host may write
   * check notes that must not print. Absent on plans without one.
   */
  checkColumn?: number;
  /**
   * Row spans (0-based, inclusive) that should not be split across printed pages: a 二级 with
   * its 三级 rows, a heading block. Input to layout/paginate.ts.
   */
  keepTogether?: { first: number; last: number }[];
  /** Manual page breaks: a new printed page starts at each of these 0-based rows. */
  rowBreaks?: number[];
}

export interface PlanOptions {
  unit?: string;
  year?: number;
  projectName?: string;
  /** Sheet name to suggest instead of the form's default. */
  sheetName?: string;
  /**
   * Indicator tree to lay out instead of the form's official one (附件2/附件3 only), e.g. to
   * reproduce a unit's hand-made variant. A Level2Def weight above 0 is printed in the label.
   */
  indicators?: readonly Level1Def[];
  /** 附件2's layout: the seed's 整体支出规模 ('scale', the default) or 年度预算申请 ('funds'). */
  overallLayout?: OverallLayout;
}

export type OverallLayout = 'scale' | 'funds';
