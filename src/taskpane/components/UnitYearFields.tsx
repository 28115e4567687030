/** The unit name and year inputs both layout dialogs share; validation messages come from the parent. */
import { Field, Input } from '@fluentui/react-components';
import { PANE_TEXT } from '../../strings/pane';

import type { UnitYearDraft } from '../../app/pane/dialogInput';

export interface UnitYearFieldsProps {
  value: UnitYearDraft;
  onChange(value: UnitYearDraft): void;
  /** Show the messages only after a first attempt to confirm. */
  showErrors: boolean;
  unitError: boolean;
  yearError: boolean;
}

export function UnitYearFields({
  value,
  onChange,
  showErrors,
  unitError,
  yearError,
}: UnitYearFieldsProps) {
  return (
    <>
      <Field
        label={PANE_TEXT.unitLabel}
        required
        validationMessage={showErrors && unitError ? PANE_TEXT.unitRequired : undefined}
      >
        <Input value={value.unit} onChange={(_, d) => onChange({ ...value, unit: d.value })} />
      </Field>
      <Field
        label={PANE_TEXT.yearLabel}
        required
        validationMessage={showErrors && yearError ? PANE_TEXT.yearInvalid : undefined}
      >
        <Input
          value={value.year}
          inputMode="numeric"
          onChange={(_, d) => onChange({ ...value, year: d.value })}
        />
      </Field>
    </>
  );
}
