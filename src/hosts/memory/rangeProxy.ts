/** The Range proxy of the memory host: loads, value and format writes, merge, select. */
import type { MergeRange } from '../../core/grid';
import { rangeA1 } from '../excel/addresses';
import type { ExcelColumnWidths, ExcelRange, OfficeCellInput, OfficeCellValue } from '../excel/api';
import { enterValue, sheetAddress } from './bookState';
import type { MemoryContext } from './context';
import { invalidArgument, MemoryOfficeError, propertyNotLoaded } from './errors';
import { MemoryConditionalFormats } from './conditionalFormatProxy';
import { DEFAULT_COLUMN_POINTS } from './formatLoad';
import { MemoryRangeFormat, type RangeTarget } from './formatProxy';
import { loadNames, ProxyBase } from './proxyBase';
import { intersects, MemoryRangeAreas } from './rangeAreasProxy';
import type { SheetState } from './sheetState';
import { MemoryDataValidation } from './validationProxy';

const LOADABLE = [
  'address',
  'rowIndex',
  'columnIndex',
  'rowCount',
  'columnCount',
  'values',
  'formulas',
  'numberFormat',
] as const;
type Loadable = (typeof LOADABLE)[number];

/** A box small enough to hand back as arrays (the memory host refuses whole-sheet reads). */
const MAX_LOAD_CELLS = 5_000_000;

function grid<T>(box: MergeRange, cell: (row: number, col: number) => T): T[][] {
  const rows: T[][] = [];
  for (let r = box.top; r <= box.bottom; r += 1) {
    const row: T[] = [];
    for (let c = box.left; c <= box.right; c += 1) row.push(cell(r, c));
    rows.push(row);
  }
  return rows;
}

export class MemoryRange extends ProxyBase implements ExcelRange {
  private resolved: RangeTarget | null = null;
  private formatProxy?: MemoryRangeFormat;
  private conditionalProxy?: MemoryConditionalFormats;
  private validationProxy?: MemoryDataValidation;

  constructor(
    ctx: MemoryContext,
    parent: ProxyBase,
    /** The worksheet method that made it (getRange, getUsedRange) and its arguments. */
    member: string,
    args: readonly unknown[],
    private readonly sheetOf: () => SheetState,
    private readonly boxOf: (sheet: SheetState) => MergeRange,
    /** An ExcelApi set what is loaded of it needs (getUsedRange's valuesOnly: 1.2). */
    private readonly requires?: string,
  ) {
    super(ctx, 'Range', parent, 3, member, args, () => sheetOf());
  }

  /** The sheet and cells this range stands for, fixed when a statement first needs them. */
  readonly target = (): RangeTarget => {
    if (!this.resolved) {
      const sheet = this.sheetOf();
      this.resolved = { sheet, box: this.boxOf(sheet) };
    }
    return this.resolved;
  };

  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }

  get values(): OfficeCellInput[][] {
    return this.read('values');
  }
  set values(values: OfficeCellInput[][]) {
    this.assign('values', values, () => this.enter(values));
  }

  /** Office.js takes formulas and values alike: '=…' is a formula, anything else a value. */
  get formulas(): OfficeCellInput[][] {
    return this.read('formulas');
  }
  set formulas(formulas: OfficeCellInput[][]) {
    this.assign('formulas', formulas, () => this.enter(formulas));
  }

  get numberFormat(): (string | null)[][] {
    return this.read('numberFormat');
  }
  set numberFormat(formats: (string | null)[][]) {
    this.assign('numberFormat', formats, () => {
      const { sheet, box } = this.checkShape(formats, 'numberFormat');
      formats.forEach((row, i) =>
        row.forEach((format, j) => {
          if (format === null) return;
          const cell = sheet.ensure(box.top + i, box.left + j);
          // '' resets to General, as Office.js documents for blank inputs.
          if (format === 'General' || format === '') delete cell.numberFormat;
          else cell.numberFormat = format;
        }),
      );
    });
  }

  /** Office.js requires a 2-D input of exactly the range's size. */
  private checkShape(input: readonly (readonly unknown[])[], property: string): RangeTarget {
    const target = this.target();
    const { box } = target;
    const rows = box.bottom - box.top + 1;
    const cols = box.right - box.left + 1;
    if (input.length !== rows || input.some((row) => row.length !== cols)) {
      throw new MemoryOfficeError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size of the range (${property}, ${rows}×${cols}).`,
        `Range.${property}`,
      );
    }
    return target;
  }

  private enter(values: OfficeCellInput[][]): void {
    const { sheet, box } = this.checkShape(values, 'values');
    let written = 0;
    values.forEach((row, i) =>
      row.forEach((value, j) => {
        if (value === null) return;
        enterValue(sheet.ensure(box.top + i, box.left + j), value);
        written += 1;
      }),
    );
    if (written === 0) return;
    this.ctx.book.cellsWritten += written;
    this.ctx.noteValueChange(sheet, box);
  }

  load(propertyNames?: string | string[]): MemoryRange {
    const names = loadNames(propertyNames, LOADABLE);
    const run = () => {
      const { sheet, box } = this.target();
      const cells = (box.bottom - box.top + 1) * (box.right - box.left + 1);
      const unknown = names.find((n) => !(LOADABLE as readonly string[]).includes(n));
      if (unknown !== undefined) throw invalidArgument('Range.load', unknown);
      const wantsCells = names.some(
        (n) => n === 'values' || n === 'formulas' || n === 'numberFormat',
      );
      if (wantsCells && cells > MAX_LOAD_CELLS) {
        throw new MemoryOfficeError('InvalidArgument', `Range too large to load (${cells} cells)`);
      }
      this.ctx.book.loads.push({
        sheet: sheet.name,
        address: rangeA1(box),
        properties: names,
        cells,
      });
      for (const name of names as Loadable[]) {
        const value = this.snapshot(name, sheet, box);
        this.remember(name, value);
        this.ctx.noteResponse(value);
      }
    };
    this.queueLoad(names, run, { requires: this.requires });
    return this;
  }

  private snapshot(name: Loadable, sheet: SheetState, box: MergeRange): unknown {
    switch (name) {
      case 'address':
        return sheetAddress(sheet, box);
      case 'rowIndex':
        return box.top;
      case 'columnIndex':
        return box.left;
      case 'rowCount':
        return box.bottom - box.top + 1;
      case 'columnCount':
        return box.right - box.left + 1;
      case 'values':
        return grid<OfficeCellValue>(box, (r, c) => sheet.value(r, c));
      case 'formulas':
        return grid<OfficeCellValue>(box, (r, c) => sheet.formula(r, c));
      case 'numberFormat':
        return grid<string>(box, (r, c) => sheet.numberFormat(r, c));
    }
  }

  get format(): MemoryRangeFormat {
    return (this.formatProxy ??= new MemoryRangeFormat(this.ctx, this, this.target));
  }

  get conditionalFormats(): MemoryConditionalFormats {
    return (this.conditionalProxy ??= new MemoryConditionalFormats(this.ctx, this, this.target));
  }

  get dataValidation(): MemoryDataValidation {
    return (this.validationProxy ??= new MemoryDataValidation(this.ctx, this, this.target));
  }

  merge(across?: boolean): void {
    this.queue(
      'merge',
      () => {
        const { sheet, box } = this.target();
        const boxes =
          across === true
            ? Array.from({ length: box.bottom - box.top + 1 }, (_, i) => ({
                ...box,
                top: box.top + i,
                bottom: box.top + i,
              }))
            : [box];
        for (const m of boxes) {
          if (m.top === m.bottom && m.left === m.right) continue;
          // Excel keeps the top-left value only; overlapping merges give way to the new one.
          sheet.forEachStored(m, (cell, r, c) => {
            if (r !== m.top || c !== m.left) cell.value = '';
          });
          sheet.merges = sheet.merges.filter((old) => !intersects(old, m));
          sheet.merges.push({ ...m });
        }
      },
      { requires: '1.2', writes: true, args: [across ?? null] },
    );
  }

  select(): void {
    this.queue('select', () => {
      const { sheet, box } = this.target();
      this.ctx.book.activeSheet = sheet;
      this.ctx.book.selection = { sheet, box };
    });
  }

  getMergedAreasOrNullObject(): MemoryRangeAreas {
    return new MemoryRangeAreas(this.ctx, this, this.target);
  }

  /** ExcelApi 1.9; only the column width is modelled (what print setup reads). */
  getColumnProperties(options: { format?: { columnWidth?: boolean } }): ExcelColumnWidths {
    const result: { loaded: { format: { columnWidth: number } }[] | null } = { loaded: null };
    this.queue(
      'getColumnProperties',
      () => {
        const { sheet, box } = this.target();
        const widths = [];
        for (let c = box.left; c <= box.right; c += 1) {
          const columnWidth = sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_POINTS;
          widths.push({ format: { columnWidth } });
        }
        result.loaded = widths;
        this.ctx.noteResponse(widths);
      },
      { requires: '1.9', args: [options] },
    );
    return {
      get value() {
        if (result.loaded === null) throw propertyNotLoaded('ClientResult', 'value');
        return result.loaded;
      },
    };
  }
}
