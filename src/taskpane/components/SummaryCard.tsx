/** One form's results: rates with over-budget badges, level subtotals, total and grade. */
import { Caption1, Card, CardHeader, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { FormSummary } from '../../core';
import { pointsText, rateText } from '../format';
import { LevelTable } from './LevelTable';
import { LineRates } from './LineRates';
import { PANE_FORM_NAME, PANE_TEXT } from '../../strings/pane';

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

type Fact = [term: string, value: string, mismatch?: boolean];

function facts(form: FormSummary): Fact[] {
  const out: Fact[] = [];
  if (form.kind === 'base') {
    out.push([PANE_TEXT.controlRate, rateText(form.controlRate)]);
    out.push([PANE_TEXT.sanGongChange, rateText(form.sanGongChangeRate)]);
    out.push([PANE_TEXT.budgetAdjustment, rateText(form.budgetAdjustmentRate)]);
    return out;
  }
  const weightOff = form.weightSum != null && pointsText(form.weightSum) !== '100';
  out.push([PANE_TEXT.weightSum, pointsText(form.weightSum), weightOff]);
  const total = pointsText(form.scoreSum);
  out.push([form.kind === 'overall' ? PANE_TEXT.overallTotal : PANE_TEXT.projectTotal, total]);
  if (form.reportedTotal != null && pointsText(form.reportedTotal) !== total)
    out.push([PANE_TEXT.reportedTotal, pointsText(form.reportedTotal), true]);
  out.push([PANE_TEXT.grade, form.grade ?? PANE_TEXT.none]);
  return out;
}

export function SummaryCard({ form }: { form: FormSummary }) {
  const styles = useStyles();
  const title = form.kind === 'project' && form.name ? form.name : PANE_FORM_NAME[form.kind];
  const { error, warning, info } = form.counts;
  return (
    <Card size="small" aria-label={title}>
      <CardHeader
        header={<Text weight="semibold">{title}</Text>}
        description={
          <Caption1>
            {PANE_TEXT.sheetCaption(form.sheet)} · {PANE_TEXT.formCounts(error, warning, info)}
          </Caption1>
        }
      />
      <LineRates lines={form.lines} unit={form.unit} />
      {form.levels && form.levels.length > 0 && <LevelTable levels={form.levels} />}
      <dl className={styles.facts}>
        {facts(form).map(([term, value, mismatch]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={mismatch ? styles.mismatch : styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
