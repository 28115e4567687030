/** What this Excel cannot do (older requirement sets), said once at the top of the pane. */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { HostCapabilities } from '../../app/actions';
import { PANE_TEXT } from '../../strings/pane';

export function CapabilityNotes({ capabilities }: { capabilities: HostCapabilities }) {
  return (
    <>
      {!capabilities.autoRecalc && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{PANE_TEXT.noAutoRecalc}</MessageBarBody>
        </MessageBar>
      )}
      {!capabilities.pageSetup && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{PANE_TEXT.noPageSetup}</MessageBarBody>
        </MessageBar>
      )}
      {!capabilities.cellLayout && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{PANE_TEXT.noCellLayout}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
