/**
 * What every memory proxy shares with an Office.js ClientObject: properties are readable only
 * once loaded (or set) and synced, changes are statements queued on the context and applied at
 * sync, isNullObject is known only after a sync, and each proxy is an object path of the request
 * office.js would send (requestSize.ts), so a batch's size can be told.
 */
import type { MemoryContext } from './context';
import { propertyNotLoaded } from './errors';
import type { ObjectPath, PathType, RequestAction } from './requestSize';
import type { SheetState } from './sheetState';

export interface StatementOptions {
  /** The ExcelApi set the statement needs; below it the sync fails with ApiNotFound. */
  requires?: string;
  /** The statement changes the workbook (counts towards undo steps, refused on a protected sheet). */
  writes?: boolean;
  /** Arguments of a method call, as office.js sends them. */
  args?: readonly unknown[];
  /** Not undoable in Excel (Worksheet.visibility): refused inside an undo group. */
  notUndoable?: boolean;
  /**
   * No action of its own on the wire: a method whose result is an object path (office.js sends
   * the path with its Instantiate action, already counted with the proxy).
   */
  pathOnly?: boolean;
}

/** 'values' -> 'Values': office.js names members in PascalCase on the wire. */
export function wireName(member: string): string {
  return member.charAt(0).toUpperCase() + member.slice(1);
}

/** `'values, formulas'` or `['values']` -> trimmed names; nothing -> the given defaults. */
export function loadNames(names: string | string[] | undefined, all: readonly string[]): string[] {
  if (names === undefined) return [...all];
  const list = Array.isArray(names) ? names : names.split(',');
  return list.map((n) => n.trim()).filter((n) => n !== '');
}

export abstract class ProxyBase {
  private readonly known = new Map<string, unknown>();
  private readonly bornAt: number;
  readonly path: ObjectPath;

  protected constructor(
    protected readonly ctx: MemoryContext,
    protected readonly typeName: string,
    /** The proxy this one was reached from (null: the workbook itself). */
    parent: ProxyBase | ObjectPath | null,
    pathType: PathType,
    /** The member that reached it (a method's or property's name; '' for an indexer). */
    member: string,
    args?: readonly unknown[],
    /** The sheet whose cells its changes touch (protection applies). */
    protected readonly sheetOfCells?: () => SheetState,
  ) {
    this.bornAt = ctx.epoch;
    const parentPath = parent instanceof ProxyBase ? parent.path : parent;
    this.path = ctx.objectPath(parentPath, pathType, member, args);
  }

  /** A loaded or set property; PropertyNotLoaded otherwise, as Office.js throws. */
  protected read<T>(property: string): T {
    if (!this.known.has(property)) throw propertyNotLoaded(this.typeName, property);
    return this.known.get(property) as T;
  }

  protected remember(property: string, value: unknown): void {
    this.known.set(property, value);
  }

  /** Queues a method call (ActionType 3). */
  protected queue(member: string, run: () => void, options: StatementOptions = {}): void {
    const action: RequestAction | null = options.pathOnly
      ? null
      : { path: this.path, type: 3, name: wireName(member), args: options.args ?? [] };
    this.enqueue(member, run, action, options);
  }

  /** Queues a load (a query action) of `names`. */
  protected queueLoad(names: readonly string[], run: () => void, options: StatementOptions = {}) {
    this.enqueue('load', run, { path: this.path, type: 2, name: '', select: names }, options);
  }

  private enqueue(
    member: string,
    run: () => void,
    action: RequestAction | null,
    options: StatementOptions,
  ): void {
    this.ctx.enqueue({
      location: `${this.typeName}.${member}`,
      run,
      action,
      requires: options.requires,
      writes: options.writes,
      notUndoable: options.notUndoable,
      sheet: options.writes ? this.sheetOfCells : undefined,
    });
  }

  /** Queues a property assignment and keeps the value readable on the proxy, as Office.js does. */
  protected assign(
    property: string,
    value: unknown,
    apply: () => void,
    options: StatementOptions = {},
  ): void {
    this.remember(property, value);
    const action: RequestAction = {
      path: this.path,
      type: 4,
      name: wireName(property),
      args: [value],
    };
    this.enqueue(property, apply, action, { writes: true, ...options });
  }

  get isNullObject(): boolean {
    if (this.ctx.epoch <= this.bornAt) throw propertyNotLoaded(this.typeName, 'isNullObject');
    return this.isNull();
  }

  /** Overridden by the *OrNullObject results. */
  protected isNull(): boolean {
    return false;
  }
}
