/**
 * A field computed on its first read, then an ordinary data field. An own enumerable property, so
 * JSON.stringify, structured clone (postMessage) and toEqual read it like any other: only an
 * evaluation nobody looks at skips the work. For summary parts that cost more to build than the
 * checks that produce them (the per-indicator rows of 200 附件3).
 */
export function lazyField<T extends object, K extends keyof T>(
  target: T,
  key: K,
  compute: () => T[K],
): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get(): T[K] {
      const value = compute();
      Object.defineProperty(target, key, { value, enumerable: true, writable: true });
      return value;
    },
    set(value: T[K]): void {
      Object.defineProperty(target, key, { value, enumerable: true, writable: true });
    },
  });
}
