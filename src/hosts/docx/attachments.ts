/**
 * The attachments of a workbook as a Word document for pasting into the report: each form found
 * as its own section (A4; 附件1 portrait, 附件2/3 landscape) with 附件N, the title, a line with
 * 填报单位 on the left and 单位 on the right, then the form's rows as a Word table with its merged
 * cells, the 说明/注 under it. The table keeps the workbook's own rows; the official column
 * widths apply where the form has the official columns.
 */
import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  TabStopType,
  TextRun,
} from 'docx';
import type { ISectionOptions } from 'docx';
import { recognize } from '../../core';
import type { Form, IndicatorForm, SheetGrid } from '../../core';

type AttachmentForm = Exclude<Form, IndicatorForm>;
import { cellFormat, cellValue } from '../../core/grid';
import type { MergeRange } from '../../core/grid';
import { FORM_ATTACHMENT_NO, FORM_TITLES } from '../../core/forms/kinds';
import { titleKind } from '../../core/recognize';
import { MONEY_UNIT_TEXT } from '../../core/numbers/units';
import { normText } from '../../core/text';
import { plan } from '../../layout';
import { EXPORT_TEXT } from '../../strings/export';
import { cellDisplay } from './cellDisplay';
import { FORM_FONT, wordTable } from './wordTable';

/** A4 in twips and 2 cm margins. */
const A4 = { short: 11906, long: 16838, margin: 1134 };

interface FormBlock {
  form: AttachmentForm;
  caption: { attachment: string; title: string; unitName: string; unit: string };
  values: (string | null)[][];
  merges: MergeRange[];
  notes: string[];
}

/** A row of the caption: 附件N, the title, 填报单位 / 单位 lines. */
function isCaptionText(text: string): boolean {
  const t = normText(text);
  return (
    /^附件\d*$/.test(t) ||
    titleKind(t) !== null ||
    /^填报单位/.test(t) ||
    /^(金额)?单位[:：]/.test(t) ||
    /^\((亿元|万元|元)\)$/.test(t)
  );
}

function rowTexts(grid: SheetGrid, row: number, cols: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < cols; c++)
    out.push(cellDisplay(cellValue(grid, row, c), cellFormat(grid, row, c)));
  return out;
}

function usedColumns(grid: SheetGrid, top: number, bottom: number): number {
  let cols = 0;
  for (let r = top; r <= bottom; r++) {
    const row = grid.values[r] ?? [];
    for (let c = row.length - 1; c >= cols; c--) if (row[c] !== null && row[c] !== '') cols = c + 1;
  }
  for (const m of grid.merges)
    if (m.top >= top && m.bottom <= bottom && m.left < cols) cols = Math.max(cols, m.right + 1);
  return Math.max(cols, 1);
}

/** The add-in's 校验（不打印） column beside a form is not part of the printed form. */
function withoutCheckColumn(grid: SheetGrid, top: number, bottom: number, cols: number): number {
  const last = cols - 1;
  const texts: string[] = [];
  for (let r = top; r <= bottom; r++) {
    const t = cellDisplay(cellValue(grid, r, last), null).trim();
    if (t) texts.push(t);
  }
  return cols > 1 && texts.length > 0 && texts.every((t) => /校验|不打印/.test(t)) ? last : cols;
}

function block(grid: SheetGrid, form: AttachmentForm, unitName: string | null): FormBlock {
  const cols = withoutCheckColumn(
    grid,
    form.top,
    form.bottom,
    usedColumns(grid, form.top, form.bottom),
  );
  const nonEmpty = (r: number) => rowTexts(grid, r, cols).filter((t) => t.trim() !== '');
  let top = form.top;
  // 附件N above the title belongs to the caption too.
  if (top > 0 && nonEmpty(top - 1).every(isCaptionText) && nonEmpty(top - 1).length) top--;
  let first = top;
  let foundUnitName: string | null = null;
  while (
    first <= form.bottom &&
    nonEmpty(first).length > 0 &&
    nonEmpty(first).every(isCaptionText)
  ) {
    for (const t of nonEmpty(first))
      if (/^填报单位/.test(normText(t))) foundUnitName = t.replace(/^\s*填报单位\s*[:：]?\s*/, '');
    first++;
  }
  let last = form.bottom;
  const notes: string[] = [];
  while (last > first && nonEmpty(last).length <= 1) {
    const [t] = nonEmpty(last);
    if (t && /^(说明|注)\s*[:：]/.test(t.trim())) notes.unshift(t.trim());
    else if (t) break;
    last--;
  }
  const values: (string | null)[][] = [];
  for (let r = first; r <= last; r++)
    values.push(rowTexts(grid, r, cols).map((t) => (t === '' ? null : t)));
  const merges = grid.merges
    .filter((m) => m.top >= first && m.bottom <= last && m.left < cols)
    .map((m) => ({
      top: m.top - first,
      left: m.left,
      bottom: m.bottom - first,
      right: Math.min(m.right, cols - 1),
    }));
  const titleText =
    form.titleCell && typeof form.titleCell.value === 'string' ? form.titleCell.value.trim() : '';
  const year = form.year ?? '';
  return {
    form,
    caption: {
      attachment: `附件${FORM_ATTACHMENT_NO[form.kind]}`,
      title: titleText || `${year}${year ? '年' : ''}${FORM_TITLES[form.kind]}`,
      unitName: foundUnitName ?? unitName ?? '',
      unit: MONEY_UNIT_TEXT[form.unit],
    },
    values,
    merges,
    notes,
  };
}

/** The official widths where the form has the official columns, else widths by content. */
function columnWidths(b: FormBlock, textWidth: number): number[] {
  const cols = b.values[0]?.length ?? 1;
  const official = plan(b.form.kind).columnWidths.slice(0, cols);
  let weights =
    official.length === cols && plan(b.form.kind).columnWidths.length - cols <= 1 ? official : [];
  if (!weights.length) {
    weights = new Array(cols).fill(4);
    for (const row of b.values)
      row.forEach((t, c) => {
        const longest = Math.max(...(t ?? '').split('\n').map((l) => l.length));
        weights[c] = Math.min(Math.max(weights[c], longest), 30);
      });
  }
  const total = weights.reduce((a, w) => a + w, 0);
  return weights.map((w) => Math.floor((w * textWidth) / total));
}

function run(text: string, size: number, bold = false): TextRun {
  return new TextRun({ text, size: size * 2, bold, font: FORM_FONT });
}

function section(b: FormBlock): ISectionOptions {
  const landscape = b.form.kind !== 'base';
  const textWidth = (landscape ? A4.long : A4.short) - 2 * A4.margin;
  const widths = columnWidths(b, textWidth);
  const size = landscape ? 9 : 10.5;
  const isNumber = (t: string | null) => t !== null && /^[-\d,.%\s]+$/.test(t.trim());
  return {
    properties: {
      page: {
        size: {
          width: A4.short,
          height: A4.long,
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { top: A4.margin, bottom: A4.margin, left: A4.margin, right: A4.margin },
      },
    },
    children: [
      new Paragraph({ children: [run(b.caption.attachment, 12, true)] }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 120, after: 120 },
        children: [run(b.caption.title, 16, true)],
      }),
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        spacing: { after: 60 },
        children: [
          run(EXPORT_TEXT.unitName(b.caption.unitName), 10.5),
          run('\t', 10.5),
          run(EXPORT_TEXT.unit(b.caption.unit), 10.5),
        ],
      }),
      wordTable({
        values: b.values,
        merges: b.merges,
        widths,
        fontSize: size,
        // Figures right, the row labels of the first column left, headings centred.
        align: (r, c) => {
          const t = b.values[r]?.[c] ?? null;
          if (isNumber(t)) return 'right';
          if (c === 0 && b.form.kind === 'base') return 'left';
          return t !== null && t.length <= 10 ? 'center' : 'left';
        },
      }),
      ...b.notes.map((n) => new Paragraph({ spacing: { before: 60 }, children: [run(n, 9)] })),
    ],
  };
}

/**
 * The forms found in `grids`, in the order 附件1, 附件2, 附件3…, as .docx bytes; null when there is
 * none. Plain bytes (not a Node Buffer): the CLI writes them, the pane offers them as a download.
 */
export async function attachmentsDocx(grids: SheetGrid[]): Promise<Uint8Array | null> {
  // The attachments only: a 评分表 is not one of them.
  const forms = recognize(grids).filter((f): f is AttachmentForm => f.kind !== 'indicator');
  if (!forms.length) return null;
  const order = { base: 0, overall: 1, project: 2 } as const;
  const sorted = [...forms].sort((a, b) => order[a.kind] - order[b.kind]);
  const unitName =
    forms.map((f) => (f.kind === 'project' ? null : f.unitName)).find((n) => n) ?? null;
  const blocks = sorted.map((f) =>
    block(grids.find((g) => g.name === f.sheet) as SheetGrid, f, unitName),
  );
  const doc = new Document({ creator: EXPORT_TEXT.creator, sections: blocks.map(section) });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
