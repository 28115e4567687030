/** Subtotals per level: each 一级 indicator's score against its weight, its 二级 rows below. */
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { LevelSummary } from '../../core';
import { pointsText } from '../format';
import { PANE_TEXT } from '../../strings/pane';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse' },
  cell: { paddingTop: '2px', paddingBottom: '2px', verticalAlign: 'top' },
  child: { paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  points: { textAlign: 'end', whiteSpace: 'nowrap' },
  warn: { color: tokens.colorPaletteRedForeground1 },
});

type Styles = ReturnType<typeof useStyles>;

/** One row: a plain function, not a component, so the file holds one component. */
function levelRow(level: LevelSummary, child: boolean, styles: Styles) {
  // A declared weight that differs from the children's sum is the WEIGHT_SUM flag's finding.
  const declared =
    level.declaredWeight !== null &&
    level.weight !== null &&
    pointsText(level.declaredWeight) !== pointsText(level.weight);
  return (
    <tr key={level.address}>
      <td className={child ? `${styles.cell} ${styles.child}` : styles.cell}>
        <Text weight={child ? 'regular' : 'semibold'} size={child ? 200 : 300}>
          {level.label}
        </Text>
        {declared && level.declaredWeight !== null && (
          <Text size={200} className={styles.warn}>
            {PANE_TEXT.declaredWeight(pointsText(level.declaredWeight))}
          </Text>
        )}
      </td>
      <td className={`${styles.cell} ${styles.points}`}>
        <Text weight={child ? 'regular' : 'semibold'} size={child ? 200 : 300}>
          {PANE_TEXT.scoreOfWeight(pointsText(level.score), pointsText(level.weight))}
        </Text>
      </td>
    </tr>
  );
}

export function LevelTable({ levels }: { levels: LevelSummary[] }) {
  const styles = useStyles();
  return (
    <table className={styles.table} aria-label={PANE_TEXT.levelsHeading}>
      <tbody>
        {levels.flatMap((level) => [
          levelRow(level, false, styles),
          ...(level.children ?? []).map((c) => levelRow(c, true, styles)),
        ])}
      </tbody>
    </table>
  );
}
