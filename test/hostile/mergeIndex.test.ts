/** The merge index answers as a scan of the merges in sheet order would, and in linear time. */
import fc from 'fast-check';
import type { MergeRange } from '../../src/core/grid';
import { MergeIndex } from '../../src/core/mergeIndex';
import { SheetView } from '../../src/core/recognize/sheetView';

/** The meaning the index keeps: the first merge (in the sheet's order) holding the cell. */
function scan(merges: MergeRange[], row: number, col: number): MergeRange | null {
  for (const m of merges) {
    if (!(m.top >= 0 && m.left >= 0 && m.bottom >= m.top && m.right >= m.left)) continue;
    if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
  }
  return null;
}

const range = fc
  .record({
    top: fc.integer({ min: -1, max: 30 }),
    left: fc.integer({ min: -1, max: 12 }),
    height: fc.integer({ min: -2, max: 12 }),
    width: fc.integer({ min: -2, max: 8 }),
  })
  .map(({ top, left, height, width }) => ({
    top,
    left,
    bottom: top + height,
    right: left + width,
  }));

describe('MergeIndex', () => {
  it('finds the same merge as a scan in sheet order, overlapping and damaged merges included', () => {
    fc.assert(
      fc.property(fc.array(range, { maxLength: 40 }), (merges) => {
        const index = new MergeIndex(merges);
        let wrong = 0;
        for (let row = -1; row < 45; row++) {
          for (let col = -1; col < 24; col++) {
            if (index.find(row, col) !== scan(merges, row, col)) wrong++;
          }
        }
        expect(wrong).toBe(0);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps a merge to the last row and column of a sheet as one entry', () => {
    const huge = { top: 99, left: 0, bottom: 1048575, right: 16383 };
    const index = new MergeIndex([huge]);
    expect(index.find(98, 0)).toBeNull();
    expect(index.find(99, 0)).toBe(huge);
    expect(index.find(1048575, 16383)).toBe(huge);
    expect(index.find(500_000, 9_000)).toBe(huge);
  });

  it('reads 20,000 one-row merges in a blink (linear, not quadratic)', () => {
    const merges = Array.from({ length: 20_000 }, (_, r) => ({
      top: r,
      left: 0,
      bottom: r,
      right: 2,
    }));
    const values = merges.map((_, r) => [`行${r}`, null, null, r]);
    const view = new SheetView({ name: 'ledger', values, merges });
    let owners = 0;
    for (let r = 0; r < merges.length; r++) owners += view.rowCells(r).length;
    // Each row: the merged A:C owner and D.
    expect(owners).toBe(2 * merges.length);
  });

  it('tells owners in a SheetView exactly as before for a merge over the data', () => {
    const values = [
      ['标题', null, null],
      ['a', 'b', 'c'],
    ];
    const view = new SheetView({
      name: 's',
      values,
      merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    });
    expect(view.isOwner(0, 0)).toBe(true);
    expect(view.isOwner(0, 2)).toBe(false);
    expect(view.text(0, 2)).toBe('标题');
    expect(view.owner(1, 1)).toEqual({ row: 1, col: 1 });
  });
});
