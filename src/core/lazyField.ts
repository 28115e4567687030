/**
 * A field computed on its first read, then an ordinary data field. An own enumerable property, so
 * JSON.stringify, structured clone (postMessage), spread and toEqual read it like any other: only
 * an evaluation nobody looks at skips the work. For summary parts that cost more to build than
 * the checks that produce them (the level tree and indicator rows of 200 附件3).
 */
export function lazyField<T extends object, K extends keyof T>(
  target: T,
  key: K,
  compute: () => T[K],
): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get(this: T): T[K] {
      const value = compute();
      Object.defineProperty(this, key, { value, enumerable: true, writable: true });
      return value;
    },
    set(this: T, value: T[K]): void {
      Object.defineProperty(this, key, { value, enumerable: true, writable: true });
    },
  });
}

/** A shallow copy that keeps lazy fields lazy (a spread would compute them). */
export function copyFields<T extends object>(source: T): T {
  return Object.defineProperties({}, Object.getOwnPropertyDescriptors(source)) as T;
}
