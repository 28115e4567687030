/**
 * The zoom that fits a form's columns on one A4 page width, as a fallback for fit-to-pages.
 *
 * Office.js ignores `pageLayout.zoom = { horizontalFitToPages }` until the Page Layout tab has
 * been shown, while `zoom.scale` is always honoured (OfficeDev/office-js#1860). So print setup
 * sets both: where fit-to-pages works it wins, and where it is dropped the sheet still prints
 * one page wide at this scale.
 */
import type { PageSetup } from './plan';

const POINTS_PER_INCH = 72;
/** A4 is 210 × 297 mm. */
const A4_SHORT_POINTS = (210 / 25.4) * POINTS_PER_INCH;
const A4_LONG_POINTS = (297 / 25.4) * POINTS_PER_INCH;
/** Excel's zoom.scale bounds (percent). */
const MIN_SCALE = 10;
const MAX_SCALE = 100;

/** Printable width of an A4 page in points, given the orientation and side margins (inches). */
export function printableWidth(setup: Pick<PageSetup, 'orientation' | 'margins'>): number {
  const paper = setup.orientation === 'landscape' ? A4_LONG_POINTS : A4_SHORT_POINTS;
  return paper - (setup.margins.left + setup.margins.right) * POINTS_PER_INCH;
}

/**
 * The largest whole percent at which columns of these widths (points) fit the printable width;
 * 100 when they fit already (a form is never blown up), never below Excel's 10.
 */
export function fitScale(
  columnPoints: readonly number[],
  setup: Pick<PageSetup, 'orientation' | 'margins'>,
): number {
  const total = columnPoints.reduce((sum, w) => sum + Math.max(0, w), 0);
  if (total <= 0) return MAX_SCALE;
  const scale = Math.floor((printableWidth(setup) / total) * 100);
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}
