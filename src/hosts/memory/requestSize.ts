/**
 * How big a request office.js would send for a batch, estimated the way it serialises one (read
 * from @microsoft/office-js's `buildRequestMessageBodyAndRequestFlags` and checked against it in
 * test/hosts/requestSize.test.ts): a JSON body `{"Actions":[…],"ObjectPaths":{…}}` where every
 * proxy the batch touches is an object path, sent once per request with an Instantiate action
 * (its parents too), each property set, method call or load is an action, and each path's id is
 * listed once more in the "L" (last use) list of the action that last needs it. Excel on the web
 * refuses a request (and a response) over 5 MB.
 */

import { jsonBytes, utf8Bytes } from '../excel/requestSize';

export { jsonBytes };

/** Excel on the web's limit on a request's or a response's body. */
export const REQUEST_LIMIT_BYTES = 5_000_000;

/** office.js's ObjectPathType: the workbook root, a method's result, a property, an indexer. */
export type PathType = 1 | 3 | 4 | 5;
/** office.js's ActionType: a load, a method call, a property set. */
export type ActionType = 2 | 3 | 4;

/** A proxy's object path: made when the proxy is, with the context's next id. */
export class ObjectPath {
  /** Its JSON with the id left out: `"ObjectPathType":…` up to the closing brace. */
  private readonly tail: string;

  constructor(
    readonly id: number,
    readonly parent: ObjectPath | null,
    type: PathType,
    name: string,
    args?: readonly unknown[],
  ) {
    const parentPart = parent ? `,"ParentObjectPathId":${parent.id}` : '';
    const argPart = args ? `,"ArgumentInfo":{"Arguments":${JSON.stringify(args)}}` : '';
    this.tail = `"ObjectPathType":${type},"Name":${JSON.stringify(name)}${parentPart}${argPart}}`;
  }

  /** `"12":{"Id":12,…}` as the ObjectPaths map holds it. */
  entryBytes(): number {
    const id = String(this.id);
    return utf8Bytes(`"${id}":{"Id":${id},${this.tail}`);
  }
}

/** One action of a request: what a queued statement sends. */
export interface RequestAction {
  path: ObjectPath;
  type: ActionType;
  /** PascalCase member name ('' for a load). */
  name: string;
  args?: readonly unknown[];
  /** A load's property names. */
  select?: readonly string[];
}

const BODY_BYTES = utf8Bytes('{"Actions":[],"ObjectPaths":{}}');
const digits = (n: number): number => String(n).length;

function actionBytes(id: number, action: RequestAction): number {
  const head = `{"Id":${id},"ActionType":${action.type},"Name":${JSON.stringify(action.name)},"ObjectPathId":${action.path.id}`;
  const body =
    action.type === 2
      ? `,"QueryInfo":{"Select":${JSON.stringify(action.select ?? [])}}}`
      : `,"ArgumentInfo":{"Arguments":${JSON.stringify(action.args ?? [])}}}`;
  return utf8Bytes(head + body) + 1; // and its comma
}

/** `{"Id":n,"ActionType":1,"Name":"","ObjectPathId":p},` */
const instantiateBytes = (id: number, path: ObjectPath): number =>
  utf8Bytes(`{"Id":${id},"ActionType":1,"Name":"","ObjectPathId":${path.id}},`);

/** The request office.js would build for these actions, in bytes; `nextId` numbers its actions. */
export function requestBytes(actions: readonly RequestAction[], nextId: () => number): number {
  let bytes = BODY_BYTES;
  const sent = new Set<ObjectPath>();
  const lastUse = new Map<ObjectPath, number>();
  actions.forEach((action, index) => {
    const chain: ObjectPath[] = [];
    for (let p: ObjectPath | null = action.path; p && !sent.has(p); p = p.parent) chain.unshift(p);
    for (const p of chain) {
      sent.add(p);
      bytes += p.entryBytes() + 1 + instantiateBytes(nextId(), p);
    }
    bytes += actionBytes(nextId(), action);
    for (let p: ObjectPath | null = action.path; p; p = p.parent) lastUse.set(p, index);
  });
  // "L":[…] on the action that last uses each path: its id and a comma, and the key once per list.
  const lists = new Set(lastUse.values());
  for (const p of lastUse.keys()) bytes += digits(p.id) + 1;
  return bytes + lists.size * 6;
}
