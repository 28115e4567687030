/** Grids -> the forms found in them, by labels, on any sheet. */
import type { SheetGrid } from '../grid';
import type { Form } from '../model';
import { recognizeBase } from './base';
import { recognizeIndicatorForm } from './indicatorForm';
import { recognizeOverall } from './overall';
import { recognizeProject } from './project';
import { findRegions } from './regions';
import { SheetView } from './sheetView';
import { isSettingsSheetName } from '../settingsSheet';

export function recognizeSheet(grid: SheetGrid): Form[] {
  const view = new SheetView(grid);
  return findRegions(view).map((region) => {
    if (region.kind === 'base') return recognizeBase(view, region);
    if (region.kind === 'overall') return recognizeOverall(view, region);
    if (region.kind === 'indicator') return recognizeIndicatorForm(view, region);
    return recognizeProject(view, region);
  });
}

/** Every form of the workbook; the add-in's own settings sheet is never one. */
export function recognize(grids: SheetGrid[]): Form[] {
  return grids.filter((g) => !isSettingsSheetName(g.name)).flatMap(recognizeSheet);
}

export { titleKind } from './regions';
