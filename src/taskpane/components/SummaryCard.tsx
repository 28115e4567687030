/** One form's results: rates with over-budget badges, level subtotals, total and grade. */
import { Caption1, Card, CardHeader, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { FormSummary } from '../../core';
import { formCaption, formTitle, summaryFacts } from '../../app/pane/summaryText';
import { LevelTable } from './LevelTable';
import { LineRates } from './LineRates';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: '2px',
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  mismatch: {
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorPaletteRedForeground1,
  },
});

export function SummaryCard({ form }: { form: FormSummary }) {
  const styles = useStyles();
  const title = formTitle(form);
  return (
    <Card size="small" aria-label={title}>
      <CardHeader
        header={<Text weight="semibold">{title}</Text>}
        description={<Caption1>{formCaption(form)}</Caption1>}
      />
      <LineRates lines={form.lines} unit={form.unit} />
      {form.levels && form.levels.length > 0 && <LevelTable levels={form.levels} />}
      <dl className={styles.facts}>
        {summaryFacts(form).map(([term, value, mismatch]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={mismatch ? styles.mismatch : styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
