/**
 * What a new sheet gets only where the host has it: score validation (ExcelApi 1.8) and the
 * print setup (1.9: A4, orientation, one page wide, title rows, print area, footer, breaks).
 */
import type { PageSetup, PlanValidation, SheetPlan } from '../../layout/plan';
import { fitScale } from '../../layout/printScale';
import { HOST_TEXT } from '../../strings/host';
import { rangeA1 } from './addresses';
import type { ExcelWorksheet } from './api';
import { actionBytes, pathBytes, PATH_BYTES } from './requestSize';
// A function import only, called after both modules load: the cycle with layoutSheet is safe.
import { widthToPoints } from './layoutSheet';

const POINTS_PER_INCH = 72;

/** Inches -> points, to the hundredth (0.6 in is 43.2 pt, not 43.199999…). */
const points = (inches: number): number => Math.round(inches * POINTS_PER_INCH * 100) / 100;

/**
 * Cells under one another with the same bounds and prompt share one validation: a 附件3's
 * twenty-odd score cells become three ranges, a fifth of the statements.
 */
export function groupValidations(validations: readonly PlanValidation[]): PlanValidation[] {
  const groups: PlanValidation[] = [];
  for (const v of validations) {
    const last = groups[groups.length - 1];
    const stacks =
      last &&
      last.range.left === v.range.left &&
      last.range.right === v.range.right &&
      last.range.bottom + 1 === v.range.top &&
      last.min === v.min &&
      last.max === v.max &&
      last.prompt === v.prompt;
    if (stacks) last.range = { ...last.range, bottom: v.range.bottom };
    else groups.push({ ...v, range: { ...v.range } });
  }
  return groups;
}

/** What queueValidations adds to a request: per group a range, its validation and four sets. */
export function validationBytes(validations: readonly PlanValidation[]): number {
  return groupValidations(validations).reduce(
    (n, { min, max, prompt }) =>
      n +
      2 * pathBytes('AA100:AB200') +
      4 * actionBytes({ prompt, title: HOST_TEXT.scoreErrorTitle, min, max }) +
      actionBytes(HOST_TEXT.scoreError(min, max)),
    0,
  );
}

export function queueValidations(sheet: ExcelWorksheet, validations: readonly PlanValidation[]) {
  for (const { range, min, max, prompt } of groupValidations(validations)) {
    const dv = sheet.getRange(rangeA1(range)).dataValidation;
    dv.ignoreBlanks = true;
    dv.rule = { decimal: { operator: 'Between', formula1: min, formula2: max } };
    dv.prompt = { showPrompt: true, title: HOST_TEXT.scorePromptTitle, message: prompt };
    dv.errorAlert = {
      showAlert: true,
      style: 'Stop',
      title: HOST_TEXT.scoreErrorTitle,
      message: HOST_TEXT.scoreError(min, max),
    };
  }
}

/**
 * Queues a form's page setup. `scale` is the fallback zoom that fits the width (printScale.ts):
 * set beside fit-to-pages because Excel may ignore the latter (OfficeDev/office-js#1860).
 */
export function queuePageLayout(sheet: ExcelWorksheet, setup: PageSetup, scale: number): void {
  const layout = sheet.pageLayout;
  layout.paperSize = 'A4';
  layout.orientation = setup.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  // The scale first, then fit-to-pages (the two are exclusive in one assignment): where Excel
  // honours the fit it wins, and where it drops it (office-js#1860) the scale stays in force.
  layout.zoom = { scale };
  // Fit every column on one page width; 0 pages tall = as many pages as the rows need.
  layout.zoom = { horizontalFitToPages: setup.fitToWidth, verticalFitToPages: setup.fitToHeight };
  layout.centerHorizontally = setup.horizontalCentered;
  // The over-budget highlight is for the screen: an official attachment prints without fills.
  layout.blackAndWhite = true;
  const m = setup.margins;
  layout.leftMargin = points(m.left);
  layout.rightMargin = points(m.right);
  layout.topMargin = points(m.top);
  layout.bottomMargin = points(m.bottom);
  layout.headerMargin = points(m.header);
  layout.footerMargin = points(m.footer);
  layout.setPrintArea(rangeA1(setup.printArea));
  const titles = setup.printTitleRows;
  layout.setPrintTitleRows(`$${titles.first + 1}:$${titles.last + 1}`);
  layout.headersFooters.defaultForAllPages.centerFooter = setup.footer;
}

/**
 * What queuePageLayout adds to a request: the page layout and its footer's paths, sixteen sets
 * and calls, with the footer text.
 */
export function pageLayoutBytes(setup: PageSetup): number {
  return (
    3 * PATH_BYTES +
    16 * actionBytes({ horizontalFitToPages: 1, verticalFitToPages: 0, scale: 100 }) +
    actionBytes(setup.footer)
  );
}

/** What queuePageSetup adds: the page layout, and a break's path and call each. */
export function pageSetupBytes(plan: SheetPlan): number {
  const breaks = (plan.rowBreaks ?? []).length;
  return pageLayoutBytes(plan.pageSetup) + breaks * (2 * pathBytes('A1000') + actionBytes('A1000'));
}

/** The fallback zoom of a planned sheet: its print-area columns at their planned widths. */
export function planScale(plan: SheetPlan): number {
  const { left, right } = plan.pageSetup.printArea;
  return fitScale(plan.columnWidths.slice(left, right + 1).map(widthToPoints), plan.pageSetup);
}

export function queuePageSetup(sheet: ExcelWorksheet, plan: SheetPlan): void {
  queuePageLayout(sheet, plan.pageSetup, planScale(plan));
  // A break before 0-based row r: the page starts at row r + 1 (A1 numbering).
  for (const row of plan.rowBreaks ?? []) {
    if (row > 0) sheet.horizontalPageBreaks.add(`A${row + 1}`);
  }
}
