/** Execution rates of a form's money lines, with an 超预算 badge on a rate over 100%. */
import { Badge, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { LineSummary, MoneyUnit } from '../../core';
import { lineDetail, lineRate, shownLines } from '../../app/pane/summaryText';
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
  const shown = shownLines(lines);
  if (shown.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={PANE_TEXT.executionRate}>
      {shown.map((l) => (
        <li key={l.address} className={styles.line}>
          <div className={styles.head}>
            <Text className={styles.label}>{l.label}</Text>
            <Text weight="semibold">{lineRate(l)}</Text>
            {l.overBudget && (
              <Badge color="danger" appearance="filled" size="small">
                {PANE_TEXT.overBudget}
              </Badge>
            )}
          </div>
          <Caption1>{lineDetail(l, unit)}</Caption1>
        </li>
      ))}
    </ul>
  );
}
