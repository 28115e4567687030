/**
 * 插入自评表: asks the unit name and year once (and a project name when 附件3 is missing),
 * then asks the workbook to lay out every missing attachment in new sheets.
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
  Radio,
  RadioGroup,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { AttachmentKind } from '../../core';
import type { LayoutRequest } from '../../app/actions';
import type { OverallLayout } from '../../layout/plan';
import { checkInsert } from '../../app/pane/dialogInput';
import type { UnitYear } from '../../app/pane/forms';
import { UnitYearFields } from './UnitYearFields';
import { PANE_FORM_NAME, PANE_TEXT } from '../../strings/pane';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface InsertFormsDialogProps {
  missing: AttachmentKind[];
  proposed: UnitYear;
  /** The workbook's stored 附件2 样式, proposed when 附件2 is among the missing. */
  overallLayout?: OverallLayout;
  onConfirm(request: LayoutRequest): void;
  onCancel(): void;
}

/** Rendered only while open, so each opening starts from the proposed values. */
export function InsertFormsDialog({
  missing,
  proposed,
  overallLayout = 'scale',
  onConfirm,
  onCancel,
}: InsertFormsDialogProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState({ unit: proposed.unit, year: String(proposed.year) });
  const [project, setProject] = useState('');
  const [layout, setLayout] = useState<OverallLayout>(overallLayout);
  const [tried, setTried] = useState(false);
  const needsProject = missing.includes('project');
  const checked = checkInsert(missing, draft, project, layout);

  const confirm = () => {
    setTried(true);
    if (checked.value) onConfirm(checked.value);
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
            <DialogTitle>{PANE_TEXT.insertDialogTitle}</DialogTitle>
            <DialogContent className={styles.content}>
              <Text>
                {PANE_TEXT.insertDialogIntro(missing.map((k) => PANE_FORM_NAME[k]).join('、'))}
              </Text>
              <UnitYearFields
                value={draft}
                onChange={setDraft}
                showErrors={tried}
                unitError={checked.errors.unit}
                yearError={checked.errors.year}
              />
              {missing.includes('overall') && (
                <Field label={PANE_TEXT.overallLayoutLabel}>
                  <RadioGroup
                    value={layout}
                    onChange={(_, d) => setLayout(d.value === 'funds' ? 'funds' : 'scale')}
                  >
                    <Radio value="scale" label={PANE_TEXT.overallLayoutScale} />
                    <Radio value="funds" label={PANE_TEXT.overallLayoutFunds} />
                  </RadioGroup>
                </Field>
              )}
              {needsProject && (
                <Field
                  label={PANE_TEXT.projectLabel}
                  required
                  validationMessage={
                    tried && checked.errors.project ? PANE_TEXT.projectRequired : undefined
                  }
                >
                  <Input value={project} onChange={(_, d) => setProject(d.value)} />
                </Field>
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
