/** A failed action: what happened, what to do, and the code/debug info for support staff. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from '@fluentui/react-components';
import type { PaneError } from '../usePane';
import { PANE_TEXT } from '../../strings/pane';

export interface ErrorBarProps {
  error: PaneError;
  onDismiss(): void;
}

export function ErrorBar({ error, onDismiss }: ErrorBarProps) {
  const { operation, error: e } = error;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{PANE_TEXT.errorTitle[operation]}</MessageBarTitle>
        <div>{e.message}</div>
        <div>{PANE_TEXT.errorWhatToDo}</div>
        <Text size={200} font="monospace">
          {PANE_TEXT.errorDetails(e.code, e.debugInfo)}
        </Text>
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="transparent" size="small" onClick={onDismiss}>
          {PANE_TEXT.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
