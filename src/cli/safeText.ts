/**
 * Text from a file, made safe to print: a cell, sheet or file name must not move the cursor,
 * clear the screen, hide text or start a new report line. Control characters (C0, DEL, C1, ESC
 * included) and the bidirectional overrides show as visible escapes (`\x1B`, `\u202E`); a
 * line break inside a value shows as `\n`. Printable text, spaces and quotes stay as typed.
 */

const UNSAFE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escaped(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
    : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Characters of one printed line at most: a 1,000,000-digit cell prints its start. */
export const MAX_LINE = 1000;

export function safeText(text: string, max = Infinity): string {
  const clean = text.replace(UNSAFE, escaped);
  if (clean.length <= max) return clean;
  return `${clean.slice(0, max)}…（共 ${clean.length} 字）`;
}

/** Lines of a report, each made safe (a line break inside one came from a value) and joined. */
export function safeLines(lines: readonly string[]): string {
  return lines.map((line) => safeText(line, MAX_LINE)).join('\n');
}
