/**
 * Requests under 4 MB (Excel on the web refuses 5 MB): what a batch will weigh, estimated before
 * it is queued, and the queueing that syncs whenever the next part would go over.
 *
 * office.js sends a batch as JSON: each object the batch touches is an object path (its id, type,
 * member name, parent and arguments) sent with an Instantiate action, and each property set,
 * method call or load is an action carrying its arguments (src/hosts/memory/requestSize.ts
 * models it, checked against office.js itself). The constants below are one of each with a
 * margin (the estimates run 15–25% over what office.js builds for the seed's forms:
 * test/hosts/requestSize.test.ts); the budget leaves a fifth of the limit for what they miss
 * (longer ids late in a long batch), and the bench measures every request against it.
 */
import type { ExcelContext } from './api';

/** Where a request is cut: a fifth under Excel on the web's 5 MB, for what estimates miss. */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/** An object path with its Instantiate action, besides its arguments' JSON. */
export const PATH_BYTES = 160;
/** A property set, method call or load, besides its arguments' JSON. */
export const ACTION_BYTES = 90;

/** Bytes of a string in UTF-8 (what goes over the wire), without TextEncoder (IE11). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of a value as JSON. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value ?? null));
}

/** An object path reached with these arguments (`getRange('A1:B2')`). */
export const pathBytes = (...args: unknown[]): number => PATH_BYTES + jsonBytes(args);

/** An action with these arguments (`values = [[1]]`: the value). */
export const actionBytes = (...args: unknown[]): number => ACTION_BYTES + jsonBytes(args);

/** Something to queue, and what it adds to the request. */
export interface RequestPart {
  bytes: number;
  queue(): void;
}

/**
 * Queues the parts in order, syncing first whenever the next one would take the request past
 * the budget (a part over the budget on its own still goes, alone). Leaves the last request
 * queued for the caller's sync; returns how many syncs it made.
 */
export async function queueWithinBudget(
  ctx: ExcelContext,
  parts: Iterable<RequestPart>,
  budget = REQUEST_BUDGET_BYTES,
): Promise<number> {
  let pending = 0;
  let syncs = 0;
  for (const part of parts) {
    if (pending > 0 && pending + part.bytes > budget) {
      await ctx.sync();
      syncs += 1;
      pending = 0;
    }
    part.queue();
    pending += part.bytes;
  }
  return syncs;
}
