/** 结果可能已过期: a form sheet changed since the results shown, with 重新计算得分 beside it. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { PANE_TEXT, STALE_TEXT } from '../../strings/pane';

export function StaleBar({ busy, onRecalculate }: { busy: boolean; onRecalculate(): void }) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{STALE_TEXT.message}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" size="small" disabled={busy} onClick={onRecalculate}>
          {PANE_TEXT.recalculate}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
