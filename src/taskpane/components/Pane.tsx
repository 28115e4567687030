/**
 * The task pane: actions, progress, errors, the forms found and missing, one summary card per
 * form and the 问题清单. Everything it asks of the workbook goes through `actions`.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  Spinner,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { OverallLayout } from '../../layout/plan';
import { explainForm } from '../../core';
import type { WorkbookActions } from '../../app/actions';
import { dialogUnitYear, formsOverview } from '../../app/pane/forms';
import { usePane } from '../usePane';
import type { BusyOperation } from '../usePane';
import { AddProjectDialog } from './AddProjectDialog';
import { AutoRecalcSwitch } from './AutoRecalcSwitch';
import { CapabilityNotes } from './CapabilityNotes';
import { ErrorBar } from './ErrorBar';
import { ExportWordButton } from './ExportWordButton';
import { FlagList } from './FlagList';
import { FormsOverview } from './FormsOverview';
import { InsertFormsDialog } from './InsertFormsDialog';
import { PrintSetupButton } from './PrintSetupButton';
import { RecognitionPanel } from './RecognitionPanel';
import { ReportBodyPanel } from './ReportBodyPanel';
import { SettingsPanel } from './SettingsPanel';
import { SummaryCard } from './SummaryCard';
import { Toolbar } from './Toolbar';
import { PANE_TEXT } from '../../strings/pane';

const BUSY_TEXT: Record<BusyOperation, string> = {
  check: PANE_TEXT.busyCheck,
  recalculate: PANE_TEXT.busyRecalculate,
  insert: PANE_TEXT.busyInsert,
  addProject: PANE_TEXT.busyAddProject,
};

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  cards: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

type OpenDialog = 'insert' | 'addProject' | null;

export function Pane({ actions }: { actions: WorkbookActions }) {
  const styles = useStyles();
  const pane = usePane(actions);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  // The workbook's 附件2 样式, read as 插入自评表 opens (the dialog proposes it).
  const [storedLayout, setStoredLayout] = useState<OverallLayout | undefined>(undefined);
  const openInsert = () => {
    const read = actions.readSettings?.();
    if (!read) return setDialog('insert');
    read.then(
      (s) => {
        setStoredLayout(s.overallLayout);
        setDialog('insert');
      },
      () => setDialog('insert'),
    );
  };
  const capabilities = useMemo(() => actions.capabilities(), [actions]);
  const summary = pane.evaluation?.summary ?? null;
  const overview = formsOverview(summary);
  const forms = summary?.forms ?? [];
  // "Asked once": the forms' own unit and year count as given.
  const { proposed, known } = dialogUnitYear(pane.unitYear, forms);

  return (
    <main className={styles.pane}>
      <Toolbar
        busy={pane.busy !== null}
        canInsert={pane.evaluation !== null && overview.missing.length > 0}
        onRecalculate={pane.recalculate}
        onInsert={openInsert}
        onAddProject={() => setDialog('addProject')}
      />
      {pane.autoRecalc.available && <AutoRecalcSwitch state={pane.autoRecalc} />}
      <CapabilityNotes capabilities={capabilities} />
      <PrintSetupButton actions={actions} disabled={pane.busy !== null} />
      <ExportWordButton actions={actions} disabled={pane.busy !== null} />
      {pane.busy && <Spinner size="tiny" labelPosition="after" label={BUSY_TEXT[pane.busy]} />}
      {pane.error && <ErrorBar error={pane.error} onDismiss={pane.dismissError} />}
      {pane.notice && (
        <MessageBar intent="success">
          <MessageBarBody>{pane.notice}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="transparent" size="small" onClick={pane.dismissNotice}>
              {PANE_TEXT.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {pane.evaluation && (
        <>
          <FormsOverview overview={overview} />
          {pane.checkedOnly && <Text size={200}>{PANE_TEXT.checkedOnly}</Text>}
          <section aria-label={PANE_TEXT.summaryHeading} className={styles.cards}>
            <Subtitle2 as="h2">{PANE_TEXT.summaryHeading}</Subtitle2>
            {forms.length === 0 ? (
              <Text>{PANE_TEXT.noForms}</Text>
            ) : (
              forms.map((f) => <SummaryCard key={f.sheet} form={f} />)
            )}
          </section>
          <FlagList flags={pane.evaluation.flags} onSelect={pane.selectCell} />
          <RecognitionPanel
            readouts={pane.evaluation.forms.map(explainForm)}
            onSelect={pane.selectCell}
          />
        </>
      )}
      <ReportBodyPanel pane={pane} actions={actions} />
      <SettingsPanel actions={actions} onSaved={pane.recalculate} />
      {dialog === 'insert' && (
        <InsertFormsDialog
          missing={overview.missing}
          proposed={proposed}
          overallLayout={storedLayout}
          onCancel={() => setDialog(null)}
          onConfirm={(request) => {
            setDialog(null);
            pane.insertForms(request);
          }}
        />
      )}
      {dialog === 'addProject' && (
        <AddProjectDialog
          known={known}
          proposed={proposed}
          onCancel={() => setDialog(null)}
          onConfirm={(name, uy) => {
            setDialog(null);
            pane.addProject(name, uy);
          }}
        />
      )}
    </main>
  );
}
