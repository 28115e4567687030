/**
 * A grid of texts with merged ranges (the shape of a SheetGrid or a laid-out form) as a Word
 * table: a range merged across columns is one cell with `gridSpan`, one merged down rows starts
 * a `vMerge` that the cells below continue, the way Word itself writes merged cells.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import type { MergeRange } from '../../core/grid';

export type CellAlign = 'left' | 'center' | 'right';

export interface WordTableInput {
  /** Row-major texts; a line break in a text is a new paragraph of the cell. */
  values: (string | null)[][];
  merges: MergeRange[];
  /** Width of each grid column, in twips (1/1440 inch). */
  widths: number[];
  /** Font size in points (default 10.5, 五号). */
  fontSize?: number;
  bold?: (row: number, col: number) => boolean;
  align?: (row: number, col: number) => CellAlign;
  /** Rows repeated at the top of every page (Word's 标题行重复). */
  headerRows?: number;
}

/** The fonts Chinese official forms are printed in: 宋体 for CJK, Times New Roman for digits. */
export const FORM_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function paragraphs(text: string | null, size: number, bold: boolean, align: CellAlign) {
  const lines = (text ?? '').split('\n');
  return lines.map(
    (line) =>
      new Paragraph({
        alignment: ALIGN[align],
        children:
          line === '' ? [] : [new TextRun({ text: line, size: size * 2, bold, font: FORM_FONT })],
      }),
  );
}

/** The merge holding each cell, found once. */
function mergeIndex(merges: MergeRange[]): Map<string, MergeRange> {
  const at = new Map<string, MergeRange>();
  for (const m of merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) at.set(`${r},${c}`, m);
  return at;
}

export function wordTable(input: WordTableInput): Table {
  const cols = input.widths.length;
  const size = input.fontSize ?? 10.5;
  const merges = mergeIndex(input.merges);
  const span = (m: MergeRange, c: number) => input.widths.slice(c, m.right + 1);
  const rows = input.values.map((rowValues, r) => {
    const cells: TableCell[] = [];
    for (let c = 0; c < cols;) {
      const m = merges.get(`${r},${c}`) ?? { top: r, left: c, bottom: r, right: c };
      const width = span(m, c).reduce((a, w) => a + w, 0);
      const common = {
        columnSpan: m.right - c + 1,
        width: { size: width, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
        borders: { top: THIN, bottom: THIN, left: THIN, right: THIN },
      };
      if (m.top < r) {
        cells.push(
          new TableCell({
            ...common,
            verticalMerge: VerticalMergeType.CONTINUE,
            children: [new Paragraph({})],
          }),
        );
      } else {
        const bold = input.bold?.(r, c) ?? false;
        const align = input.align?.(r, c) ?? 'left';
        cells.push(
          new TableCell({
            ...common,
            ...(m.bottom > r ? { verticalMerge: VerticalMergeType.RESTART } : {}),
            children: paragraphs(rowValues[c] ?? null, size, bold, align),
          }),
        );
      }
      c = m.right + 1;
    }
    return new TableRow({ children: cells, tableHeader: r < (input.headerRows ?? 0) });
  });
  return new Table({
    rows,
    columnWidths: input.widths,
    width: { size: input.widths.reduce((a, w) => a + w, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
  });
}
