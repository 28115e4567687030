/**
 * The one entry point of the core: grids in; forms, derived-cell writes, flags and a summary
 * out. Never throws on cell content; writes only the derived cells of the forms it found.
 */
import { checkBase } from './checks/base';
import { FormContext } from './checks/context';
import type { CheckOutput } from './checks/context';
import { checkOverall } from './checks/overall';
import { checkProject } from './checks/project';
import { checkCrossSheet } from './checks/crossSheet';
import { checkScoresAreWeights } from './checks/scoresAreWeights';
import { compareFlags } from './flags';
import type { Flag } from './flags';
import type { SheetGrid } from './grid';
import type { Form } from './model';
import { isInputCell } from './formCells';
import { recognize } from './recognize';
import { resolveSettings } from './settings';
import type { Settings } from './settings';
import type { FlagCounts, FormSummary, Summary } from './summary';
import type { CellWrite } from './writes';
import { FLAG_TEXT } from '../strings/flags';

export interface Evaluation {
  forms: Form[];
  writes: CellWrite[];
  flags: Flag[];
  summary: Summary;
}

export function countFlags(flags: Flag[]): FlagCounts {
  const counts: FlagCounts = { error: 0, warning: 0, info: 0 };
  for (const f of flags) counts[f.severity]++;
  return counts;
}

function checkForm(ctx: FormContext, form: Form): Omit<FormSummary, 'counts'> {
  if (form.kind === 'base') return checkBase(ctx, form);
  if (form.kind === 'project') return checkProject(ctx, form);
  return checkOverall(ctx, form);
}

export function evaluateForms(forms: Form[], partial: Partial<Settings> = {}): Evaluation {
  const settings = resolveSettings(partial);
  const writes: CellWrite[] = [];
  const flags: Flag[] = [];
  const summaries: FormSummary[] = [];
  const checked = forms.map((form) => {
    const out: CheckOutput = { flags: [], writes: [] };
    const ctx = new FormContext(form.sheet, form.unit, settings, out, (address) =>
      isInputCell(form, address),
    );
    const summary = checkForm(ctx, form);
    if (form.kind !== 'base') checkScoresAreWeights(ctx, form);
    if (form.missing.length) {
      const at = form.titleCell?.address ?? 'A1';
      ctx.flag('FORM_INCOMPLETE', at, FLAG_TEXT.formIncomplete(form.missing.join('、')));
    }
    return { form, out, summary };
  });
  // The attachments against each other, once each has been checked on its own; a flag joins
  // the form whose cell it points at.
  for (const cross of checkCrossSheet(forms)) {
    checked.find((c) => c.form === cross.form)?.out.flags.push(cross.flag);
  }
  for (const { out, summary } of checked) {
    out.flags.sort(compareFlags);
    summaries.push({ ...summary, counts: countFlags(out.flags) });
    flags.push(...out.flags);
    writes.push(...out.writes);
  }
  return { forms, writes, flags, summary: { forms: summaries, counts: countFlags(flags) } };
}

export function evaluate(grids: SheetGrid[], settings: Partial<Settings> = {}): Evaluation {
  return evaluateForms(recognize(grids), settings);
}
