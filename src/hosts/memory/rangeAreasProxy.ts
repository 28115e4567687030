/**
 * RangeAreas as getMergedAreasOrNullObject returns it (ExcelApi 1.13): a null object or a list.
 * As in Excel, it lists the merged areas whose top-left cell lies in the range
 * (OfficeDev/office-js#3611), and fails when they are more than 512 (the method's documented
 * limit; Excel's error code for it is not documented).
 */
import type { MergeRange } from '../../core/grid';
import type { ExcelRangeAreas } from '../excel/api';
import { sheetAddress } from './bookState';
import type { MemoryContext } from './context';
import { invalidArgument, MemoryOfficeError } from './errors';
import type { RangeTarget } from './formatProxy';
import { loadNames, ProxyBase } from './proxyBase';

/** Merged areas getMergedAreasOrNullObject returns at most. */
export const MERGED_AREAS_LIMIT = 512;

export function intersects(a: MergeRange, b: MergeRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

const startsIn = (m: MergeRange, box: MergeRange): boolean =>
  m.top >= box.top && m.top <= box.bottom && m.left >= box.left && m.left <= box.right;

export class MemoryRangeAreas extends ProxyBase implements ExcelRangeAreas {
  private areas: MergeRange[] | null = null;

  constructor(
    ctx: MemoryContext,
    parent: ProxyBase,
    private readonly target: () => RangeTarget,
  ) {
    super(ctx, 'RangeAreas', parent, 3, 'getMergedAreasOrNullObject', []);
    // The method call itself is a statement: below ExcelApi 1.13 the sync fails.
    this.queue(
      'getMergedAreasOrNullObject',
      () => {
        const { sheet, box } = this.target();
        const areas = sheet.merges.filter((m) => startsIn(m, box));
        if (areas.length > MERGED_AREAS_LIMIT) {
          throw new MemoryOfficeError(
            'GeneralException',
            `The range has ${areas.length} merged areas, more than ${MERGED_AREAS_LIMIT}.`,
          );
        }
        this.areas = areas;
      },
      { requires: '1.13', pathOnly: true },
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
    this.queueLoad(names, () => {
      for (const n of names) if (n !== 'address') throw invalidArgument('RangeAreas.load', n);
      const { sheet } = this.target();
      // A null object has no properties to load.
      if (this.areas && this.areas.length > 0) {
        const address = this.areas.map((m) => sheetAddress(sheet, m)).join(', ');
        this.remember('address', address);
        this.ctx.noteResponse(address);
      }
    });
    return this;
  }
}
