/**
 * The task pane, results first (issue 12): actions, progress, errors; 结果可能已过期 when a sheet
 * changed unseen; what the last action wrote (已改写 N 个单元格); the 问题清单 with its line of
 * counts, grouped; then the summary cards and 识别结果, folded; then 设置 and 报告正文核对, folded too.
 * The dialogs, 设置 and 报告正文核对 are fetched at the click that opens them (lazyParts.ts), so
 * the start-up bundle carries only the first screen. Everything it asks of the workbook goes
 * through `actions`.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  Spinner,
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
import { AutoRecalcSwitch } from './AutoRecalcSwitch';
import { CapabilityNotes } from './CapabilityNotes';
import { ErrorBar } from './ErrorBar';
import { ExportWordButton } from './ExportWordButton';
import { FoldedSection } from './FoldedSection';
import {
  LazyAddProjectDialog,
  LazyInsertFormsDialog,
  LazyReportBodyPanel,
  LazySettingsPanel,
} from './lazyParts';
import { PrintSetupButton } from './PrintSetupButton';
import { ProblemList } from './ProblemList';
import { RecognitionPanel } from './RecognitionPanel';
import { StaleBar } from './StaleBar';
import { SummaryCards } from './SummaryCards';
import { Toolbar } from './Toolbar';
import { WrittenCells } from './WrittenCells';
import { PANE_TEXT, SETTINGS_TEXT } from '../../strings/pane';
import { REPORT_PANE_TEXT } from '../../strings/reportPane';

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
      {/* The dialogs draw over the pane; while one's chunk loads, or if it fails, the sign
          shows here, under the button clicked. */}
      {dialog === 'insert' && (
        <LazyInsertFormsDialog
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
        <LazyAddProjectDialog
          known={known}
          proposed={proposed}
          onCancel={() => setDialog(null)}
          onConfirm={(name, uy) => {
            setDialog(null);
            pane.addProject(name, uy);
          }}
        />
      )}
      {pane.autoRecalc.available && <AutoRecalcSwitch state={pane.autoRecalc} />}
      <CapabilityNotes capabilities={capabilities} />
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
          {pane.stale && <StaleBar busy={pane.busy !== null} onRecalculate={pane.recalculate} />}
          <WrittenCells evaluation={pane.evaluation} onSelect={pane.selectCell} />
          {pane.checkedOnly && <Text size={200}>{PANE_TEXT.checkedOnly}</Text>}
          <ProblemList
            evaluation={pane.evaluation}
            overview={overview}
            onSelect={pane.selectCell}
          />
          <SummaryCards forms={forms} />
          <RecognitionPanel
            readouts={pane.evaluation.forms.map(explainForm)}
            onSelect={pane.selectCell}
          />
        </>
      )}
      {/* Below the results: printing and export are done once, the results are read every time. */}
      <PrintSetupButton actions={actions} disabled={pane.busy !== null} />
      <ExportWordButton actions={actions} disabled={pane.busy !== null} />
      <FoldedSection title={REPORT_PANE_TEXT.heading}>
        <LazyReportBodyPanel pane={pane} actions={actions} />
      </FoldedSection>
      {actions.readSettings && actions.saveSettings && (
        <FoldedSection title={SETTINGS_TEXT.heading}>
          <LazySettingsPanel actions={actions} onSaved={pane.recalculate} />
        </FoldedSection>
      )}
    </main>
  );
}
