/** PageLayout (ExcelApi 1.9), its header/footer and the horizontal page breaks. */
import { LAST_COL, parseRangeRef } from '../excel/addresses';
import type {
  ExcelHeaderFooter,
  ExcelHeaderFooterGroup,
  ExcelPageBreakCollection,
  ExcelPageLayout,
} from '../excel/api';
import type { MemoryContext } from './context';
import { invalidArgument } from './errors';
import { ProxyBase } from './proxyBase';
import type { ObjectPath } from './requestSize';
import type { PageLayoutState, SheetState } from './sheetState';

const PAGE_SETUP = '1.9';

type LayoutKey = Exclude<keyof PageLayoutState, 'printArea' | 'printTitleRows' | 'centerFooter'>;

class MemoryHeaderFooter extends ProxyBase implements ExcelHeaderFooter {
  constructor(
    ctx: MemoryContext,
    parent: ObjectPath,
    private readonly sheetOf: () => SheetState,
  ) {
    super(ctx, 'HeaderFooter', parent, 4, 'defaultForAllPages', undefined, sheetOf);
  }
  get centerFooter(): string {
    return this.read('centerFooter');
  }
  set centerFooter(text: string) {
    this.assign(
      'centerFooter',
      text,
      () => {
        this.sheetOf().pageLayout.centerFooter = text;
      },
      { requires: PAGE_SETUP },
    );
  }
}

export class MemoryPageLayout extends ProxyBase implements ExcelPageLayout {
  private group?: ExcelHeaderFooterGroup;

  constructor(
    ctx: MemoryContext,
    parent: ProxyBase,
    private readonly sheetOf: () => SheetState,
  ) {
    super(ctx, 'PageLayout', parent, 4, 'pageLayout', undefined, sheetOf);
  }

  private setting<K extends LayoutKey>(key: K, value: NonNullable<PageLayoutState[K]>): void {
    this.assign(
      key,
      value,
      () => {
        this.sheetOf().pageLayout[key] = value;
      },
      { requires: PAGE_SETUP },
    );
  }

  get orientation(): ExcelPageLayout['orientation'] {
    return this.read('orientation');
  }
  set orientation(value: ExcelPageLayout['orientation']) {
    this.setting('orientation', value);
  }
  get paperSize(): ExcelPageLayout['paperSize'] {
    return this.read('paperSize');
  }
  set paperSize(value: ExcelPageLayout['paperSize']) {
    this.setting('paperSize', value);
  }
  get zoom(): ExcelPageLayout['zoom'] {
    return this.read('zoom');
  }
  /**
   * Excel keeps the "adjust to %" scale while fit-to-pages is on (Page Setup shows both), so a
   * later assignment merges into the earlier one rather than forgetting it.
   */
  set zoom(value: ExcelPageLayout['zoom']) {
    this.assign(
      'zoom',
      { ...value },
      () => {
        const layout = this.sheetOf().pageLayout;
        layout.zoom = { ...layout.zoom, ...value };
      },
      { requires: PAGE_SETUP },
    );
  }
  get centerHorizontally(): boolean {
    return this.read('centerHorizontally');
  }
  set centerHorizontally(value: boolean) {
    this.setting('centerHorizontally', value);
  }
  get blackAndWhite(): boolean {
    return this.read('blackAndWhite');
  }
  set blackAndWhite(value: boolean) {
    this.setting('blackAndWhite', value);
  }
  get leftMargin(): number {
    return this.read('leftMargin');
  }
  set leftMargin(value: number) {
    this.setting('leftMargin', value);
  }
  get rightMargin(): number {
    return this.read('rightMargin');
  }
  set rightMargin(value: number) {
    this.setting('rightMargin', value);
  }
  get topMargin(): number {
    return this.read('topMargin');
  }
  set topMargin(value: number) {
    this.setting('topMargin', value);
  }
  get bottomMargin(): number {
    return this.read('bottomMargin');
  }
  set bottomMargin(value: number) {
    this.setting('bottomMargin', value);
  }
  get headerMargin(): number {
    return this.read('headerMargin');
  }
  set headerMargin(value: number) {
    this.setting('headerMargin', value);
  }
  get footerMargin(): number {
    return this.read('footerMargin');
  }
  set footerMargin(value: number) {
    this.setting('footerMargin', value);
  }

  get headersFooters(): ExcelHeaderFooterGroup {
    if (!this.group) {
      const path = this.ctx.objectPath(this.path, 4, 'headersFooters');
      this.group = { defaultForAllPages: new MemoryHeaderFooter(this.ctx, path, this.sheetOf) };
    }
    return this.group;
  }

  setPrintArea(printArea: string): void {
    this.queue(
      'setPrintArea',
      () => {
        if (!parseRangeRef(printArea)) throw invalidArgument('PageLayout.setPrintArea', printArea);
        this.sheetOf().pageLayout.printArea = printArea;
      },
      { requires: PAGE_SETUP, writes: true, args: [printArea] },
    );
  }

  setPrintTitleRows(printTitleRows: string): void {
    this.queue(
      'setPrintTitleRows',
      () => {
        const box = parseRangeRef(printTitleRows);
        // Title rows are whole rows (`$1:$3`).
        if (!box || box.left !== 0 || box.right !== LAST_COL) {
          throw invalidArgument('PageLayout.setPrintTitleRows', printTitleRows);
        }
        this.sheetOf().pageLayout.printTitleRows = printTitleRows;
      },
      { requires: PAGE_SETUP, writes: true, args: [printTitleRows] },
    );
  }
}

export class MemoryPageBreaks extends ProxyBase implements ExcelPageBreakCollection {
  constructor(
    ctx: MemoryContext,
    parent: ProxyBase,
    private readonly sheetOf: () => SheetState,
  ) {
    super(ctx, 'PageBreakCollection', parent, 4, 'horizontalPageBreaks', undefined, sheetOf);
  }

  /** A break before the range's first row. */
  add(pageBreakRange: string): void {
    this.queue(
      'add',
      () => {
        const box = parseRangeRef(pageBreakRange);
        if (!box) throw invalidArgument('PageBreakCollection.add', pageBreakRange);
        const breaks = this.sheetOf().rowBreaks;
        if (!breaks.includes(box.top)) breaks.push(box.top);
        breaks.sort((a, b) => a - b);
      },
      { requires: PAGE_SETUP, writes: true, args: [pageBreakRange] },
    );
  }
}
