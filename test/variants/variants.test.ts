/**
 * Issue #6, point 1: workbooks units filled by hand, each a little differently, read to the same
 * report as the clean layout of `selfeval demo`: same lines, rates, weight and score sums,
 * grades and flag codes (their addresses differ). The fixtures are built by
 * scripts/make-fixtures.ts with ExcelJS, never through src/layout.
 */
import { mkdtempSync, readdirSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';
import { evaluate } from '../../src/core';
import type { Evaluation } from '../../src/core';
import { readWorkbookGrids } from '../../src/hosts/xlsx';
import { VARIANTS } from '../../scripts/fixtures/variants';
import { buildVariant } from '../../scripts/make-fixtures';
import { FIXTURES } from './helpers';
import { readingOf } from './reading';
import type { FormReading } from './reading';
import { SEED_READING } from './seedReading';

const quiet = { out: () => undefined, err: () => undefined };
let clean: FormReading[];
const results = new Map<string, Evaluation>();

beforeAll(async () => {
  const demo = join(mkdtempSync(join(tmpdir(), 'selfeval-variants-')), 'demo.xlsx');
  expect(await main(['demo', '-o', demo], quiet)).toBe(0);
  clean = readingOf(evaluate(await readWorkbookGrids(demo)));
  for (const v of VARIANTS) {
    results.set(v.file, evaluate(await readWorkbookGrids(join(FIXTURES, v.file))));
  }
});

function cleanForm(kind: FormReading['kind']): FormReading {
  const f = clean.find((x) => x.kind === kind);
  if (!f) throw new Error(`the demo has no ${kind}`);
  return f;
}

it('every variant of scripts/fixtures/variants.ts is committed, and nothing else', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx'));
  expect(files.sort()).toEqual(VARIANTS.map((v) => v.file).sort());
});

it('the clean layout itself reads to the seed', () => {
  expect(clean.map((f) => f.kind)).toEqual(['base', 'overall', 'project']);
  for (const form of clean)
    expect(form.flagCodes).toEqual(
      SEED_READING[form.kind as Exclude<typeof form.kind, 'indicator'>].flagCodes,
    );
});

describe.each(VARIANTS.map((v) => [v.file, v] as const))('%s', (file, variant) => {
  const forms = () => readingOf(results.get(file) as Evaluation);

  it(`is found: ${variant.about}`, () => {
    const kinds = variant.sheets.flatMap((s) => s.forms.map((f) => f.kind));
    expect(forms().map((f) => f.kind)).toEqual(kinds);
    for (const form of forms()) expect(form.missing).toEqual([]);
  });

  it('reads to the same lines, rates, sums, grade and flag codes as the clean layout', () => {
    for (const form of forms()) expect(form).toEqual(cleanForm(form.kind));
  });

  it('reads to the seed: rates, weight and score sums, grades, flag codes', () => {
    const ev = results.get(file) as Evaluation;
    for (const form of forms()) {
      const want = SEED_READING[form.kind as Exclude<typeof form.kind, 'indicator'>];
      expect(form).toMatchObject({
        controlRate: want.controlRate,
        sanGongChangeRate: want.sanGongChangeRate,
        budgetAdjustmentRate: want.budgetAdjustmentRate,
        weightSum: want.weightSum,
        scoreSum: want.scoreSum,
        reportedTotal: want.reportedTotal,
        grade: want.grade,
        flagCodes: want.flagCodes,
        unitName: form.kind === 'project' ? null : '浏阳市招商引资服务中心',
        year: 2021,
      });
      for (const [label, rate] of Object.entries(want.rates)) {
        expect(form.lines.find((l) => l.label === label)?.rate).toBe(rate);
      }
      const summary = ev.summary.forms.find((f) => f.kind === form.kind);
      if (want.levelScores) expect(summary?.levels?.map((l) => l.score)).toEqual(want.levelScores);
    }
  });

  it('the committed file is what scripts/make-fixtures.ts writes', async () => {
    const fresh = await buildVariant(variant).xlsx.writeBuffer();
    const grids = await readWorkbookGrids(Buffer.from(fresh));
    expect(grids).toEqual(await readWorkbookGrids(join(FIXTURES, file)));
  });
});

it('amounts typed in 万元 on one sheet and 元 on another read to the same 元', () => {
  // 附件1 of v06 is in 万元: 部门整体支出预算调整 488.9977 / 755.499522 (万元) = 4,889,977.00 /
  // 7,554,995.22 元, exactly; 附件2 of v07 is in 万元 likewise.
  const v06 = readingOf(results.get('v06-base-in-wan.xlsx') as Evaluation)[0];
  const adjustment = v06.lines.find((l) => l.label === '部门整体支出预算调整');
  expect(adjustment).toEqual({
    label: '部门整体支出预算调整',
    budget: '4889977',
    actual: '7554995.22',
    rate: '1.545',
  });
  expect(results.get('v06-base-in-wan.xlsx')?.forms[0].unit).toBe('wan');
  const v07 = readingOf(results.get('v07-overall-in-wan.xlsx') as Evaluation)[1];
  expect(v07.lines.find((l) => l.label === '财政拨款')).toMatchObject({
    budget: '4889977',
    actual: '7554995.22',
  });
  expect(results.get('v07-overall-in-wan.xlsx')?.forms[1].unit).toBe('wan');
});

it('several 附件3 on one sheet are read one by one, each to the seed 附件3', () => {
  const ev = results.get('v08-stacked-projects.xlsx') as Evaluation;
  expect(ev.forms.map((f) => [f.kind, f.sheet])).toEqual(
    Array(3).fill(['project', '项目支出自评（汇总）']),
  );
  const tops = ev.forms.map((f) => f.top);
  expect(new Set(tops).size).toBe(3);
});
