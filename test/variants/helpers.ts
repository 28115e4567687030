/**
 * The hand-made fixtures as grids, and small edits on them: a check's failing case is the clean
 * hand-made workbook with one figure changed, found through the forms the recognizer read.
 */
import { join } from 'path';
import { evaluate, parseAddress } from '../../src/core';
import type {
  BaseForm,
  CellValue,
  Evaluation,
  Flag,
  OverallForm,
  ProjectForm,
  SheetGrid,
} from '../../src/core';
import { readWorkbookGrids } from '../../src/hosts/xlsx';

export const FIXTURES = join(__dirname, '..', 'fixtures', 'variants');

const cache = new Map<string, SheetGrid[]>();

/** A fixture's grids; each call returns a fresh copy the test may edit. */
export async function fixture(file: string): Promise<SheetGrid[]> {
  let grids = cache.get(file);
  if (!grids) {
    grids = await readWorkbookGrids(join(FIXTURES, file));
    cache.set(file, grids);
  }
  return structuredClone(grids);
}

export function set(
  grids: SheetGrid[],
  sheet: string,
  address: string,
  value: CellValue,
  format: string | null = null,
): void {
  const grid = grids.find((g) => g.name === sheet);
  const at = parseAddress(address);
  if (!grid || !at) throw new Error(`no cell ${sheet}!${address}`);
  while (grid.values.length <= at.row) grid.values.push([]);
  const row = grid.values[at.row];
  while (row.length <= at.col) row.push(null);
  row[at.col] = value;
  const formats = (grid.numberFormats ??= []);
  while (formats.length <= at.row) formats.push([]);
  formats[at.row][at.col] = format;
}

export function base(ev: Evaluation): BaseForm {
  const f = ev.forms.find((x): x is BaseForm => x.kind === 'base');
  if (!f) throw new Error('no 附件1');
  return f;
}

export function overall(ev: Evaluation): OverallForm {
  const f = ev.forms.find((x): x is OverallForm => x.kind === 'overall');
  if (!f) throw new Error('no 附件2');
  return f;
}

export function projects(ev: Evaluation): ProjectForm[] {
  return ev.forms.filter((x): x is ProjectForm => x.kind === 'project');
}

/** The address of a recognized cell, or a failure naming what is missing. */
export function addr(cell: { address: string } | null | undefined, what: string): string {
  if (!cell) throw new Error(`no cell for ${what}`);
  return cell.address;
}

export function baseCell(ev: Evaluation, key: string, column: 'prior' | 'budget' | 'final') {
  return addr(base(ev).lines.find((l) => l.key === key)?.[column], `附件1 ${key} ${column}`);
}

export function scaleCell(ev: Evaluation, key: string, column: 'budget' | 'actual' | 'rate') {
  return addr(overall(ev).funds.find((l) => l.key === key)?.[column], `附件2 ${key} ${column}`);
}

export function fundCell(
  form: ProjectForm,
  key: string,
  column: 'initial' | 'budget' | 'actual' | 'rate' | 'score' | 'weight',
) {
  return addr(form.funds.find((l) => l.key === key)?.[column], `附件3 ${key} ${column}`);
}

export function codes(ev: Evaluation, code: string): Flag[] {
  return ev.flags.filter((f) => f.code === code);
}

export { evaluate };
