/**
 * 新增项目支出自评表: asks the project's name; the unit and year only when no form and no earlier
 * dialog has given them.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { checkAddProject } from '../../app/pane/dialogInput';
import type { UnitYear } from '../../app/pane/forms';
import { UnitYearFields } from './UnitYearFields';
import { PANE_TEXT } from '../../strings/pane';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface AddProjectDialogProps {
  /** Unit and year already known (from the forms or an earlier dialog); null asks for them. */
  known: UnitYear | null;
  proposed: UnitYear;
  onConfirm(name: string, unitYear: UnitYear): void;
  onCancel(): void;
}

export function AddProjectDialog({ known, proposed, onConfirm, onCancel }: AddProjectDialogProps) {
  const styles = useStyles();
  const [name, setName] = useState('');
  const [draft, setDraft] = useState({ unit: proposed.unit, year: String(proposed.year) });
  const [tried, setTried] = useState(false);
  const checked = checkAddProject(known, draft, name);

  const confirm = () => {
    setTried(true);
    if (checked.value) onConfirm(checked.value.name, checked.value.unitYear);
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            confirm();
          }}
        >
          <DialogBody>
            <DialogTitle>{PANE_TEXT.addProjectDialogTitle}</DialogTitle>
            <DialogContent className={styles.content}>
              <Text>{PANE_TEXT.addProjectDialogIntro}</Text>
              <Field
                label={PANE_TEXT.projectLabel}
                required
                validationMessage={
                  tried && checked.errors.project ? PANE_TEXT.projectRequired : undefined
                }
              >
                <Input value={name} onChange={(_, d) => setName(d.value)} />
              </Field>
              {!known && (
                <UnitYearFields
                  value={draft}
                  onChange={setDraft}
                  showErrors={tried}
                  unitError={checked.errors.unit}
                  yearError={checked.errors.year}
                />
              )}
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary">
                {PANE_TEXT.confirm}
              </Button>
              <Button appearance="secondary" onClick={onCancel}>
                {PANE_TEXT.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
