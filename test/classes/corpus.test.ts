/**
 * The real published tables of ../shared/corpus, scored as `node ../shared/corpus/score.js`
 * scores them: every form read, every finding found, no false alarm. Skipped, saying so, where
 * the corpus is not beside the project.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { evaluate } from '../../src/core';
import { readWorkbookGrids } from '../../src/hosts/xlsx';

const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus');
const present = existsSync(join(CORPUS, 'expected.json'));
if (!present) console.warn(`corpus tests skipped: ${CORPUS} not found`);
const describeIf = present ? describe : describe.skip;

interface Finding {
  sheet: string;
  cell: string;
  kind: string;
  alt_cells?: string[];
  alt_kinds?: string[];
}
interface Workbook {
  file: string;
  forms: Record<string, string>;
  findings: Finding[];
  must_not_flag?: { sheet: string; cell: string; kinds: string[] }[];
}

// The kinds as score.js matches them against flag codes.
const KIND: Record<string, RegExp> = {
  over_budget: /OVER|ADDITION|SUPPLEMENT|INCREASE/i,
  rate_mismatch: /RATE|MISMATCH/i,
  rate_precision: /PRECISION|RATE/i,
  weight_sum: /WEIGHT/i,
  total_mismatch: /TOTAL|SUM/i,
  score_over_weight: /SCORE|WEIGHT/i,
  reason_missing: /REASON/i,
  parent_sum_mismatch: /PARENT|SUM|PART|TOTAL/i,
  source_structure_mismatch: /SOURCE|STRUCTURE|SUM|BALANCE/i,
  cross_sheet_mismatch: /CROSS/i,
  not_a_number: /NUMBER|INVALID|PARSE|NAN/i,
  control_over_100: /CONTROL|OVER|STAFF/i,
  other: /./,
};
const FORM_KIND: Record<string, string | null> = {
  a: 'base',
  b: 'overall',
  c: 'project',
  indicator: null,
};
const rowOf = (a: string) => /\d+$/.exec(a)?.[0] ?? '';

const workbooks: Workbook[] = present
  ? (JSON.parse(readFileSync(join(CORPUS, 'expected.json'), 'utf8')) as { workbooks: Workbook[] })
      .workbooks
  : [];

describeIf('the real tables of the corpus', () => {
  it.each(workbooks.map((w) => [w.file, w] as const))('%s', async (_file, wb) => {
    const ev = evaluate(await readWorkbookGrids(join(CORPUS, 'xlsx', wb.file)));
    for (const [sheet, kind] of Object.entries(wb.forms)) {
      const want = FORM_KIND[kind];
      expect(ev.forms.some((f) => f.sheet === sheet && (want === null || f.kind === want))).toBe(
        true,
      );
    }
    for (const x of wb.findings) {
      const cells = [x.cell, ...(x.alt_cells ?? [])];
      const kinds = [x.kind, ...(x.alt_kinds ?? [])];
      const hit = ev.flags.some(
        (f) =>
          f.sheet === x.sheet &&
          cells.some((c) => c === f.address || rowOf(c) === rowOf(f.address)) &&
          kinds.some((k) => (KIND[k] ?? /./).test(f.code)),
      );
      expect({ finding: `${x.cell} ${x.kind}`, hit }).toEqual({
        finding: `${x.cell} ${x.kind}`,
        hit: true,
      });
    }
    const alarms = (wb.must_not_flag ?? []).flatMap((x) =>
      ev.flags
        .filter(
          (f) =>
            f.sheet === x.sheet &&
            f.address === x.cell &&
            f.severity !== 'info' &&
            x.kinds.some((k) => (KIND[k] ?? /./).test(f.code)),
        )
        .map((f) => `${f.address} ${f.code}`),
    );
    expect(alarms).toEqual([]);
  });
});
