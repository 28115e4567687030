/**
 * What a workbook "reads to", independent of where its cells are: per form, the figures in 元,
 * the rates, weight and score sums, grades, the level weights and scores, and the flag codes.
 * Two workbooks that read the same carry the same report, however each was laid out.
 */
import Decimal from 'decimal.js';
import type { Evaluation, FormSummary, LevelSummary, MoneyUnit } from '../../src/core';

const TO_YUAN: Record<MoneyUnit, number> = { yuan: 1, wan: 10000, yi: 100000000 };

export interface LineReading {
  label: string;
  prior?: string;
  initialBudget?: string;
  budget: string | null;
  actual: string | null;
  rate: string | null;
}

export interface FormReading {
  kind: FormSummary['kind'];
  name: string | null;
  unitName: string | null;
  year: number | null;
  lines: LineReading[];
  controlRate: string | null;
  sanGongChangeRate: string | null;
  budgetAdjustmentRate: string | null;
  weightSum: string | null;
  scoreSum: string | null;
  reportedTotal: string | null;
  grade: string | null;
  /** [declared weight, weight, score] of every level, depth first. */
  levels: (string | null)[][];
  flagCodes: string[];
  missing: string[];
}

function yuan(value: string | null | undefined, unit: MoneyUnit): string | null {
  if (value === null || value === undefined) return null;
  return new Decimal(value).times(TO_YUAN[unit]).toString();
}

function levels(list: LevelSummary[] | undefined): (string | null)[][] {
  return (list ?? []).flatMap((l) => [
    [l.declaredWeight, l.weight, l.score],
    ...levels(l.children),
  ]);
}

function readForm(form: FormSummary, ev: Evaluation): FormReading {
  const lines = form.lines
    // A line the variant left out, or left empty, carries no figure to compare.
    .filter((l) => l.budget !== null || l.actual !== null || (l.prior ?? null) !== null)
    .map((l) => {
      const out: LineReading = {
        label: l.label,
        budget: yuan(l.budget, form.unit),
        actual: yuan(l.actual, form.unit),
        rate: l.rate,
      };
      if (l.prior !== undefined && l.prior !== null) out.prior = yuan(l.prior, form.unit) ?? '';
      if (l.initialBudget !== undefined && l.initialBudget !== null)
        out.initialBudget = yuan(l.initialBudget, form.unit) ?? '';
      return out;
    });
  const flagCodes = ev.flags
    .filter((f) => f.sheet === form.sheet && belongs(ev, form, f.address))
    .map((f) => f.code)
    .sort();
  return {
    kind: form.kind,
    name: form.name ?? null,
    unitName: form.unitName ?? null,
    year: form.year,
    lines,
    controlRate: form.controlRate ?? null,
    sanGongChangeRate: form.sanGongChangeRate ?? null,
    budgetAdjustmentRate: form.budgetAdjustmentRate ?? null,
    weightSum: form.weightSum ?? null,
    scoreSum: form.scoreSum ?? null,
    reportedTotal: form.reportedTotal ?? null,
    grade: form.grade ?? null,
    levels: levels(form.levels),
    flagCodes,
    missing: form.missing,
  };
}

/** Several forms may share a sheet: a flag belongs to the form whose rows hold its cell. */
function belongs(ev: Evaluation, summary: FormSummary, address: string): boolean {
  const index = ev.summary.forms.indexOf(summary);
  const form = ev.forms[index];
  const row = Number(/\d+$/.exec(address)?.[0] ?? '0') - 1;
  return row >= form.top && row <= form.bottom;
}

export function readingOf(ev: Evaluation): FormReading[] {
  return ev.summary.forms.map((f) => readForm(f, ev));
}
