/** Which attachments the workbook has and which are missing, from the core's summary. */
import type { AttachmentKind, FormKind, FormSummary, Summary } from '../../core';

export const FORM_KINDS: readonly AttachmentKind[] = ['base', 'overall', 'project'];

export interface FormsOverview {
  /** Sheets holding each kind (附件3 may be several). */
  sheets: Record<FormKind, string[]>;
  /** Kinds with no sheet at all: what 插入自评表 lays out. */
  missing: AttachmentKind[];
  /**
   * Forms found whose expected labels were not all read (a hand-made sheet): the accountant sees
   * what was read and what was not.
   */
  unread: { kind: FormKind; sheet: string; labels: string[] }[];
}

export function formsOverview(summary: Summary | null): FormsOverview {
  const sheets: Record<FormKind, string[]> = { base: [], overall: [], project: [], indicator: [] };
  const forms = summary?.forms ?? [];
  for (const f of forms) sheets[f.kind].push(f.sheet);
  const unread = forms
    .filter((f) => f.missing.length > 0)
    .map((f) => ({ kind: f.kind, sheet: f.sheet, labels: f.missing }));
  return { sheets, missing: FORM_KINDS.filter((k) => sheets[k].length === 0), unread };
}

export interface UnitYear {
  unit: string;
  year: number;
}

/**
 * The unit and year to propose in the dialogs: what the forms already say, else the year before
 * today's (a self-evaluation reports on the closed year).
 */
export function proposedUnitYear(forms: FormSummary[], today: Date = new Date()): UnitYear {
  const unit = forms.find((f) => f.unitName)?.unitName ?? '';
  const year = forms.find((f) => f.year !== null)?.year ?? today.getFullYear() - 1;
  return { unit, year };
}

/** A year as typed in the dialog, or null when it is not a plausible four-digit year. */
export function parseYear(text: string): number | null {
  const t = text.trim();
  if (!/^\d{4}$/.test(t)) return null;
  const y = Number(t);
  return y >= 2000 && y <= 2100 ? y : null;
}

/**
 * The unit and year the layout dialogs start from (`proposed`), and the ones already given
 * (`known`: a dialog confirmed earlier, or forms that state both), so 新增项目支出自评表 asks
 * for them only once.
 */
export function dialogUnitYear(
  confirmed: UnitYear | null,
  forms: FormSummary[],
): { proposed: UnitYear; known: UnitYear | null } {
  const proposed = confirmed ?? proposedUnitYear(forms);
  const fromForms = forms.some((f) => f.unitName) && forms.some((f) => f.year !== null);
  return { proposed, known: confirmed ?? (fromForms ? proposed : null) };
}
