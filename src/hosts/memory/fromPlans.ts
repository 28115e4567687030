/**
 * A memory workbook with plans laid out through the Excel host's own layout code (the path the
 * add-in takes), counters reset: for tests, the bench and a standalone preview.
 */
import { detectFeatures } from '../excel/capabilities';
import { layoutPlans } from '../excel/layoutForms';
import type { SheetPlan } from '../../layout/plan';
import { MemoryWorkbook, type MemoryWorkbookOptions } from './workbook';

export async function memoryWorkbookFromPlans(
  plans: readonly SheetPlan[],
  options: MemoryWorkbookOptions = {},
): Promise<MemoryWorkbook> {
  const book = new MemoryWorkbook(options);
  const api = book.api();
  await api.run((ctx) => layoutPlans(ctx, detectFeatures(api), () => plans, null));
  book.resetCounters();
  return book;
}
