/**
 * The `--json` document. Its names are a contract other tools read: keep them stable.
 * Numbers are decimal strings; rates are fractions ("1.545" for 154.5%).
 */
import type { FormReadout } from '../core';
import type { FormSummary } from '../core/summary';
import type { FileProblem, Notice } from './checkFile';
import type { ReadKind } from './fileKind';
import type { CheckedFlag } from './reportCheck';

export interface JsonLine {
  label: string;
  budget: string | null;
  actual: string | null;
  rate: string | null;
  initialBudget?: string | null;
  /** 执行率 − 100%, a fraction. */
  deviation?: string | null;
  /** A figure typed with its label, column unknown. */
  stated?: string | null;
}

export interface JsonForm {
  kind: FormSummary['kind'];
  sheet: string;
  name?: string | null;
  lines: JsonLine[];
  controlRate?: string | null;
  weightSum?: string | null;
  scoreSum?: string | null;
  reportedTotal?: string | null;
  grade?: string | null;
  [extra: string]: unknown;
}

export interface JsonFile {
  file: string;
  /** Why the file was not checked (zh-CN), and its kind as a stable code. */
  error?: string;
  problem?: FileProblem;
  /** What a checked file was read as: xlsx, xlsm, xls or docx. */
  format?: ReadKind;
  forms: JsonForm[];
  /**
   * In a Word report (docx), `sheet`/`address` are `表N`/`行R 列C` (a table cell) or
   * `正文`/the paragraph's numbering (a body flag, with `quote`), and `place` says it in words.
   */
  flags: CheckedFlag[];
  /** What the report names besides flags: hidden form sheets, formulas without results. */
  notices?: Notice[];
  /** With --explain: every field each form was read from. */
  read?: FormReadout[];
}

export function jsonForm(form: FormSummary): JsonForm {
  const out: JsonForm = {
    kind: form.kind,
    sheet: form.sheet,
    lines: form.lines.map((l) => {
      const line: JsonLine = { label: l.label, budget: l.budget, actual: l.actual, rate: l.rate };
      if (l.initialBudget !== undefined) line.initialBudget = l.initialBudget;
      if (l.deviation !== undefined) line.deviation = l.deviation;
      if (l.stated !== undefined) line.stated = l.stated;
      return line;
    }),
    unitName: form.unitName ?? null,
    year: form.year,
    unit: form.unit,
    missing: form.missing,
  };
  if (form.kind === 'project') out.name = form.name ?? null;
  if (form.kind === 'base') {
    out.controlRate = form.controlRate ?? null;
    out.sanGongChangeRate = form.sanGongChangeRate ?? null;
    out.budgetAdjustmentRate = form.budgetAdjustmentRate ?? null;
  } else {
    out.weightSum = form.weightSum ?? null;
    out.scoreSum = form.scoreSum ?? null;
    out.reportedTotal = form.reportedTotal ?? null;
    out.grade = form.grade ?? null;
    out.levels = form.levels ?? [];
  }
  return out;
}
