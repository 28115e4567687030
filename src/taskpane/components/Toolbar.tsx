/** The pane's actions: 重新计算得分 (primary), 插入自评表, 新增项目支出自评表. */
import { Button, makeStyles, tokens, Tooltip } from '@fluentui/react-components';
import { PANE_TEXT } from '../../strings/pane';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface ToolbarProps {
  busy: boolean;
  /** Nothing missing: 插入自评表 has nothing to lay out. */
  canInsert: boolean;
  onRecalculate(): void;
  onInsert(): void;
  onAddProject(): void;
}

export function Toolbar({ busy, canInsert, onRecalculate, onInsert, onAddProject }: ToolbarProps) {
  const styles = useStyles();
  return (
    <div className={styles.bar} role="toolbar">
      <Tooltip content={PANE_TEXT.recalculateHint} relationship="description">
        <Button appearance="primary" disabled={busy} onClick={onRecalculate}>
          {PANE_TEXT.recalculate}
        </Button>
      </Tooltip>
      <Button disabled={busy || !canInsert} onClick={onInsert}>
        {PANE_TEXT.insertForms}
      </Button>
      <Button disabled={busy} onClick={onAddProject}>
        {PANE_TEXT.addProject}
      </Button>
    </div>
  );
}
