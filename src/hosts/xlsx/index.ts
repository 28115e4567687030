/** The ExcelJS host: .xlsx files in and out for the CLI. */
export { readWorkbookGrids, worksheetToGrid } from './readGrids';
export { addPlanSheet } from './writePlan';
export { applyWrites } from './applyWrites';
export { loadWorkbook, loadWorkbookBuffer, newWorkbook, saveWorkbook } from './workbookIo';
