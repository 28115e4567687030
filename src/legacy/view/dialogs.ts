/**
 * 插入自评表 and 新增项目支出自评表 in the legacy pane: a panel in the pane (IE11 has no <dialog>)
 * with the same fields and checks as the React dialogs (app/pane/dialogInput.ts). Messages show
 * after a first 确定, as there.
 */
import type { AttachmentKind } from '../../core';
import type { LayoutRequest } from '../../app/actions';
import type { OverallLayout } from '../../layout/plan';
import {
  checkAddProject,
  checkInsert,
  type DialogErrors,
  type UnitYearDraft,
} from '../../app/pane/dialogInput';
import type { UnitYear } from '../../app/pane/forms';
import { PANE_FORM_NAME, PANE_TEXT } from '../../strings/pane';
import { button, el, replaceChildren, textField, type Child } from './dom';

interface Panel {
  title: string;
  intro: string;
  /** The fields, drawn with the errors to show (none before the first 确定). */
  fields(errors: DialogErrors | null): Child[];
  /** Checks the fields; true when the dialog may close. */
  confirm(): DialogErrors | null;
  onCancel(): void;
}

function panel(p: Panel): HTMLElement {
  const root = el('form', {
    class: 'dialog',
    role: 'dialog',
    'aria-label': p.title,
    novalidate: '',
  });
  let shown: DialogErrors | null = null;
  const draw = (): void =>
    replaceChildren(root, [
      el('h3', {}, p.title),
      el('p', {}, p.intro),
      ...p.fields(shown),
      el(
        'div',
        {},
        el('button', { type: 'submit', class: 'btn btn-primary' }, PANE_TEXT.confirm),
        button(PANE_TEXT.cancel, p.onCancel),
      ),
    ]);
  root.addEventListener('submit', (event) => {
    event.preventDefault();
    shown = p.confirm();
    if (shown) draw();
  });
  draw();
  return root;
}

function unitYearFields(draft: UnitYearDraft, errors: DialogErrors | null): Child[] {
  return [
    textField(
      PANE_TEXT.unitLabel,
      draft.unit,
      (v) => (draft.unit = v),
      errors?.unit ? PANE_TEXT.unitRequired : null,
    ),
    textField(
      PANE_TEXT.yearLabel,
      draft.year,
      (v) => (draft.year = v),
      errors?.year ? PANE_TEXT.yearInvalid : null,
    ),
  ];
}

/** 附件2 样式: the two templates 插入自评表 lays out, the workbook's stored one selected. */
function layoutSelect(value: OverallLayout, onChange: (v: OverallLayout) => void): HTMLElement {
  const select = el('select', {
    id: 'legacy-overall-layout',
    class: 'select',
  }) as HTMLSelectElement;
  select.appendChild(el('option', { value: 'scale' }, PANE_TEXT.overallLayoutScale));
  select.appendChild(el('option', { value: 'funds' }, PANE_TEXT.overallLayoutFunds));
  select.value = value;
  select.addEventListener('change', () => onChange(select.value === 'funds' ? 'funds' : 'scale'));
  return el(
    'div',
    { class: 'field' },
    el('label', { for: 'legacy-overall-layout' }, PANE_TEXT.overallLayoutLabel),
    select,
  );
}

export function insertDialog(
  missing: AttachmentKind[],
  proposed: UnitYear,
  onConfirm: (request: LayoutRequest) => void,
  onCancel: () => void,
  storedLayout: OverallLayout = 'scale',
): HTMLElement {
  const draft: UnitYearDraft = { unit: proposed.unit, year: String(proposed.year) };
  let project = '';
  let layout = storedLayout;
  return panel({
    title: PANE_TEXT.insertDialogTitle,
    intro: PANE_TEXT.insertDialogIntro(missing.map((k) => PANE_FORM_NAME[k]).join('、')),
    fields: (errors) => [
      ...unitYearFields(draft, errors),
      missing.indexOf('overall') >= 0 && layoutSelect(layout, (v) => (layout = v)),
      missing.indexOf('project') >= 0 &&
        textField(
          PANE_TEXT.projectLabel,
          project,
          (v) => (project = v),
          errors?.project ? PANE_TEXT.projectRequired : null,
        ),
    ],
    confirm() {
      const checked = checkInsert(missing, draft, project, layout);
      if (!checked.value) return checked.errors;
      onConfirm(checked.value);
      return null;
    },
    onCancel,
  });
}

export function addProjectDialog(
  known: UnitYear | null,
  proposed: UnitYear,
  onConfirm: (name: string, unitYear: UnitYear) => void,
  onCancel: () => void,
): HTMLElement {
  const draft: UnitYearDraft = { unit: proposed.unit, year: String(proposed.year) };
  let name = '';
  return panel({
    title: PANE_TEXT.addProjectDialogTitle,
    intro: PANE_TEXT.addProjectDialogIntro,
    fields: (errors) => [
      textField(
        PANE_TEXT.projectLabel,
        name,
        (v) => (name = v),
        errors?.project ? PANE_TEXT.projectRequired : null,
      ),
      ...(known ? [] : unitYearFields(draft, errors)),
    ],
    confirm() {
      const checked = checkAddProject(known, draft, name);
      if (!checked.value) return checked.errors;
      onConfirm(checked.value.name, checked.value.unitYear);
      return null;
    },
    onCancel,
  });
}
