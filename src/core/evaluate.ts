/**
 * The one entry point of the core: grids in; forms, derived-cell writes, highlights, flags and a
 * summary out. Never throws on cell content; writes only the derived cells of the forms it found.
 * Each form is checked on its own (checkForm), then the attachments against each other
 * (assembleEvaluation): evaluateIncremental.ts re-checks only the forms of the sheets that changed.
 */
import { checkBase } from './checks/base';
import { FormContext } from './checks/context';
import type { CheckOutput } from './checks/context';
import type { CrossFlag } from './checks/crossFigures';
import { checkOverall } from './checks/overall';
import { checkProject } from './checks/project';
import { checkCrossSheet } from './checks/crossSheet';
import { checkScoresAreWeights } from './checks/scoresAreWeights';
import { compareFlags } from './flags';
import type { Flag } from './flags';
import { formHighlights, type CellHighlight } from './formats';
import type { SheetGrid } from './grid';
import type { Form } from './model';
import { inputPositions, isInputAt } from './formCells';
import { isBlankForm } from './blankForm';
import { copyFields } from './lazyField';
import { recognize } from './recognize';
import { resolveSettings } from './settings';
import type { Settings } from './settings';
import type { FlagCounts, FormSummary, Summary } from './summary';
import type { CellWrite } from './writes';
import { FLAG_TEXT } from '../strings/flags';

export interface Evaluation {
  forms: Form[];
  writes: CellWrite[];
  /** The over-100% highlights of the rate cells, as they stand once `writes` are in. */
  formats: CellHighlight[];
  flags: Flag[];
  summary: Summary;
}

/** One form checked on its own: its flags (sorted), writes, highlights and summary. */
export interface CheckedForm {
  readonly form: Form;
  readonly flags: readonly Flag[];
  readonly writes: readonly CellWrite[];
  readonly formats: readonly CellHighlight[];
  /** Counts of its own flags; the cross-sheet flags that join it are counted on assembly. */
  readonly summary: FormSummary;
}

export function countFlags(flags: readonly Flag[]): FlagCounts {
  const counts: FlagCounts = { error: 0, warning: 0, info: 0 };
  for (const f of flags) counts[f.severity]++;
  return counts;
}

function checkForm(ctx: FormContext, form: Form): Omit<FormSummary, 'counts'> {
  if (form.kind === 'base') return checkBase(ctx, form);
  if (form.kind === 'project') return checkProject(ctx, form);
  return checkOverall(ctx, form);
}

/** A form checked on its own, with the settings already resolved. */
export function checkOneForm(form: Form, settings: Settings): CheckedForm {
  const out: CheckOutput = { flags: [], writes: [] };
  // Gathered on the first derived cell that would be written (most forms write two or three).
  let inputs: readonly number[] | null = null;
  const ctx = new FormContext(form.sheet, form.unit, settings, out, (cell) =>
    isInputAt((inputs ??= inputPositions(form)), cell.row, cell.col),
  );
  const summary = checkForm(ctx, form);
  if (form.kind !== 'base') checkScoresAreWeights(ctx, form);
  if (form.missing.length) {
    const at = form.titleCell?.address ?? 'A1';
    ctx.flag('FORM_INCOMPLETE', at, FLAG_TEXT.formIncomplete(form.missing.join('、')));
  }
  // Sorted now, stably: joined by cross-sheet flags later, a sort gives the order it always did.
  out.flags.sort(compareFlags);
  return {
    form,
    flags: out.flags,
    writes: out.writes,
    formats: formHighlights(form, out.writes),
    // Assigned, not spread: a scored form's level tree is built when read (lazyField).
    summary: Object.assign(summary, { blank: isBlankForm(form), counts: countFlags(out.flags) }),
  };
}

/**
 * The evaluation of forms each checked on its own, with the flags the attachments raise against
 * each other (a flag joins the form whose cell it points at). `checked` is left as it was.
 */
export function assembleEvaluation(
  checked: readonly CheckedForm[],
  cross: readonly CrossFlag[],
): Evaluation {
  const writes: CellWrite[] = [];
  const formats: CellHighlight[] = [];
  const flags: Flag[] = [];
  const summaries: FormSummary[] = [];
  const crossOf = new Map<Form, Flag[]>();
  for (const c of cross) {
    if (!checked.some((k) => k.form === c.form)) continue;
    crossOf.set(c.form, [...(crossOf.get(c.form) ?? []), c.flag]);
  }
  const counts: FlagCounts = { error: 0, warning: 0, info: 0 };
  for (const one of checked) {
    const extra = crossOf.get(one.form);
    const formFlags = extra ? [...one.flags, ...extra].sort(compareFlags) : one.flags;
    const summary = extra
      ? Object.assign(copyFields(one.summary), { counts: countFlags(formFlags) })
      : one.summary;
    summaries.push(summary);
    for (const f of formFlags) flags.push(f);
    for (const w of one.writes) writes.push(w);
    for (const h of one.formats) formats.push(h);
    counts.error += summary.counts.error;
    counts.warning += summary.counts.warning;
    counts.info += summary.counts.info;
  }
  return {
    forms: checked.map((c) => c.form),
    writes,
    formats,
    flags,
    summary: { forms: summaries, counts },
  };
}

export function evaluateForms(forms: Form[], partial: Partial<Settings> = {}): Evaluation {
  const settings = resolveSettings(partial);
  const checked = forms.map((form) => checkOneForm(form, settings));
  // The attachments against each other, once each has been checked on its own.
  return assembleEvaluation(checked, checkCrossSheet(forms));
}

export function evaluate(grids: SheetGrid[], settings: Partial<Settings> = {}): Evaluation {
  return evaluateForms(recognize(grids), settings);
}
