/**
 * The pane's parts fetched at the click that opens them, each a named chunk (webpackChunkName;
 * scripts/benchBundle.js lists them apart from the start-up bundle): the two dialogs (one chunk,
 * they share their fields), 设置 and 报告正文核对 (the report-body checker, core/report). The
 * first screen — status, counts, 问题清单, 重新计算得分 — stays in the pane's bundle.
 */
import { REPORT_PANE_TEXT } from '../../strings/reportPane';
import { PANE_TEXT, SETTINGS_TEXT } from '../../strings/pane';
import { lazyPart } from '../lazyPart';
import type { AddProjectDialogProps } from './AddProjectDialog';
import type { InsertFormsDialogProps } from './InsertFormsDialog';
import type { ReportBodyPanelProps } from './ReportBodyPanel';
import type { SettingsPanelProps } from './SettingsPanel';

export const LazyInsertFormsDialog = lazyPart<InsertFormsDialogProps>(
  () =>
    import(/* webpackChunkName: "dialogs" */ './InsertFormsDialog').then(
      (m) => m.InsertFormsDialog,
    ),
  { name: PANE_TEXT.insertDialogTitle, dismissOf: (props) => props.onCancel },
);

export const LazyAddProjectDialog = lazyPart<AddProjectDialogProps>(
  () =>
    import(/* webpackChunkName: "dialogs" */ './AddProjectDialog').then((m) => m.AddProjectDialog),
  { name: PANE_TEXT.addProjectDialogTitle, dismissOf: (props) => props.onCancel },
);

export const LazySettingsPanel = lazyPart<SettingsPanelProps>(
  () => import(/* webpackChunkName: "settings" */ './SettingsPanel').then((m) => m.SettingsPanel),
  { name: SETTINGS_TEXT.heading },
);

export const LazyReportBodyPanel = lazyPart<ReportBodyPanelProps>(
  () =>
    import(/* webpackChunkName: "report-body" */ './ReportBodyPanel').then(
      (m) => m.ReportBodyPanel,
    ),
  { name: REPORT_PANE_TEXT.heading },
);
