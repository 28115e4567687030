/**
 * Subtotals per level: each 一级 indicator's score against its weight, its 二级 rows below, and
 * under a level its quantitative indicators: target → result, direction, the deviation at the
 * rate precision and the suggested score.
 */
import { Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { LevelSummary } from '../../core';
import { indicatorRows, levelRows } from '../../app/pane/summaryText';
import { PANE_TEXT } from '../../strings/pane';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse' },
  cell: { paddingTop: '2px', paddingBottom: '2px', verticalAlign: 'top' },
  child: { paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  points: { textAlign: 'end', whiteSpace: 'nowrap' },
  warn: { color: tokens.colorPaletteRedForeground1 },
  indicator: {
    paddingLeft: tokens.spacingHorizontalXXL,
    paddingBottom: tokens.spacingVerticalXS,
    display: 'flex',
    flexDirection: 'column',
  },
  verdict: { fontWeight: tokens.fontWeightSemibold },
});

export function LevelTable({ levels }: { levels: LevelSummary[] }) {
  const styles = useStyles();
  return (
    <table className={styles.table} aria-label={PANE_TEXT.levelsHeading}>
      <tbody>
        {levelRows(levels).map(({ level, child, declared, points }) => [
          <tr key={level.address}>
            <td className={child ? `${styles.cell} ${styles.child}` : styles.cell}>
              <Text weight={child ? 'regular' : 'semibold'} size={child ? 200 : 300}>
                {level.label}
              </Text>
              {declared && (
                <Text size={200} className={styles.warn}>
                  {declared}
                </Text>
              )}
            </td>
            <td className={`${styles.cell} ${styles.points}`}>
              <Text weight={child ? 'regular' : 'semibold'} size={child ? 200 : 300}>
                {points}
              </Text>
            </td>
          </tr>,
          ...indicatorRows(level).map((row) => (
            <tr
              key={`${level.address}:${row.indicator.address}`}
              data-indicator={row.indicator.address}
            >
              <td colSpan={2}>
                <div className={styles.indicator}>
                  {row.label && <Caption1>{row.label}</Caption1>}
                  <Caption1>{row.figures}</Caption1>
                  <Caption1 className={styles.verdict}>{row.verdict}</Caption1>
                </div>
              </td>
            </tr>
          )),
        ])}
      </tbody>
    </table>
  );
}
