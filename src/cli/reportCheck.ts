/**
 * A Word report's findings, addressed the way its reader finds them: a table cell as `表N 行R
 * 列C` with the table's caption (附件N and its title), a sentence of the body by the paragraph's
 * numbering (`正文 二、（二）2．`) with the sentence quoted. The body is checked against the
 * evaluation of the report's own tables.
 */
import type { Evaluation, Flag, FormReadout } from '../core';
import type { RelatedCell } from '../core/flags';
import { checkReportBody } from '../core/report/checkBody';
import type { Settings } from '../core/settings';
import { cellPlace, tableOf, wordPlace } from '../hosts/docx/place';
import type { DocxTable } from '../hosts/docx/readReport';
import { REPORT_TEXT } from '../strings/report';
import type { ReportRead } from './fileKind';

/** A flag as the CLI reports it: for a Word report, its place in words besides sheet/address. */
export interface CheckedFlag extends Flag {
  /** `表2 行3 列5（附件2 …）` or `正文 二、（二）2．` */
  place?: string;
  /** The place of `related`, in the same words. */
  relatedPlace?: string;
}

interface Located {
  cell: RelatedCell;
  place: string;
}

/** A grid cell of one of the report's tables, as `表N` / `行R 列C` and its full place. */
function locate(tables: DocxTable[], cell: RelatedCell): Located | null {
  const table = tableOf(tables, cell.sheet);
  if (!table) return null;
  const place = wordPlace(table, cell.address);
  return {
    cell: { sheet: place.table, address: place.cell || cell.address },
    place: cellPlace(table, cell.address),
  };
}

function withRelated(flag: CheckedFlag, tables: DocxTable[]): CheckedFlag {
  if (!flag.related) return flag;
  const related = locate(tables, flag.related);
  return related ? { ...flag, related: related.cell, relatedPlace: related.place } : flag;
}

/** The tables' flags and the body's, in Word's terms. */
export function reportFlags(
  report: ReportRead,
  evaluation: Evaluation,
  settings: Partial<Settings>,
): CheckedFlag[] {
  const tableFlags = evaluation.flags.map((flag): CheckedFlag => {
    const at = locate(report.tables, flag);
    const located = at ? { ...flag, ...at.cell, place: at.place } : flag;
    return withRelated(located, report.tables);
  });
  const bodyFlags = checkReportBody(report.body, evaluation, settings).map((flag): CheckedFlag =>
    withRelated({ ...flag, place: REPORT_TEXT.bodyPlace(flag.sheet, flag.address) }, report.tables),
  );
  return [...tableFlags, ...bodyFlags];
}

/** `--explain` on a Word report: each field at its Word cell. */
export function reportReadouts(report: ReportRead, readouts: FormReadout[]): FormReadout[] {
  return readouts.map((r) => ({
    ...r,
    fields: r.fields.map((f) => {
      const at = locate(report.tables, { sheet: r.sheet, address: f.address });
      return at ? { ...f, address: at.cell.address } : f;
    }),
  }));
}
