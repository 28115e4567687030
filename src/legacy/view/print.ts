/** 设置打印格式 in the legacy pane; absent where the host has no setupPrint (below ExcelApi 1.9). */
import type { ActionError, WorkbookActions } from '../../app/actions';
import { PRINT_TEXT } from '../../strings/pane';
import { button, el, messageBar, replaceChildren } from './dom';

export function printSetup(actions: Pick<WorkbookActions, 'setupPrint'>): HTMLElement | null {
  const { setupPrint } = actions;
  if (!setupPrint) return null;
  const root = el('div', {});
  const draw = (busy: boolean, result: HTMLElement | null): void =>
    replaceChildren(root, [
      button(PRINT_TEXT.button, run, { disabled: busy, title: PRINT_TEXT.hint }),
      busy && el('span', { class: 'muted' }, PRINT_TEXT.busy),
      result,
    ]);
  function run(): void {
    if (!setupPrint) return;
    draw(true, null);
    setupPrint().then(
      (sheets) => draw(false, messageBar('success', PRINT_TEXT.done(sheets))),
      (error: unknown) =>
        draw(false, messageBar('error', (error as ActionError).message ?? String(error))),
    );
  }
  draw(false, null);
  return root;
}
