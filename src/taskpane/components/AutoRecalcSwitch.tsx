/**
 * 编辑时自动重算: the switch, and below ExcelApi 1.20 the one line about Excel's undo history
 * (an add-in's write clears it there; turning the switch off keeps it).
 */
import { makeStyles, Switch, Text, tokens, Tooltip } from '@fluentui/react-components';
import type { AutoRecalcState } from '../usePane';
import { AUTO_RECALC_TEXT } from '../../strings/pane';

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export function AutoRecalcSwitch({ state }: { state: AutoRecalcState }) {
  const styles = useStyles();
  return (
    <div className={styles.block}>
      <Tooltip content={AUTO_RECALC_TEXT.hint} relationship="description">
        <Switch
          label={AUTO_RECALC_TEXT.label}
          checked={state.on}
          onChange={(_, data) => state.setOn(data.checked)}
        />
      </Tooltip>
      {!state.undoKept && <Text size={200}>{AUTO_RECALC_TEXT.undoNote}</Text>}
    </div>
  );
}
