/**
 * What every memory proxy shares with an Office.js ClientObject: properties are readable only
 * once loaded (or set) and synced, changes are statements queued on the context and applied at
 * sync, and isNullObject is known only after a sync.
 */
import type { MemoryContext } from './context';
import { propertyNotLoaded } from './errors';

export interface StatementOptions {
  /** The ExcelApi set the statement needs; below it the sync fails with ApiNotFound. */
  requires?: string;
  /** The statement changes the workbook (counts towards undo steps). */
  writes?: boolean;
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

  protected constructor(
    protected readonly ctx: MemoryContext,
    protected readonly typeName: string,
  ) {
    this.bornAt = ctx.epoch;
  }

  /** A loaded or set property; PropertyNotLoaded otherwise, as Office.js throws. */
  protected read<T>(property: string): T {
    if (!this.known.has(property)) throw propertyNotLoaded(this.typeName, property);
    return this.known.get(property) as T;
  }

  protected remember(property: string, value: unknown): void {
    this.known.set(property, value);
  }

  protected queue(member: string, run: () => void, options: StatementOptions = {}): void {
    this.ctx.enqueue({ location: `${this.typeName}.${member}`, run, ...options });
  }

  /** Queues a property assignment and keeps the value readable on the proxy, as Office.js does. */
  protected assign(
    property: string,
    value: unknown,
    apply: () => void,
    options: StatementOptions = {},
  ): void {
    this.remember(property, value);
    this.queue(property, apply, { writes: true, ...options });
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
