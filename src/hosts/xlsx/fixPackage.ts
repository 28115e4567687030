/**
 * `check --fix`: the core's derived-cell writes applied to the package itself. Only the sheets
 * holding written cells change (those cells' elements), and styles.xml only by appending a new
 * style where a cell needs another number format; every other part keeps its bytes.
 */
import type { CellWrite } from '../../core/writes';
import { PackageError } from './packageError';
import { ReadBudget } from './readLimits';
import { decodePart, encodePart } from './scanPart';
import { SheetEditor } from './sheetEdit';
import type { CellEdit } from './sheetEdit';
import { StylesEditor } from './stylesEdit';
import { openWorkbookPackage } from './workbookPackage';
import { findEntry, readZip } from './zipRead';
import { rewriteZip } from './zipWrite';

export interface FixResult {
  data: Buffer;
  /** Cells written. */
  written: number;
  /** Parts rewritten (entry names), for the caller's own comparison. */
  changedParts: string[];
}

export function fixWorkbookData(data: Buffer, writes: readonly CellWrite[]): FixResult {
  const budget = new ReadBudget();
  const zip = readZip(data);
  const pkg = openWorkbookPackage(zip, budget);
  const partOf = new Map(pkg.sheets.map((s) => [s.name, s.part]));
  const stylesEntry = pkg.stylesPart ? findEntry(zip, pkg.stylesPart) : null;
  const stylesPart = stylesEntry
    ? decodePart(zip, stylesEntry, budget.limits.smallPartBytes, budget)
    : null;
  const styles = stylesPart ? new StylesEditor(stylesPart.text) : null;

  const bySheet = new Map<string, CellWrite[]>();
  for (const w of writes) bySheet.set(w.sheet, [...(bySheet.get(w.sheet) ?? []), w]);

  const replaced = new Map<string, Buffer>();
  let written = 0;
  for (const [sheet, sheetWrites] of bySheet) {
    const part = partOf.get(sheet);
    const entry = part ? findEntry(zip, part) : null;
    // A write to a sheet the workbook lacks is a bug in the caller: the fix stops, unwritten.
    if (!entry) throw new PackageError('damaged', `no worksheet named ${sheet}`);
    const sheetPart = decodePart(zip, entry, budget.limits.sheetBytes, budget);
    const editor = new SheetEditor(sheetPart.text, new Set(sheetWrites.map((w) => w.row)));
    const edits: CellEdit[] = [];
    for (const w of sheetWrites) {
      if (editor.hasFormula(w.row, w.col)) continue;
      let style = editor.styleOf(w.row, w.col);
      if (w.numberFormat !== undefined && styles && styles.formatOf(style) !== w.numberFormat)
        style = styles.styleWithFormat(style, w.numberFormat);
      edits.push({ row: w.row, col: w.col, value: w.value, style });
    }
    if (edits.length === 0) continue;
    written += edits.length;
    replaced.set(entry.name, encodePart(sheetPart, editor.apply(edits)));
  }
  if (styles?.changed && stylesEntry && stylesPart)
    replaced.set(stylesEntry.name, encodePart(stylesPart, styles.result()));
  return {
    data: replaced.size ? rewriteZip(zip, replaced) : data,
    written,
    changedParts: [...replaced.keys()],
  };
}
