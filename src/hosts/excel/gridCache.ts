/**
 * The form sheets' grids as the watch last saw them, by sheet id (an id survives a rename), in
 * workbook order. An edit replaces one grid and the evaluation runs on all of them, so the other
 * forms cost no round trip; the add-in's own writes are patched in, so the next evaluation sees
 * the workbook as it is and does not write them again.
 */
import type { SheetGrid } from '../../core/grid';
import type { CellWrite } from '../../core/writes';

export class GridCache {
  /** Form sheets, workbook order. */
  private forms: { id: string; grid: SheetGrid }[] = [];
  /** Every sheet id the last full read saw (forms or not): a new id means a sheet was added. */
  private known = new Set<string>();

  get filled(): boolean {
    return this.known.size > 0;
  }

  /** After a full read: `ids[i]` is the id of the sheet named `names[i]`. */
  reset(grids: readonly SheetGrid[], names: readonly string[], ids: readonly string[]): void {
    const idOf = new Map(names.map((name, i) => [name, ids[i]]));
    this.known = new Set(ids);
    this.forms = grids.flatMap((grid) => {
      const id = idOf.get(grid.name);
      return id === undefined ? [] : [{ id, grid }];
    });
  }

  clear(): void {
    this.forms = [];
    this.known.clear();
  }

  isForm(id: string): boolean {
    return this.forms.some((f) => f.id === id);
  }

  formIds(): string[] {
    return this.forms.map((f) => f.id);
  }

  /** Every sheet the last full read saw, forms or not. */
  knownIds(): string[] {
    return [...this.known];
  }

  knows(id: string): boolean {
    return this.known.has(id);
  }

  idOfName(name: string): string | undefined {
    return this.forms.find((f) => f.grid.name === name)?.id;
  }

  grids(): SheetGrid[] {
    return this.forms.map((f) => f.grid);
  }

  /** A form sheet re-read after an edit (its name as read then). */
  replace(id: string, grid: SheetGrid): void {
    const entry = this.forms.find((f) => f.id === id);
    if (entry) entry.grid = grid;
  }

  /** The sheet is no form any more (cleared), or was deleted. */
  drop(id: string): void {
    this.forms = this.forms.filter((f) => f.id !== id);
  }

  forget(id: string): void {
    this.drop(id);
    this.known.delete(id);
  }

  rename(id: string, name: string): void {
    const entry = this.forms.find((f) => f.id === id);
    if (entry && entry.grid.name !== name) entry.grid = { ...entry.grid, name };
  }

  /** The derived cells just written, as Excel now holds them. */
  apply(writes: readonly CellWrite[]): void {
    for (const w of writes) {
      const grid = this.forms.find((f) => f.grid.name === w.sheet)?.grid;
      if (!grid) continue;
      setAt(grid.values, w.row, w.col, w.value);
      if (w.numberFormat !== undefined && grid.numberFormats) {
        setAt(
          grid.numberFormats,
          w.row,
          w.col,
          w.numberFormat === 'General' ? null : w.numberFormat,
        );
      }
      if (grid.formulas?.[w.row]?.[w.col]) grid.formulas[w.row][w.col] = null;
    }
  }
}

function setAt<T>(rows: (T | null)[][], row: number, col: number, value: T | null): void {
  while (rows.length <= row) rows.push([]);
  const line = rows[row] ?? (rows[row] = []);
  while (line.length < col) line.push(null);
  line[col] = value;
}
