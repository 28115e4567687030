/**
 * The preview's entry, loaded by the pane's entry with a dynamic import() only outside Office,
 * so Excel users never download it: the seed's demo workbook laid out in a memory workbook
 * through the Excel host's own code, and the shell around it.
 */
import type { Root } from 'react-dom/client';
import { demoPlans } from '../cli/demoWorkbook';
import { createExcelActions } from '../hosts/excel';
import { memoryWorkbookFromPlans } from '../hosts/memory';
import { App } from '../taskpane/components/App';
import { PreviewShell } from './PreviewShell';

export async function bootPreview(root: Root): Promise<void> {
  const book = await memoryWorkbookFromPlans(demoPlans());
  const actions = createExcelActions(book.api());
  root.render(
    <App theme="light">
      <PreviewShell book={book} actions={actions} />
    </App>,
  );
}
