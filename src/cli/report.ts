/** The text report of `selfeval check`: per file, the forms, their figures and the flags. */
import { Dec, amountText, percentText } from '../core/decimal';
import type { Severity } from '../core/flags';
import type { FormSummary, LevelSummary, LineSummary } from '../core/summary';
import { CLI_TEXT, FORM_NAME, SEVERITY_NAME } from '../strings/cli';
import type { Notice } from './checkFile';
import type { ReadKind } from './fileKind';
import type { CheckedFlag } from './reportCheck';
import { safeLines } from './safeText';

const T = CLI_TEXT;

/** 4889977 -> "4,889,977.00" (exact, 四舍五入). */
export function formatAmount(value: string | null): string {
  return value === null ? T.none : amountText(new Dec(value));
}

export function formatRate(value: string | null | undefined, places = 2): string {
  return value === null || value === undefined ? T.none : percentText(new Dec(value), places);
}

function formLabel(form: FormSummary, format: ReadKind): string {
  const name = form.kind === 'project' && form.name ? `「${form.name}」` : '';
  const where = format === 'docx' ? T.inWordTable(form.sheet) : T.inSheet(form.sheet);
  return `${FORM_NAME[form.kind]}${name}${where}`;
}

function lineText(line: LineSummary, withInitial: boolean): string {
  const parts = [`    ${line.label}`];
  if (withInitial) parts.push(`${T.initial} ${formatAmount(line.initialBudget ?? null)}`);
  parts.push(
    `${T.budget} ${formatAmount(line.budget)}`,
    `${T.actual} ${formatAmount(line.actual)}`,
  );
  parts.push(`${T.rate} ${formatRate(line.rate)}`);
  if (withInitial && line.additionRate)
    parts.push(`${T.addition} ${formatRate(line.additionRate)}`);
  if (line.overBudget) parts.push(`【${T.overBudget}】`);
  return parts.join('  ');
}

function levelText(level: LevelSummary): string {
  return `    ${level.label}  ${T.weight} ${level.weight ?? T.none}  ${T.score} ${level.score ?? T.none}`;
}

function formText(form: FormSummary, format: ReadKind): string[] {
  const out = [`  ${formLabel(form, format)}`];
  if (form.kind === 'base') {
    out.push(
      `    ${T.controlRate} ${formatRate(form.controlRate)}  ${T.sanGongChange} ${formatRate(form.sanGongChangeRate)}  ${T.budgetAdjustment} ${formatRate(form.budgetAdjustmentRate)}`,
    );
  } else {
    const lines = form.lines.filter((l) => l.budget !== null || l.actual !== null);
    out.push(...lines.map((l) => lineText(l, form.kind === 'project')));
    out.push(...(form.levels ?? []).map(levelText));
    out.push(
      `    ${T.weightSum} ${form.weightSum ?? T.none}  ${T.scoreSum} ${form.scoreSum ?? T.none}  ${T.reportedTotal} ${form.reportedTotal ?? T.none}  ${T.grade} ${form.grade ?? T.none}`,
    );
  }
  if (form.missing.length) out.push(T.missing(form.missing.join('、')));
  return out;
}

function flagLine(flag: CheckedFlag): string {
  const where = flag.place ?? `${flag.sheet}!${flag.address}`;
  const related = flag.relatedPlace ? T.comparedWith(flag.relatedPlace) : '';
  return `    [${flag.code}] ${where}  ${flag.message}${related}`;
}

export function fileReport(
  file: string,
  forms: FormSummary[],
  flags: CheckedFlag[],
  notices: readonly Notice[] = [],
  format: ReadKind = 'xlsx',
): string {
  const out = [T.file(file)];
  if (forms.length === 0) out.push(format === 'docx' ? T.noFormsInReport : T.noForms);
  else out.push(T.formsFound(forms.map((f) => FORM_NAME[f.kind].split(' ')[0]).join('、')));
  for (const form of forms) out.push(...formText(form, format));
  if (notices.length) out.push(T.noticesHeading, ...notices.map((n) => `    ${n.message}`));
  const count = (s: Severity) => flags.filter((f) => f.severity === s).length;
  if (flags.length === 0) out.push(T.noFlags);
  else out.push(T.flagsHeading(count('error'), count('warning'), count('info')));
  for (const severity of ['error', 'warning', 'info'] as const) {
    const group = flags.filter((f) => f.severity === severity);
    if (!group.length) continue;
    out.push(`   ${SEVERITY_NAME[severity]}`);
    out.push(...group.map(flagLine));
  }
  return safeLines(out);
}

/** The report of a file that was not checked: its name and why, on one line. */
export function refusalReport(file: string, why: string): string {
  return safeLines([T.file(file), `  ${why}`]);
}
