/** The rows above every attachment's table (附件N, title, 填报单位 … 单位) and the 校验 column. */
import { FORM_ATTACHMENT_NO, FORM_TITLES, type AttachmentKind } from '../core/forms/kinds';
import { UNIT_KEY } from './fieldKeys';
import type { PlanOptions } from './plan';
import type { SheetBuilder } from './sheetBuilder';
import { CHECK_HEADER, PLAIN, TITLE } from './styles';

/** Rows 0..2: repeated at the top of every printed page. */
export const TITLE_ROWS = { first: 0, last: 2 };
export const FIRST_TABLE_ROW = 3;

export const CHECK_HEADER_TEXT = '校验（不打印）';
export const CHECK_COLUMN_WIDTH = 24;

const MONEY_UNIT_TEXT: Record<AttachmentKind, string> = {
  base: '单位：元',
  overall: '单位：元',
  project: '单位：万元',
};

export function formTitle(kind: AttachmentKind, year?: number): string {
  return year === undefined ? FORM_TITLES[kind] : `${year}年${FORM_TITLES[kind]}`;
}

export function attachmentLabel(kind: AttachmentKind): string {
  return `附件${FORM_ATTACHMENT_NO[kind]}`;
}

/** Lays out rows 0..2 across `width` form columns. */
export function addHeading(
  sheet: SheetBuilder,
  kind: AttachmentKind,
  opts: PlanOptions,
  width: number,
  unitText: string = MONEY_UNIT_TEXT[kind],
): void {
  const last = width - 1;
  sheet.put(0, 0, attachmentLabel(kind), { ...PLAIN, hAlign: 'left' });
  sheet.height(0, 16);
  sheet.block(1, 0, 1, last, formTitle(kind, opts.year), TITLE);
  sheet.height(1, 30);
  sheet.block(2, 0, 2, last - 1, `填报单位：${opts.unit ?? ''}`, { ...PLAIN, hAlign: 'left' });
  sheet.field(UNIT_KEY, 2, 0);
  sheet.put(2, last, unitText, { ...PLAIN, hAlign: 'right' });
  sheet.height(2, 20);
}

/** The heading of the 校验 column, on the row of the table's main column headings. */
export function addCheckHeader(sheet: SheetBuilder, row: number, checkColumn: number): void {
  sheet.put(row, checkColumn, CHECK_HEADER_TEXT, CHECK_HEADER);
}

export function scorePrompt(max: number): string {
  return `请输入 0 至 ${max} 之间的得分（可含小数）。`;
}
