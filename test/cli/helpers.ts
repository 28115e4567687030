/** The CLI's output captured line by line, as the tests of issue #6 do. */
import type { CliIo } from '../../src/cli/check';

export function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const progress: string[] = [];
  const io: CliIo = {
    out: (t: string) => out.push(t),
    err: (t: string) => err.push(t),
    progress: (t: string) => progress.push(t),
  };
  return { io, out, err, progress };
}
