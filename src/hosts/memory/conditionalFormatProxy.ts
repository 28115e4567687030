/**
 * Range.conditionalFormats (ExcelApi 1.6), the cell-value kind only: what the add-in uses to
 * highlight over-100% rates. A format is recorded on its sheet at sync, with its rule and colours.
 */
import type {
  ExcelCellValueConditionalFormat,
  ExcelConditionalFormat,
  ExcelConditionalFormatCollection,
  ExcelConditionalRangeFormat,
} from '../excel/api';
import type { MemoryContext } from './context';
import { intersects } from './rangeAreasProxy';
import type { RangeTarget } from './formatProxy';
import { ProxyBase } from './proxyBase';
import type { ObjectPath } from './requestSize';
import type { ConditionalFormatState } from './sheetState';

const CONDITIONAL = '1.6';

type Rule = ExcelCellValueConditionalFormat['rule'];

class MemoryConditionalColor extends ProxyBase {
  constructor(
    ctx: MemoryContext,
    typeName: string,
    parent: ObjectPath,
    member: 'fill' | 'font',
    private readonly record: ConditionalFormatState,
    private readonly key: 'fill' | 'fontColor',
    target: () => RangeTarget,
  ) {
    super(ctx, typeName, parent, 4, member, undefined, () => target().sheet);
  }
  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.assign('color', value, () => (this.record[this.key] = value), { requires: CONDITIONAL });
  }
}

class MemoryCellValueFormat extends ProxyBase implements ExcelCellValueConditionalFormat {
  readonly format: ExcelConditionalRangeFormat;

  constructor(
    ctx: MemoryContext,
    added: ObjectPath,
    private readonly record: ConditionalFormatState,
    target: () => RangeTarget,
  ) {
    super(
      ctx,
      'CellValueConditionalFormat',
      added,
      4,
      'cellValue',
      undefined,
      () => target().sheet,
    );
    const format = ctx.objectPath(this.path, 4, 'format');
    this.format = {
      fill: new MemoryConditionalColor(
        ctx,
        'ConditionalRangeFill',
        format,
        'fill',
        record,
        'fill',
        target,
      ),
      font: new MemoryConditionalColor(
        ctx,
        'ConditionalRangeFont',
        format,
        'font',
        record,
        'fontColor',
        target,
      ),
    };
  }
  get rule(): Rule {
    return this.read('rule');
  }
  set rule(value: Rule) {
    this.assign('rule', value, () => (this.record.rule = { ...value }), { requires: CONDITIONAL });
  }
}

export class MemoryConditionalFormats
  extends ProxyBase
  implements ExcelConditionalFormatCollection
{
  constructor(
    ctx: MemoryContext,
    parent: ProxyBase,
    private readonly target: () => RangeTarget,
  ) {
    super(
      ctx,
      'ConditionalFormatCollection',
      parent,
      4,
      'conditionalFormats',
      undefined,
      () => target().sheet,
    );
  }

  add(type: 'CellValue'): ExcelConditionalFormat {
    const record: ConditionalFormatState = {
      type,
      range: { top: 0, left: 0, bottom: 0, right: 0 },
    };
    this.queue(
      'add',
      () => {
        const { sheet, box } = this.target();
        record.range = { ...box };
        sheet.conditionalFormats.push(record);
      },
      // office.js sends no action for add(): its result's path and Instantiate only.
      { requires: CONDITIONAL, writes: true, args: [type], pathOnly: true },
    );
    const added = this.ctx.objectPath(this.path, 3, 'add', [type]);
    return { cellValue: new MemoryCellValueFormat(this.ctx, added, record, this.target) };
  }

  /** Removes every conditional format that intersects the range (as Excel does). */
  clearAll(): void {
    this.queue(
      'clearAll',
      () => {
        const { sheet, box } = this.target();
        const kept = sheet.conditionalFormats.filter((cf) => !intersects(cf.range, box));
        sheet.conditionalFormats.splice(0, sheet.conditionalFormats.length, ...kept);
      },
      { requires: CONDITIONAL, writes: true },
    );
  }
}
