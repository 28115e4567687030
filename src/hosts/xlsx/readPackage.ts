/**
 * A workbook file from outside -> the core's grids, within the reading budget: sizes checked
 * before inflating, large non-form sheets read only as far as the probe the add-in makes (their
 * top-left A1:Z15), the cells kept counted, and the recognizer's walk bounded before it starts.
 */
import { columnCount, columnLetters } from '../../core/grid';
import type { SheetGrid } from '../../core/grid';
import { findRegions } from '../../core/recognize/regions';
import { SheetView } from '../../core/recognize/sheetView';
import { isSettingsSheetName } from '../../core/settingsSheet';
import { PackageError } from './packageError';
import { ReadBudget, READ_LIMITS } from './readLimits';
import type { ReadLimits } from './readLimits';
import { readSheetGrid } from './sheetGridReader';
import { openWorkbookPackage } from './workbookPackage';
import type { SheetState, WorkbookPackage } from './workbookPackage';
import { readCellFormats, readSharedStrings } from './workbookParts';
import { findEntry, isZip, readZip } from './zipRead';

/** The add-in's probe: a title or a form's opening label sits in the first lines. */
export const PROBE_WINDOW = { rows: 15, cols: 26 };

export interface WorkbookRead {
  kind: 'xlsx' | 'xlsm';
  grids: SheetGrid[];
  /** Every worksheet with its visibility, in the workbook's order. */
  sheets: { name: string; state: SheetState }[];
  /** Formula cells saved without a result, by sheet. */
  formulasWithoutValue: Map<string, string[]>;
  /** Large sheets read only in their probe window (no form title there). */
  probedOnly: string[];
}

function findsForm(grid: SheetGrid): boolean {
  return (
    findRegions(new SheetView({ name: grid.name, values: grid.values, merges: [] })).length > 0
  );
}

/** Rows × columns the recognizer will walk; past the budget the file is refused, named. */
export function checkScanArea(grids: readonly SheetGrid[], limits: ReadLimits = READ_LIMITS): void {
  for (const grid of grids) {
    const view = new SheetView(grid);
    let area = 0;
    for (const region of findRegions(view)) area += (region.bottom - region.top + 1) * view.cols;
    if (area > limits.scanArea) {
      const corner = `${columnLetters(Math.max(0, columnCount(grid) - 1))}${grid.values.length}`;
      throw new PackageError('too-large', `scan area ${area}`, { sheet: grid.name, corner });
    }
  }
}

async function readSheets(pkg: WorkbookPackage, budget: ReadBudget): Promise<WorkbookRead> {
  const formats = readCellFormats(pkg, budget);
  const strings = await readSharedStrings(pkg, budget);
  const out: WorkbookRead = {
    kind: pkg.kind,
    grids: [],
    sheets: [],
    formulasWithoutValue: new Map(),
    probedOnly: [],
  };
  for (const sheet of pkg.sheets) {
    const entry = sheet.part ? findEntry(pkg.zip, sheet.part) : null;
    if (!entry) continue;
    out.sheets.push({ name: sheet.name, state: sheet.state });
    const large = entry.size > budget.limits.probeAboveBytes && !isSettingsSheetName(sheet.name);
    const read = (window: typeof PROBE_WINDOW | null) =>
      readSheetGrid(pkg.zip, entry, sheet.name, strings, formats, budget, window);
    let result = await read(large ? PROBE_WINDOW : null);
    if (large && findsForm(result.grid)) result = await read(null);
    else if (large) out.probedOnly.push(sheet.name);
    out.grids.push(result.grid);
    if (result.formulasWithoutValue.length)
      out.formulasWithoutValue.set(sheet.name, result.formulasWithoutValue);
  }
  checkScanArea(out.grids, budget.limits);
  return out;
}

/** Reads an .xlsx / .xlsm held in memory; throws a PackageError naming what is wrong. */
export async function readWorkbookData(
  data: Buffer,
  limits: ReadLimits = READ_LIMITS,
): Promise<WorkbookRead> {
  if (data.length > limits.fileBytes) throw new PackageError('too-large', `${data.length} bytes`);
  if (!isZip(data)) throw new PackageError('not-excel', 'not a zip package');
  const budget = new ReadBudget(limits);
  return readSheets(openWorkbookPackage(readZip(data), budget), budget);
}
