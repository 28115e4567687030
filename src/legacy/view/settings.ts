/**
 * 设置 in the legacy pane: the rules stored in the workbook, the same fields and conversions as
 * the React panel (app/pane/settingsForm.ts). Read once when mounted; 保存设置 stores them and
 * `onSaved` recalculates so the pane shows the new figures.
 */
import type { ActionError, WorkbookActions } from '../../app/actions';
import {
  changesOf,
  fieldsOf,
  RATE_PRECISIONS,
  type SettingsFieldErrors,
  type SettingsFields,
} from '../../app/pane/settingsForm';
import { SETTINGS_TEXT } from '../../strings/pane';
import { button, el, messageBar, replaceChildren, textField, type Child } from './dom';

type Status = 'loading' | 'idle' | 'saving' | 'saved' | { error: string };

const messageOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'message' in error
    ? String((error as ActionError).message)
    : String(error);

function precisionSelect(fields: SettingsFields): HTMLElement {
  const select = el('select', {
    id: 'legacy-rate-precision',
    class: 'select',
  }) as HTMLSelectElement;
  for (const n of RATE_PRECISIONS) {
    const option = el('option', { value: String(n) }, SETTINGS_TEXT.ratePrecisionOptions[n]);
    select.appendChild(option);
  }
  select.value = String(fields.ratePrecision);
  select.addEventListener('change', () => (fields.ratePrecision = Number(select.value)));
  return el(
    'div',
    { class: 'field' },
    el('label', { for: 'legacy-rate-precision' }, SETTINGS_TEXT.ratePrecision),
    select,
  );
}

function checkbox(
  id: string,
  label: string,
  checked: boolean,
  set: (on: boolean) => void,
): HTMLElement {
  const box = el('input', { type: 'checkbox', id }) as HTMLInputElement;
  box.checked = checked;
  box.addEventListener('click', () => set(box.checked));
  return el('label', { class: 'switch', for: id }, box, ` ${label}`);
}

function reverseRadios(fields: SettingsFields): HTMLElement {
  const radio = (value: 'linear' | 'ratio', label: string): HTMLElement => {
    const id = `legacy-reverse-${value}`;
    const input = el('input', {
      type: 'radio',
      name: 'legacy-reverse',
      id,
      value,
    }) as HTMLInputElement;
    input.checked = fields.reverseFormula === value;
    input.addEventListener('click', () => (fields.reverseFormula = value));
    return el('label', { class: 'switch', for: id }, input, ` ${label}`);
  };
  return el(
    'fieldset',
    { class: 'field' },
    el('legend', {}, SETTINGS_TEXT.reverseFormula),
    radio('linear', SETTINGS_TEXT.reverseLinear),
    radio('ratio', SETTINGS_TEXT.reverseRatio),
  );
}

function form(
  fields: SettingsFields,
  errors: SettingsFieldErrors,
  saving: boolean,
  save: () => void,
): Child[] {
  return [
    textField(SETTINGS_TEXT.unitName, fields.unitName, (v) => (fields.unitName = v)),
    textField(
      SETTINGS_TEXT.year,
      fields.year,
      (v) => (fields.year = v),
      errors.year ? SETTINGS_TEXT.yearError : null,
    ),
    precisionSelect(fields),
    checkbox(
      'legacy-cap',
      SETTINGS_TEXT.capExecutionScore,
      fields.capExecutionScore,
      (on) => (fields.capExecutionScore = on),
    ),
    reverseRadios(fields),
    textField(
      SETTINGS_TEXT.reasonBelow,
      fields.reasonBelowPercent,
      (v) => (fields.reasonBelowPercent = v),
      errors.reasonBelow ? SETTINGS_TEXT.percentError : null,
    ),
    textField(
      SETTINGS_TEXT.reasonAbove,
      fields.reasonAbovePercent,
      (v) => (fields.reasonAbovePercent = v),
      errors.reasonAbove ? SETTINGS_TEXT.percentError : null,
    ),
    button(saving ? SETTINGS_TEXT.saving : SETTINGS_TEXT.save, save, {
      primary: true,
      disabled: saving,
    }),
  ];
}

/** The panel, or null where the host cannot store settings. */
export function settingsPanel(
  actions: Pick<WorkbookActions, 'readSettings' | 'saveSettings'>,
  onSaved: () => void,
): HTMLElement | null {
  const { readSettings, saveSettings } = actions;
  if (!readSettings || !saveSettings) return null;
  const body = el('div', {});
  let fields: SettingsFields | null = null;
  let errors: SettingsFieldErrors = {};
  let status: Status = 'loading';

  function draw(): void {
    replaceChildren(body, [
      typeof status === 'object' && messageBar('error', status.error),
      status === 'saved' && messageBar('success', SETTINGS_TEXT.saved),
      fields
        ? el('div', {}, ...form(fields, errors, status === 'saving', save))
        : status === 'loading' && el('p', { class: 'muted' }, SETTINGS_TEXT.loading),
    ]);
  }

  function save(): void {
    if (!fields || !saveSettings) return;
    const parsed = changesOf(fields);
    if (!parsed.ok) {
      errors = parsed.errors;
      draw();
      return;
    }
    errors = {};
    status = 'saving';
    draw();
    saveSettings(parsed.changes).then(
      () => {
        status = 'saved';
        draw();
        onSaved();
      },
      (error: unknown) => {
        status = { error: messageOf(error) };
        draw();
      },
    );
  }

  readSettings().then(
    (settings) => {
      fields = fieldsOf(settings);
      status = 'idle';
      draw();
    },
    (error: unknown) => {
      status = { error: messageOf(error) };
      draw();
    },
  );
  draw();
  return el(
    'section',
    { 'aria-label': SETTINGS_TEXT.heading },
    el('h2', {}, SETTINGS_TEXT.heading),
    el('p', { class: 'muted' }, SETTINGS_TEXT.hint),
    body,
  );
}
