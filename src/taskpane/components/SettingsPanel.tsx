/**
 * 设置: the rules stored in the workbook (unit, year, rate precision, the 预算执行率 cap, the
 * reverse-indicator formula, the 偏差原因 thresholds). Read when the panel opens, saved through
 * saveSettings, then `onSaved` re-checks so the pane shows the new figures. The pane shows it
 * folded under its heading and fetches it at the first opening (lazyParts.ts).
 */
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Switch,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ActionError, WorkbookActions } from '../../app/actions';
import {
  changesOf,
  fieldsOf,
  RATE_PRECISIONS,
  type SettingsFieldErrors,
} from '../../app/pane/settingsForm';
import type { SettingsFields } from '../../app/pane/settingsForm';
import { SETTINGS_TEXT } from '../../strings/pane';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

type Status = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string };

const messageOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'message' in error
    ? String((error as ActionError).message)
    : String(error);

export interface SettingsPanelProps {
  actions: Pick<WorkbookActions, 'readSettings' | 'saveSettings'>;
  onSaved?: () => void;
}

export function SettingsPanel({ actions, onSaved }: SettingsPanelProps) {
  const styles = useStyles();
  const [fields, setFields] = useState<SettingsFields | null>(null);
  const [errors, setErrors] = useState<SettingsFieldErrors>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const { readSettings, saveSettings } = actions;

  useEffect(() => {
    let live = true;
    readSettings?.().then(
      (settings) => live && setFields(fieldsOf(settings)),
      (error: unknown) => live && setStatus({ kind: 'error', message: messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [readSettings]);

  if (!readSettings || !saveSettings) return null;
  const set = (patch: Partial<SettingsFields>) => fields && setFields({ ...fields, ...patch });

  async function save() {
    if (!fields || !saveSettings) return;
    const parsed = changesOf(fields);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    setStatus({ kind: 'saving' });
    try {
      await saveSettings(parsed.changes);
      setStatus({ kind: 'saved' });
      onSaved?.();
    } catch (error) {
      setStatus({ kind: 'error', message: messageOf(error) });
    }
  }

  return (
    <section aria-label={SETTINGS_TEXT.heading} className={styles.panel}>
      <Text size={200}>{SETTINGS_TEXT.hint}</Text>
      {status.kind === 'error' && (
        <MessageBar intent="error">
          <MessageBarBody>{status.message}</MessageBarBody>
        </MessageBar>
      )}
      {status.kind === 'saved' && (
        <MessageBar intent="success">
          <MessageBarBody>{SETTINGS_TEXT.saved}</MessageBarBody>
        </MessageBar>
      )}
      {!fields ? (
        status.kind !== 'error' && <Text size={200}>{SETTINGS_TEXT.loading}</Text>
      ) : (
        <>
          <Field label={SETTINGS_TEXT.unitName}>
            <Input value={fields.unitName} onChange={(_, d) => set({ unitName: d.value })} />
          </Field>
          <Field
            label={SETTINGS_TEXT.year}
            validationMessage={errors.year ? SETTINGS_TEXT.yearError : undefined}
          >
            <Input value={fields.year} onChange={(_, d) => set({ year: d.value })} />
          </Field>
          <Field label={SETTINGS_TEXT.ratePrecision}>
            <Select
              value={String(fields.ratePrecision)}
              onChange={(_, d) => set({ ratePrecision: Number(d.value) })}
            >
              {RATE_PRECISIONS.map((n) => (
                <option key={n} value={String(n)}>
                  {SETTINGS_TEXT.ratePrecisionOptions[n]}
                </option>
              ))}
            </Select>
          </Field>
          <Switch
            label={SETTINGS_TEXT.capExecutionScore}
            checked={fields.capExecutionScore}
            onChange={(_, d) => set({ capExecutionScore: d.checked })}
          />
          <Field label={SETTINGS_TEXT.reverseFormula}>
            <RadioGroup
              value={fields.reverseFormula}
              onChange={(_, d) => set({ reverseFormula: d.value === 'ratio' ? 'ratio' : 'linear' })}
            >
              <Radio value="linear" label={SETTINGS_TEXT.reverseLinear} />
              <Radio value="ratio" label={SETTINGS_TEXT.reverseRatio} />
            </RadioGroup>
          </Field>
          <Field
            label={SETTINGS_TEXT.reasonBelow}
            validationMessage={errors.reasonBelow ? SETTINGS_TEXT.percentError : undefined}
          >
            <Input
              value={fields.reasonBelowPercent}
              onChange={(_, d) => set({ reasonBelowPercent: d.value })}
            />
          </Field>
          <Field
            label={SETTINGS_TEXT.reasonAbove}
            validationMessage={errors.reasonAbove ? SETTINGS_TEXT.percentError : undefined}
          >
            <Input
              value={fields.reasonAbovePercent}
              onChange={(_, d) => set({ reasonAbovePercent: d.value })}
            />
          </Field>
          <Button
            appearance="primary"
            disabled={status.kind === 'saving'}
            onClick={() => void save()}
          >
            {status.kind === 'saving' ? SETTINGS_TEXT.saving : SETTINGS_TEXT.save}
          </Button>
        </>
      )}
    </section>
  );
}
