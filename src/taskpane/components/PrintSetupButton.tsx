/**
 * 设置打印格式: page setup of every form sheet as its official attachment. Absent where the host
 * has no setupPrint (below ExcelApi 1.9), where CapabilityNotes already says why.
 */
import { Button, MessageBar, MessageBarBody, Text, Tooltip } from '@fluentui/react-components';
import { useState } from 'react';
import type { ActionError, WorkbookActions } from '../../app/actions';
import { PRINT_TEXT } from '../../strings/pane';

type Status = { kind: 'idle' | 'busy' } | { kind: 'done' | 'error'; text: string };

export function PrintSetupButton({
  actions,
  disabled = false,
}: {
  actions: Pick<WorkbookActions, 'setupPrint'>;
  disabled?: boolean;
}) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const { setupPrint } = actions;
  if (!setupPrint) return null;

  async function run() {
    if (!setupPrint) return;
    setStatus({ kind: 'busy' });
    try {
      setStatus({ kind: 'done', text: PRINT_TEXT.done(await setupPrint()) });
    } catch (error) {
      setStatus({ kind: 'error', text: (error as ActionError).message ?? String(error) });
    }
  }

  return (
    <>
      <Tooltip content={PRINT_TEXT.hint} relationship="description">
        <Button disabled={disabled || status.kind === 'busy'} onClick={() => void run()}>
          {PRINT_TEXT.button}
        </Button>
      </Tooltip>
      {status.kind === 'busy' && <Text size={200}>{PRINT_TEXT.busy}</Text>}
      {(status.kind === 'done' || status.kind === 'error') && (
        <MessageBar intent={status.kind === 'done' ? 'success' : 'error'}>
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
