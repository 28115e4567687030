/**
 * Requirement sets, asked once: what the pane shows (HostCapabilities) and what the host may use
 * (Features). The manifest asks ExcelApi 1.1 (Excel 2016 volume licence) and everything newer is
 * optional: on 1.1 the check, 重新计算得分 and the layout's values and formats run; merges,
 * column widths and row heights (1.2) are left out.
 */
import type { HostCapabilities } from '../../app/actions';
import type { ExcelHostApi } from './api';

const HIGHEST_MINOR = 20;

export interface Features {
  /** range.merge, format.columnWidth / rowHeight (1.2). */
  cellLayout: boolean;
  /** getUsedRange(valuesOnly) (1.2). */
  usedValuesOnly: boolean;
  /** worksheet.onChanged (1.7). */
  autoRecalc: boolean;
  /** range.conditionalFormats (1.6): over-100% rates highlighted. */
  conditionalFormats: boolean;
  /** range.dataValidation (1.8). */
  dataValidation: boolean;
  /** worksheet.pageLayout, horizontalPageBreaks, format.indentLevel, getColumnProperties (1.9). */
  pageSetup: boolean;
  /** range.getMergedAreasOrNullObject (1.13). */
  mergedAreas: boolean;
  /** ChangedEventArgs.triggerSource (1.14): the add-in's own writes tell themselves apart. */
  triggerSource: boolean;
  /** worksheets.onNameChanged (1.17). */
  renameEvents: boolean;
  /** Excel.run({ mergeUndoGroup }) (1.20), where the loaded office.js passes it on. */
  mergeUndo: boolean;
  /** Excel keeps its undo history across the add-in's changes (ExcelUndoApiAll, or 1.20). */
  undoKept: boolean;
}

/** The highest `1.n` the host supports ('1.1' when it answers no to everything). */
export function highestExcelApi(api: ExcelHostApi): string {
  let best = 1;
  for (let minor = 2; minor <= HIGHEST_MINOR; minor += 1) {
    if (api.isSetSupported(`1.${minor}`)) best = minor;
  }
  return `1.${best}`;
}

export function detectFeatures(api: ExcelHostApi): Features {
  const has = (version: string) => api.isSetSupported(version);
  return {
    cellLayout: has('1.2'),
    usedValuesOnly: has('1.2'),
    autoRecalc: has('1.7'),
    conditionalFormats: has('1.6'),
    dataValidation: has('1.8'),
    pageSetup: has('1.9'),
    mergedAreas: has('1.13'),
    triggerSource: has('1.14'),
    renameEvents: has('1.17'),
    mergeUndo: has('1.20') && api.runOptions.mergeUndoGroup,
    undoKept: has('1.20') || api.isSetSupported('1.0', 'ExcelUndoApiAll'),
  };
}

export function capabilitiesOf(api: ExcelHostApi): HostCapabilities {
  const features = detectFeatures(api);
  return {
    excelApi: highestExcelApi(api),
    autoRecalc: features.autoRecalc,
    pageSetup: features.pageSetup,
    cellLayout: features.cellLayout,
    undoKept: features.undoKept,
    undoGrouped: features.mergeUndo,
  };
}
