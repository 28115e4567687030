/** Lays a SheetPlan down as a new ExcelJS worksheet. */
import type ExcelJS from 'exceljs';
import { columnLetters, type MergeRange } from '../../core/grid';
import type { PageSetup, PlanValidation, SheetPlan } from '../../layout/plan';
import { freeSheetName } from '../../layout/sheetNames';
import { applyCellStyle } from './cellStyle';

const A4_PAPER_SIZE = 9;

function addValidation(sheet: ExcelJS.Worksheet, validation: PlanValidation): void {
  const { range, min, max, prompt } = validation;
  for (let row = range.top; row <= range.bottom; row += 1) {
    for (let col = range.left; col <= range.right; col += 1) {
      sheet.getCell(row + 1, col + 1).dataValidation = {
        type: 'decimal',
        operator: 'between',
        allowBlank: true,
        formulae: [min, max],
        showInputMessage: true,
        promptTitle: '得分',
        prompt,
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: '得分超出范围',
        error: `得分应在 ${min} 至 ${max} 之间。`,
      };
    }
  }
}

/**
 * ExcelJS writes the defined name as `$` + each end, which makes `A1` the mixed `$A1` that
 * LibreOffice (rightly) does not read as a fixed area; `A$1` becomes the proper `$A$1`.
 */
function printAreaForExcelJs(area: MergeRange): string {
  const end = (row: number, col: number): string => `${columnLetters(col)}$${row + 1}`;
  return `${end(area.top, area.left)}:${end(area.bottom, area.right)}`;
}

function applyPageSetup(sheet: ExcelJS.Worksheet, setup: PageSetup): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: A4_PAPER_SIZE,
    orientation: setup.orientation,
    fitToPage: true,
    fitToWidth: setup.fitToWidth,
    fitToHeight: setup.fitToHeight,
    horizontalCentered: setup.horizontalCentered,
    // The over-budget highlight is for the screen: an official attachment prints without fills.
    blackAndWhite: true,
    margins: setup.margins,
    printArea: printAreaForExcelJs(setup.printArea),
    printTitlesRow: `${setup.printTitleRows.first + 1}:${setup.printTitleRows.last + 1}`,
  };
  sheet.headerFooter = { ...sheet.headerFooter, oddFooter: `&C${setup.footer}` };
}

/** Adds the plan as a new worksheet (never overwriting one) and returns the name used. */
export function addPlanSheet(workbook: ExcelJS.Workbook, plan: SheetPlan): string {
  const used = workbook.worksheets.map((ws) => ws.name);
  const name = freeSheetName(used, plan.sheetName);
  const sheet = workbook.addWorksheet(name);

  plan.columnWidths.forEach((width, col) => {
    sheet.getColumn(columnLetters(col)).width = width;
  });
  for (const [row, height] of Object.entries(plan.rowHeights)) {
    sheet.getRow(Number(row) + 1).height = height;
  }
  // Merge before styling: ExcelJS copies the master's style onto the merged cells.
  for (const m of plan.merges) sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const { range, style } of plan.styles) {
    for (let row = range.top; row <= range.bottom; row += 1) {
      for (let col = range.left; col <= range.right; col += 1) {
        applyCellStyle(sheet.getCell(row + 1, col + 1), style);
      }
    }
  }
  for (const cell of plan.cells) sheet.getCell(cell.row + 1, cell.col + 1).value = cell.value;
  for (const validation of plan.validations) addValidation(sheet, validation);
  // ExcelJS breaks after the row it is called on: a break before 0-based row r is on row r.
  for (const row of plan.rowBreaks ?? []) if (row > 0) sheet.getRow(row).addPageBreak();
  applyPageSetup(sheet, plan.pageSetup);
  return name;
}
