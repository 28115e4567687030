/**
 * Shown when the page is not running inside Excel. The next issue replaces this with a
 * standalone preview on the memory host; the entry's `renderOutsideExcel` is the hook.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { PANE_TEXT } from '../../strings/pane';

export function NotInExcel() {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{PANE_TEXT.notInExcelTitle}</MessageBarTitle>
        {PANE_TEXT.notInExcelBody}
      </MessageBarBody>
    </MessageBar>
  );
}
