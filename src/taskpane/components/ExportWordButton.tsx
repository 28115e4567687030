/**
 * 导出 Word 附件: the workbook's attachments as Word tables in the official layout (title, 填报单位,
 * 单位, merged headers, A4, 附件2/3 landscape), made in the pane and offered as a download, for
 * pasting into the report. Absent where the host cannot hand over the form grids.
 */
import { Button, MessageBar, MessageBarBody, Text, Tooltip } from '@fluentui/react-components';
import { useState } from 'react';
import type { ActionError, WorkbookActions } from '../../app/actions';
import type { SheetGrid } from '../../core';
import { EXPORT_PANE_TEXT as T } from '../../strings/export';
import { offerDownload, wordAttachments } from '../wordAttachments';

type Status = { kind: 'idle' | 'busy' } | { kind: 'done' | 'error'; text: string };

export function ExportWordButton({
  actions,
  disabled = false,
}: {
  actions: Pick<WorkbookActions, 'readFormGrids'>;
  disabled?: boolean;
}) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const { readFormGrids } = actions;
  if (!readFormGrids) return null;

  async function run() {
    if (!readFormGrids) return;
    setStatus({ kind: 'busy' });
    let grids: SheetGrid[];
    try {
      grids = await readFormGrids();
    } catch (error) {
      // The host's ActionError says what failed and what to do.
      return setStatus({ kind: 'error', text: (error as ActionError).message ?? String(error) });
    }
    try {
      const bytes = await wordAttachments(grids);
      if (!bytes) return setStatus({ kind: 'error', text: T.noForms });
      offerDownload(bytes, T.fileName);
      setStatus({ kind: 'done', text: T.done(T.fileName) });
    } catch (error) {
      setStatus({ kind: 'error', text: T.failed(String(error)) });
    }
  }

  return (
    <>
      <Tooltip content={T.hint} relationship="description">
        <Button disabled={disabled || status.kind === 'busy'} onClick={() => void run()}>
          {T.button}
        </Button>
      </Tooltip>
      {status.kind === 'busy' && <Text size={200}>{T.busy}</Text>}
      {(status.kind === 'done' || status.kind === 'error') && (
        <MessageBar intent={status.kind === 'done' ? 'success' : 'error'}>
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
