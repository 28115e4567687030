/** Execution rates of a form's money lines, with an 超预算 badge on a rate over 100%. */
import { Badge, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { LineSummary, MoneyUnit } from '../../core';
import { moneyText, rateText } from '../format';
import { PANE_TEXT } from '../../strings/pane';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  line: {
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  label: { flexGrow: 1 },
});

export interface LineRatesProps {
  lines: LineSummary[];
  unit: MoneyUnit;
}

export function LineRates({ lines, unit }: LineRatesProps) {
  const styles = useStyles();
  // Lines with nothing typed (公车购置 on most forms) only add noise.
  const shown = lines.filter((l) => l.budget !== null || l.actual !== null);
  if (shown.length === 0) return null;
  const u = PANE_TEXT.moneyUnit[unit];
  return (
    <ul className={styles.list} aria-label={PANE_TEXT.executionRate}>
      {shown.map((l) => (
        <li key={l.address} className={styles.line}>
          <div className={styles.head}>
            <Text className={styles.label}>{l.label}</Text>
            <Text weight="semibold">{l.rate === null ? PANE_TEXT.none : rateText(l.rate)}</Text>
            {l.overBudget && (
              <Badge color="danger" appearance="filled" size="small">
                {PANE_TEXT.overBudget}
              </Badge>
            )}
          </div>
          <Caption1>
            {l.initialBudget ? `${PANE_TEXT.initialBudget} ${moneyText(l.initialBudget)} · ` : ''}
            {`${PANE_TEXT.budget} ${moneyText(l.budget)} · ${PANE_TEXT.actual} ${moneyText(l.actual)} ${u}`}
            {l.additionRate ? ` · ${PANE_TEXT.additionRate(rateText(l.additionRate))}` : ''}
            {l.rate === null && l.actual !== null ? ` · ${PANE_TEXT.noRate}` : ''}
          </Caption1>
        </li>
      ))}
    </ul>
  );
}
