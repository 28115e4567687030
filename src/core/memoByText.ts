/**
 * A pure function of a label's text, remembered: a workbook's forms come from one template, so
 * the same level labels and column headers are read on every sheet. Bounded: past `limit`
 * distinct texts it starts afresh. The values are shared, so they are frozen.
 */
export function memoByText<T extends object | string>(
  compute: (text: string) => T,
  limit = 4096,
): (text: string) => T {
  const seen = new Map<string, T>();
  return (text: string): T => {
    const known = seen.get(text);
    if (known !== undefined) return known;
    const value = compute(text);
    if (seen.size >= limit) seen.clear();
    seen.set(text, typeof value === 'object' ? Object.freeze(value) : value);
    return value;
  };
}
