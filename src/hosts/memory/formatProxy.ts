/** RangeFormat, font, fill and border proxies: setters queue per-cell format changes. */
import type { MergeRange } from '../../core/grid';
import type {
  BorderSide,
  ExcelRangeBorder,
  ExcelRangeBorderCollection,
  ExcelRangeFill,
  ExcelRangeFont,
  ExcelRangeFormat,
} from '../excel/api';
import type { MemoryContext } from './context';
import { MemoryOfficeError } from './errors';
import { checkFormatLoad, loadedColumnWidth } from './formatLoad';
import { loadNames, ProxyBase, type StatementOptions } from './proxyBase';
import type { BorderLine, CellFormat, Edge, MemoryCell, SheetState } from './sheetState';

export interface RangeTarget {
  sheet: SheetState;
  box: MergeRange;
}

/** Per-cell formatting of whole rows or columns is not modelled (the host never does it). */
const MAX_FORMAT_CELLS = 1_000_000;

function eachCell(target: RangeTarget, fn: (cell: MemoryCell, row: number, col: number) => void) {
  const { sheet, box } = target;
  const cells = (box.bottom - box.top + 1) * (box.right - box.left + 1);
  if (cells > MAX_FORMAT_CELLS) {
    throw new MemoryOfficeError('NotImplemented', `memory host: formatting ${cells} cells`);
  }
  for (let r = box.top; r <= box.bottom; r += 1)
    for (let c = box.left; c <= box.right; c += 1) fn(sheet.ensure(r, c), r, c);
}

/** A proxy whose setters change the format of every cell of its range. */
abstract class CellFormatProxy extends ProxyBase {
  protected constructor(
    ctx: MemoryContext,
    typeName: string,
    parent: ProxyBase,
    /** The property of `parent` it is (format, font, fill). */
    member: string,
    protected readonly target: () => RangeTarget,
  ) {
    super(ctx, typeName, parent, 4, member, undefined, () => target().sheet);
  }

  protected setFormat<K extends keyof CellFormat>(
    property: string,
    key: K,
    value: NonNullable<CellFormat[K]>,
    options: StatementOptions = {},
  ): void {
    this.assign(
      property,
      value,
      () =>
        eachCell(this.target(), (cell) => {
          cell.format = { ...cell.format, [key]: value };
        }),
      options,
    );
  }
}

class MemoryRangeFont extends CellFormatProxy implements ExcelRangeFont {
  constructor(ctx: MemoryContext, parent: ProxyBase, target: () => RangeTarget) {
    super(ctx, 'RangeFont', parent, 'font', target);
  }
  get bold(): boolean {
    return this.read('bold');
  }
  set bold(value: boolean) {
    this.setFormat('bold', 'bold', value);
  }
  get size(): number {
    return this.read('size');
  }
  set size(value: number) {
    this.setFormat('size', 'fontSize', value);
  }
  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.setFormat('name', 'fontName', value);
  }
  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.setFormat('color', 'fontColor', value);
  }
}

class MemoryRangeFill extends CellFormatProxy implements ExcelRangeFill {
  constructor(ctx: MemoryContext, parent: ProxyBase, target: () => RangeTarget) {
    super(ctx, 'RangeFill', parent, 'fill', target);
  }
  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.setFormat('color', 'fill', value);
  }
  /** No fill (Office.js RangeFill.clear). */
  clear(): void {
    this.queue('clear', () => eachCell(this.target(), (cell) => delete cell.format?.fill), {
      writes: true,
    });
  }
}

/** The cell edges a border index paints inside a box (inside edges: both neighbours). */
function edgesOf(side: BorderSide, box: MergeRange, row: number, col: number): Edge[] {
  switch (side) {
    case 'EdgeTop':
      return row === box.top ? ['top'] : [];
    case 'EdgeBottom':
      return row === box.bottom ? ['bottom'] : [];
    case 'EdgeLeft':
      return col === box.left ? ['left'] : [];
    case 'EdgeRight':
      return col === box.right ? ['right'] : [];
    case 'InsideHorizontal':
      return [
        ...(row > box.top ? ['top' as const] : []),
        ...(row < box.bottom ? ['bottom' as const] : []),
      ];
    case 'InsideVertical':
      return [
        ...(col > box.left ? ['left' as const] : []),
        ...(col < box.right ? ['right' as const] : []),
      ];
  }
}

class MemoryRangeBorder extends ProxyBase implements ExcelRangeBorder {
  constructor(
    ctx: MemoryContext,
    parent: ProxyBase,
    private readonly side: BorderSide,
    private readonly target: () => RangeTarget,
  ) {
    // borders.getItem(side) is an indexer on the collection.
    super(ctx, 'RangeBorder', parent, 5, '', [side], () => target().sheet);
  }

  private paint(property: keyof BorderLine, value: string): void {
    this.assign(property, value, () => {
      const target = this.target();
      eachCell(target, (cell, r, c) => {
        for (const edge of edgesOf(this.side, target.box, r, c)) {
          const borders = { ...cell.format?.borders };
          borders[edge] = { ...borders[edge], [property]: value };
          cell.format = { ...cell.format, borders };
        }
      });
    });
  }

  get style(): ExcelRangeBorder['style'] {
    return this.read('style');
  }
  set style(value: ExcelRangeBorder['style']) {
    this.paint('style', value);
  }
  get weight(): ExcelRangeBorder['weight'] {
    return this.read('weight');
  }
  set weight(value: ExcelRangeBorder['weight']) {
    this.paint('weight', value);
  }
  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.paint('color', value);
  }
}

class MemoryBorders extends ProxyBase implements ExcelRangeBorderCollection {
  constructor(
    ctx: MemoryContext,
    parent: ProxyBase,
    private readonly target: () => RangeTarget,
  ) {
    super(ctx, 'RangeBorderCollection', parent, 4, 'borders');
  }
  getItem(index: BorderSide): MemoryRangeBorder {
    return new MemoryRangeBorder(this.ctx, this, index, this.target);
  }
}

export class MemoryRangeFormat extends CellFormatProxy implements ExcelRangeFormat {
  private fontProxy?: MemoryRangeFont;
  private fillProxy?: MemoryRangeFill;
  private bordersProxy?: MemoryBorders;

  constructor(ctx: MemoryContext, parent: ProxyBase, target: () => RangeTarget) {
    super(ctx, 'RangeFormat', parent, 'format', target);
  }

  // Property objects are made once per parent, as office.js caches them.
  get font(): MemoryRangeFont {
    return (this.fontProxy ??= new MemoryRangeFont(this.ctx, this, this.target));
  }
  get fill(): MemoryRangeFill {
    return (this.fillProxy ??= new MemoryRangeFill(this.ctx, this, this.target));
  }
  get borders(): MemoryBorders {
    return (this.bordersProxy ??= new MemoryBorders(this.ctx, this, this.target));
  }

  /** Only columnWidth is loadable here (all the host reads back). */
  load(propertyNames?: string | string[]): MemoryRangeFormat {
    const names = loadNames(propertyNames, ['columnWidth']);
    this.queueLoad(names, () => {
      checkFormatLoad(names);
      const width = loadedColumnWidth(this.target());
      this.remember('columnWidth', width);
      this.ctx.noteResponse({ columnWidth: width });
    });
    return this;
  }

  get horizontalAlignment(): ExcelRangeFormat['horizontalAlignment'] {
    return this.read('horizontalAlignment');
  }
  set horizontalAlignment(value: ExcelRangeFormat['horizontalAlignment']) {
    this.setFormat('horizontalAlignment', 'horizontalAlignment', value);
  }
  get verticalAlignment(): ExcelRangeFormat['verticalAlignment'] {
    return this.read('verticalAlignment');
  }
  set verticalAlignment(value: ExcelRangeFormat['verticalAlignment']) {
    this.setFormat('verticalAlignment', 'verticalAlignment', value);
  }
  get wrapText(): boolean {
    return this.read('wrapText');
  }
  set wrapText(value: boolean) {
    this.setFormat('wrapText', 'wrapText', value);
  }
  get indentLevel(): number {
    return this.read('indentLevel');
  }
  set indentLevel(value: number) {
    this.setFormat('indentLevel', 'indentLevel', value, { requires: '1.9' });
  }

  /** Points, for every column of the range (whole columns are fine: no cells are touched). */
  get columnWidth(): number {
    return this.read('columnWidth');
  }
  set columnWidth(points: number) {
    this.assign(
      'columnWidth',
      points,
      () => {
        const { sheet, box } = this.target();
        for (let c = box.left; c <= box.right; c += 1) sheet.columnWidths.set(c, points);
      },
      { requires: '1.2' },
    );
  }

  get rowHeight(): number {
    return this.read('rowHeight');
  }
  set rowHeight(points: number) {
    this.assign(
      'rowHeight',
      points,
      () => {
        const { sheet, box } = this.target();
        if (box.bottom - box.top >= MAX_FORMAT_CELLS) {
          throw new MemoryOfficeError('NotImplemented', 'memory host: row height of every row');
        }
        for (let r = box.top; r <= box.bottom; r += 1) sheet.rowHeights.set(r, points);
      },
      { requires: '1.2' },
    );
  }
}
