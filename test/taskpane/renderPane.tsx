/** Renders the pane as the entry does, inside the Fluent theme, around a fake WorkbookActions. */
import { render } from '@testing-library/react';
import { App } from '../../src/taskpane/components/App';
import { Pane } from '../../src/taskpane/components/Pane';
import type { WorkbookActions } from '../../src/app/actions';

export function renderPane(actions: WorkbookActions) {
  return render(
    <App theme="light">
      <Pane actions={actions} />
    </App>,
  );
}
