/**
 * What a memory workbook holds, as a test or a preview reads it without a round trip: its
 * sheets, the active sheet and the selection, cells' values and formats, each sheet's layout.
 */
import type { MergeRange, SheetGrid } from '../../core/grid';
import { parseRangeRef, rangeA1 } from '../excel/addresses';
import type { OfficeCellValue } from '../excel/api';
import { MemoryBookMeasures } from './bookMeasures';
import { sheetToGrid } from './grids';
import type {
  CellFormat,
  ConditionalFormatState,
  PageLayoutState,
  SheetState,
  ValidationState,
} from './sheetState';

/** Everything about one sheet a test or a preview may look at. */
export interface SheetInspection {
  name: string;
  id: string;
  merges: MergeRange[];
  /** Points, by 0-based column / row. */
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  validations: ValidationState[];
  pageLayout: PageLayoutState;
  /** 0-based rows a printed page starts at. */
  rowBreaks: number[];
  conditionalFormats: ConditionalFormatState[];
}

export abstract class MemoryBookContents extends MemoryBookMeasures {
  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }
  get activeSheet(): string | null {
    return this.state.activeSheet?.name ?? null;
  }
  get selection(): { sheet: string; address: string } | null {
    const sel = this.state.selection;
    return sel ? { sheet: sel.sheet.name, address: rangeA1(sel.box) } : null;
  }

  protected sheet(name: string): SheetState {
    const sheet = this.state.find(name);
    if (!sheet) throw new Error(`MemoryWorkbook: no sheet named ${name}`);
    return sheet;
  }

  protected cellAt(
    sheet: string,
    address: string,
  ): { state: SheetState; row: number; col: number } {
    const box = parseRangeRef(address);
    if (!box) throw new Error(`MemoryWorkbook: bad address ${address}`);
    return { state: this.sheet(sheet), row: box.top, col: box.left };
  }

  toGrids(): SheetGrid[] {
    return this.state.sheets.map(sheetToGrid);
  }
  toGrid(sheet: string): SheetGrid {
    return sheetToGrid(this.sheet(sheet));
  }

  /** The cell's value as Office.js reads it ('' when empty). */
  value(sheet: string, address: string): OfficeCellValue {
    const { state, row, col } = this.cellAt(sheet, address);
    return state.value(row, col);
  }
  numberFormat(sheet: string, address: string): string {
    const { state, row, col } = this.cellAt(sheet, address);
    return state.numberFormat(row, col);
  }
  cellFormat(sheet: string, address: string): CellFormat {
    const { state, row, col } = this.cellAt(sheet, address);
    return { ...state.cell(row, col)?.format };
  }

  inspect(sheet: string): SheetInspection {
    const s = this.sheet(sheet);
    return {
      name: s.name,
      id: s.id,
      merges: s.merges.map((m) => ({ ...m })),
      columnWidths: new Map(s.columnWidths),
      rowHeights: new Map(s.rowHeights),
      validations: s.validations.map((v) => ({ ...v, range: { ...v.range } })),
      pageLayout: { ...s.pageLayout },
      rowBreaks: [...s.rowBreaks],
      conditionalFormats: s.conditionalFormats.map((cf) => ({ ...cf, range: { ...cf.range } })),
    };
  }
}
