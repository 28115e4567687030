/**
 * Merged ranges indexed by row, without expanding any of them: an interval tree over the rows
 * (built in O(n log n), queried in O(log n + k)), so a merge `A100:XFD1048576` costs what a
 * one-cell merge costs and 20,000 one-row merges are read in linear time.
 *
 * Lookup keeps the meaning a plain scan had: the first merge (in the sheet's order) holding the
 * cell, which only matters for a damaged file whose merges overlap.
 */
import type { MergeRange } from './grid';

interface Indexed {
  range: MergeRange;
  order: number;
}

interface TreeNode {
  center: number;
  /** The merges holding the center row, by top ascending and by bottom descending. */
  byTop: Indexed[];
  byBottom: Indexed[];
  below: TreeNode | null;
  above: TreeNode | null;
}

/** One column span of a row and the merge that owns it. */
interface Segment {
  left: number;
  right: number;
  merge: MergeRange;
}

function buildTree(items: Indexed[]): TreeNode | null {
  if (items.length === 0) return null;
  const middles = items.map((i) => i.range.top + (i.range.bottom - i.range.top) / 2);
  middles.sort((a, b) => a - b);
  const center = Math.floor(middles[middles.length >> 1]);
  const here: Indexed[] = [];
  const below: Indexed[] = [];
  const above: Indexed[] = [];
  for (const item of items) {
    if (item.range.bottom < center) below.push(item);
    else if (item.range.top > center) above.push(item);
    else here.push(item);
  }
  return {
    center,
    byTop: [...here].sort((a, b) => a.range.top - b.range.top),
    byBottom: here.sort((a, b) => b.range.bottom - a.range.bottom),
    below: buildTree(below),
    above: buildTree(above),
  };
}

function crossing(root: TreeNode | null, row: number): Indexed[] {
  const out: Indexed[] = [];
  for (let node = root; node;) {
    if (row < node.center) {
      for (const item of node.byTop) {
        if (item.range.top > row) break;
        out.push(item);
      }
      node = node.below;
    } else if (row > node.center) {
      for (const item of node.byBottom) {
        if (item.range.bottom < row) break;
        out.push(item);
      }
      node = node.above;
    } else {
      out.push(...node.byTop);
      node = null;
    }
  }
  return out;
}

/** A binary min-heap of merges by their order in the sheet. */
class OrderHeap {
  private readonly items: Indexed[] = [];

  top(): Indexed | undefined {
    return this.items[0];
  }

  push(item: Indexed): void {
    const a = this.items;
    a.push(item);
    for (let i = a.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (a[parent].order <= a[i].order) break;
      [a[parent], a[i]] = [a[i], a[parent]];
      i = parent;
    }
  }

  pop(): void {
    const a = this.items;
    const last = a.pop();
    if (!last || a.length === 0) return;
    a[0] = last;
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < a.length && a[l].order < a[m].order) m = l;
      if (r < a.length && a[r].order < a[m].order) m = r;
      if (m === i) break;
      [a[m], a[i]] = [a[i], a[m]];
      i = m;
    }
  }
}

/**
 * The row's column spans, each owned by the earliest merge covering it: a sweep over the span
 * ends, so overlapping merges (a damaged file) cost k log k, not k per cell.
 */
function segmentsOf(items: Indexed[]): Segment[] {
  if (items.length === 1) {
    const range = items[0].range;
    return [{ left: range.left, right: range.right, merge: range }];
  }
  // The common case, a sound sheet: merges side by side, none overlapping. Left to right, they
  // are the segments themselves.
  const byLeft = [...items].sort((a, b) => a.range.left - b.range.left);
  let disjoint = true;
  for (let i = 1; i < byLeft.length && disjoint; i++)
    if (byLeft[i].range.left <= byLeft[i - 1].range.right) disjoint = false;
  if (disjoint)
    return byLeft.map(({ range }) => ({ left: range.left, right: range.right, merge: range }));
  const edges = new Set<number>();
  for (const { range } of items) {
    edges.add(range.left);
    edges.add(range.right + 1);
  }
  const points = [...edges].sort((a, b) => a - b);
  const heap = new OrderHeap();
  const out: Segment[] = [];
  let next = 0;
  for (let p = 0; p < points.length - 1; p++) {
    const from = points[p];
    while (next < byLeft.length && byLeft[next].range.left <= from) heap.push(byLeft[next++]);
    // Merges that ended before this span leave when they reach the top.
    while (heap.top() && (heap.top() as Indexed).range.right < from) heap.pop();
    const owner = heap.top();
    if (!owner) continue;
    const last = out[out.length - 1];
    if (last && last.merge === owner.range && last.right === from - 1)
      last.right = points[p + 1] - 1;
    else out.push({ left: from, right: points[p + 1] - 1, merge: owner.range });
  }
  return out;
}

const NONE: readonly Segment[] = [];

/** Per-row lists, or null when they would cost more than BUCKETS_PER_ITEM entries a row/merge. */
function bucketsOf(items: readonly Indexed[], rows: number): MergeRange[][] | null {
  if (!Number.isFinite(rows)) return null;
  let entries = 0;
  for (const { range } of items) {
    if (range.top >= rows) continue;
    entries += Math.min(range.bottom, rows - 1) - range.top + 1;
  }
  if (entries > BUCKETS_PER_ITEM * (rows + items.length)) return null;
  // Counted first, then each row's list made at its size: a list grown by push starts at room
  // for 17, and a sheet's rows hold one or two merges each.
  let covered = 0;
  for (const { range } of items) covered = Math.max(covered, Math.min(range.bottom, rows - 1) + 1);
  const counts = new Array<number>(covered).fill(0);
  for (const { range } of items) {
    const last = Math.min(range.bottom, rows - 1);
    for (let r = range.top; r <= last; r++) counts[r]++;
  }
  const buckets = new Array<MergeRange[]>(covered);
  const filled = new Array<number>(covered).fill(0);
  for (const { range } of items) {
    const last = Math.min(range.bottom, rows - 1);
    for (let r = range.top; r <= last; r++)
      (buckets[r] ??= new Array<MergeRange>(counts[r]))[filled[r]++] = range;
  }
  return buckets;
}

/**
 * A sound sheet's merges cover few rows in all: kept per row in a plain array (each row its
 * merges in sheet order), built in time linear in the rows they cover. Past this many row
 * entries per row and merge (a merge down a whole sheet, thousands of overlapping ones: a damaged
 * or hostile file), the interval tree instead.
 */
const BUCKETS_PER_ITEM = 4;

export class MergeIndex {
  private readonly root: TreeNode | null;
  /** The merges crossing each row, in sheet order, where the sheet is sound (see above). */
  private readonly buckets: MergeRange[][] | null;
  /**
   * Each row's segments once asked for: recognition asks for the same rows many times. Only rows
   * inside the grid are kept (`rows` is its length), so the memory is the grid's own order.
   */
  private readonly byRow: (readonly Segment[] | undefined)[] = [];

  /** `rows`: rows past the grid's end have no merges that matter (a damaged file's claims). */
  constructor(
    merges: readonly MergeRange[],
    private readonly rows = Infinity,
  ) {
    const items: Indexed[] = [];
    merges.forEach((range, order) => {
      // A damaged file may claim merges upside down or off the sheet: keep what is sound.
      if (
        range.top >= 0 &&
        range.left >= 0 &&
        range.bottom >= range.top &&
        range.right >= range.left
      )
        items.push({ range, order });
    });
    this.buckets = bucketsOf(items, rows);
    this.root = this.buckets ? null : buildTree(items);
  }

  private segments(row: number): readonly Segment[] {
    if (row < 0 || row >= this.rows) return NONE;
    const cached = this.byRow[row];
    if (cached) return cached;
    const items = crossing(this.root, row);
    const segments = items.length === 0 ? NONE : segmentsOf(items);
    this.byRow[row] = segments;
    return segments;
  }

  /** The merge holding (row, col), or null. */
  find(row: number, col: number): MergeRange | null {
    if (this.buckets) {
      const list = this.buckets[row];
      if (!list) return null;
      for (const m of list) if (col >= m.left && col <= m.right) return m;
      return null;
    }
    if (!this.root) return null;
    const segments = this.segments(row);
    let lo = 0;
    let hi = segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = segments[mid];
      if (col < s.left) hi = mid - 1;
      else if (col > s.right) lo = mid + 1;
      else return s.merge;
    }
    return null;
  }
}
