/** The class fixtures of issue 10 (test/fixtures/classes, `npm run fixtures`), evaluated. */
import { join } from 'path';
import { evaluate } from '../../src/core';
import type { Evaluation, Flag, FormSummary } from '../../src/core';
import { readWorkbookGrids } from '../../src/hosts/xlsx';

export const CLASS_DIR = join(__dirname, '..', 'fixtures', 'classes');

export async function evaluateFixture(file: string): Promise<Evaluation> {
  return evaluate(await readWorkbookGrids(join(CLASS_DIR, file)));
}

/** `CODE@ADDRESS` of the flags of a severity, sorted. */
export function flagsOf(ev: Evaluation, ...severities: Flag['severity'][]): string[] {
  return ev.flags
    .filter((f) => severities.includes(f.severity))
    .map((f) => `${f.code}@${f.address}`)
    .sort();
}

/** Errors and warnings: what a clean table must not have. */
export const problems = (ev: Evaluation) => flagsOf(ev, 'error', 'warning');

export function onlyForm(ev: Evaluation): FormSummary {
  expect(ev.summary.forms).toHaveLength(1);
  return ev.summary.forms[0];
}

/** label -> [budget, actual, rate] of a form's amount lines. */
export function lineFigures(form: FormSummary): Record<string, (string | null)[]> {
  return Object.fromEntries(form.lines.map((l) => [l.label, [l.budget, l.actual, l.rate]]));
}
