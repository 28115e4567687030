/** RangeAreas as getMergedAreasOrNullObject returns it (ExcelApi 1.13): a null object or a list. */
import type { MergeRange } from '../../core/grid';
import type { ExcelRangeAreas } from '../excel/api';
import { sheetAddress } from './bookState';
import type { MemoryContext } from './context';
import { invalidArgument } from './errors';
import type { RangeTarget } from './formatProxy';
import { loadNames, ProxyBase } from './proxyBase';

export function intersects(a: MergeRange, b: MergeRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export class MemoryRangeAreas extends ProxyBase implements ExcelRangeAreas {
  private areas: MergeRange[] | null = null;

  constructor(
    ctx: MemoryContext,
    private readonly target: () => RangeTarget,
  ) {
    super(ctx, 'RangeAreas');
    // The method call itself is a statement: below ExcelApi 1.13 the sync fails.
    this.queue(
      'getMergedAreasOrNullObject',
      () => {
        const { sheet, box } = this.target();
        this.areas = sheet.merges.filter((m) => intersects(m, box));
      },
      { requires: '1.13' },
    );
  }

  protected override isNull(): boolean {
    return (this.areas ?? []).length === 0;
  }

  get address(): string {
    return this.read('address');
  }

  load(propertyNames?: string | string[]): MemoryRangeAreas {
    const names = loadNames(propertyNames, ['address']);
    this.queue('load', () => {
      for (const n of names) if (n !== 'address') throw invalidArgument('RangeAreas.load', n);
      const { sheet } = this.target();
      // A null object has no properties to load.
      if (this.areas && this.areas.length > 0) {
        this.remember('address', this.areas.map((m) => sheetAddress(sheet, m)).join(', '));
      }
    });
    return this;
  }
}
