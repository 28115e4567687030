/**
 * Requirement sets, asked once: what the pane shows (HostCapabilities) and what the host may use
 * (Features). Everything above ExcelApi 1.2 is optional; the core path (lay out values, merges
 * and formats; read; write; select) runs on 1.2.
 */
import type { HostCapabilities } from '../../app/actions';
import type { ExcelHostApi } from './api';

const HIGHEST_MINOR = 20;

export interface Features {
  /** worksheet.onChanged (1.7). */
  autoRecalc: boolean;
  /** range.conditionalFormats (1.6): over-100% rates highlighted. */
  conditionalFormats: boolean;
  /** range.dataValidation (1.8). */
  dataValidation: boolean;
  /** worksheet.pageLayout, horizontalPageBreaks, format.indentLevel (1.9). */
  pageSetup: boolean;
  /** range.getMergedAreasOrNullObject (1.13). */
  mergedAreas: boolean;
  /** Excel.run({ mergeUndoGroup }) (1.20). */
  mergeUndo: boolean;
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
  return {
    autoRecalc: api.isSetSupported('1.7'),
    conditionalFormats: api.isSetSupported('1.6'),
    dataValidation: api.isSetSupported('1.8'),
    pageSetup: api.isSetSupported('1.9'),
    mergedAreas: api.isSetSupported('1.13'),
    mergeUndo: api.isSetSupported('1.20'),
  };
}

export function capabilitiesOf(api: ExcelHostApi): HostCapabilities {
  const features = detectFeatures(api);
  return {
    excelApi: highestExcelApi(api),
    autoRecalc: features.autoRecalc,
    pageSetup: features.pageSetup,
    mergeUndo: features.mergeUndo,
  };
}
