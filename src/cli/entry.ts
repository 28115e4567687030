/**
 * The `selfeval` process: runs main, prints one zh-CN line for anything unexpected (never a
 * stack trace), and exits only once stdout and stderr are drained, so `--json` piped into
 * another program arrives whole however long it is.
 */
import { main } from './main';

/** Resolves once everything written to the stream has been handed to the system. */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
}

export async function runProcess(argv: string[]): Promise<void> {
  // `selfeval … | head`: a reader that closed the pipe early is not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    });
  }
  try {
    process.exitCode = await main(argv);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    process.stderr.write(`selfeval：意外错误（${why}）\n`);
    process.exitCode = 2;
  }
  await Promise.all([drained(process.stdout), drained(process.stderr)]);
  process.exit(process.exitCode);
}

if (require.main === module) void runProcess(process.argv.slice(2));
