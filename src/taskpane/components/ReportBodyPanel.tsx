/**
 * 报告正文核对: the accountant pastes the report's body text; it is checked in the pane against
 * the workbook's current evaluation (core/report: figures against the tables and against each
 * other). Nothing leaves the machine. Each finding names its paragraph and quotes its sentence;
 * one that compares with a table cell links to that cell. The findings follow the workbook: a
 * recalculation re-checks the text pasted. The pane shows it folded under its heading and
 * fetches it, with the checker, at the first opening (lazyParts.ts).
 */
import { Button, Caption1, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import type { Evaluation, Severity } from '../../core';
import type { Settings } from '../../core/settings';
import { checkPastedReport } from '../../core/report/pastedReport';
import { PANE_SEVERITY, PANE_TEXT } from '../../strings/pane';
import { BODY_TEXT } from '../../strings/reportFlags';
import { REPORT_PANE_TEXT as T } from '../../strings/reportPane';

const COLOR: Record<Severity, string> = {
  error: tokens.colorPaletteRedForeground1,
  warning: tokens.colorPaletteDarkOrangeForeground1,
  info: tokens.colorNeutralForeground3,
};

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground2,
  },
  link: { paddingLeft: 0, minWidth: 0 },
});

export interface ReportBodyPanelProps {
  /** The pane store's: the workbook's current evaluation (null before the first check), and a cell's selection. */
  pane: {
    evaluation: Evaluation | null;
    selectCell(sheet: string, address: string): void;
  };
  /** The workbook's stored settings (its grade bands), where the host reads them. */
  actions: { readSettings?: () => Promise<Partial<Settings>> };
}

export function ReportBodyPanel({ pane, actions }: ReportBodyPanelProps) {
  const { evaluation, selectCell: onSelect } = pane;
  const styles = useStyles();
  const textId = useId();
  const [text, setText] = useState('');
  // The text as it was when 核对正文 was clicked, and the settings read then.
  const [checked, setChecked] = useState<{ text: string; settings: Partial<Settings> } | null>(
    null,
  );
  const result = useMemo(
    () => (checked ? checkPastedReport(checked.text, evaluation, checked.settings) : null),
    [checked, evaluation],
  );

  const check = () => {
    const submitted = text;
    const read = actions.readSettings?.();
    if (!read) return setChecked({ text: submitted, settings: {} });
    read.then(
      (settings) => setChecked({ text: submitted, settings }),
      () => setChecked({ text: submitted, settings: {} }),
    );
  };

  return (
    <section aria-label={T.heading} className={styles.panel}>
      <Caption1 block>{T.intro}</Caption1>
      <label htmlFor={textId}>
        <Text size={200}>{T.textLabel}</Text>
      </label>
      <Textarea
        id={textId}
        resize="vertical"
        rows={6}
        value={text}
        placeholder={T.placeholder}
        onChange={(_, data) => setText(data.value)}
      />
      <div className={styles.actions}>
        <Button appearance="primary" onClick={check}>
          {T.check}
        </Button>
        <Button
          onClick={() => {
            setText('');
            setChecked(null);
          }}
        >
          {T.clear}
        </Button>
      </div>
      {result && <Findings result={result} onSelect={onSelect} styles={styles} />}
    </section>
  );
}

function Findings({
  result,
  onSelect,
  styles,
}: {
  result: ReturnType<typeof checkPastedReport>;
  onSelect(sheet: string, address: string): void;
  styles: ReturnType<typeof useStyles>;
}) {
  if (result.paragraphs === 0) return <Text role="status">{T.empty}</Text>;
  const { error, warning, info } = result.counts;
  return (
    <>
      <Text role="status" weight="semibold">
        {result.flags.length === 0
          ? T.noFindings(result.paragraphs)
          : T.summary(result.paragraphs, error, warning, info)}
      </Text>
      {!result.againstTables && <Caption1 block>{T.noForms}</Caption1>}
      {result.flags.length > 0 && (
        <ul className={styles.list} aria-label={T.findingsLabel}>
          {result.flags.map(({ related, ...f }, i) => (
            <li key={`${f.address}:${f.code}:${i}`} className={styles.item}>
              <Text size={200} weight="semibold" style={{ color: COLOR[f.severity] }}>
                {T.where(PANE_SEVERITY[f.severity], f.address)}
              </Text>
              <Text size={300}>{BODY_TEXT.findingOf(f.message)}</Text>
              {f.quote && (
                <blockquote className={styles.quote}>
                  <Text size={200}>
                    {T.quoteLabel}
                    {f.quote.sentence}
                  </Text>
                </blockquote>
              )}
              {related && (
                <Button
                  appearance="transparent"
                  size="small"
                  className={styles.link}
                  onClick={() => onSelect(related.sheet, related.address)}
                >
                  {T.showCell(PANE_TEXT.flagWhere(related.sheet, related.address))}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {result.flags.length > 0 && <Caption1 block>{T.follows}</Caption1>}
    </>
  );
}
