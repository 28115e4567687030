/**
 * `npm run bench:hostile` (part of `npm run bench`): the hostile set of issue 13, made at full
 * size, each file checked by the built CLI's worker in a fresh process: its time (from the file
 * handed to a ready worker to its result) and the worker's peak resident memory, against the
 * budget of 10 s and 1 GB; then the whole set as one folder through `selfeval check`.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type * as Pool from '../src/cli/checkPool';
import { HOSTILE_FILES } from './hostile/files';

const BUDGET_MS = 10_000;
const BUDGET_BYTES = 1024 ** 3;

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...text].length));
}

async function benchHostile(): Promise<void> {
  // The built worker (plain JavaScript), as `selfeval` runs it: `npm run build:cli` first.
  const pool = (await import(join(__dirname, '..', 'build', 'cli', 'checkPool.js'))) as typeof Pool;
  const dir = mkdtempSync(join(tmpdir(), 'selfeval-bench-hostile-'));
  try {
    console.log('恶意与异常输入（issue 13）：每个文件单独一个检查进程；预算 10 s、1 GB');
    console.log(
      `${pad('文件', 28)}${pad('大小', 10)}${pad('用时', 9)}${pad('峰值内存', 10)}${pad('结果', 14)}修复前（issue 13 所测）`,
    );
    let over = 0;
    for (const file of HOSTILE_FILES) {
      const path = join(dir, file.name);
      writeFileSync(path, await file.build());
      const [result] = await pool.checkFiles([{ path }], { freshWorkerPerFile: true });
      const outcome = result.outcome;
      const said = outcome.kind === 'checked' ? `${outcome.forms.length} 张表` : outcome.problem;
      const size = `${(statSync(path).size / 1024 / 1024).toFixed(1)} MB`;
      const peak = `${(result.peakRss / 1024 / 1024).toFixed(0)} MB`;
      const within = result.ms <= BUDGET_MS && result.peakRss <= BUDGET_BYTES;
      if (!within) over += 1;
      console.log(
        `${pad(file.name, 28)}${pad(size, 10)}${pad(`${(result.ms / 1000).toFixed(2)} s`, 9)}${pad(peak, 10)}${pad(said, 14)}${file.before ?? ''}${within ? '' : '  【超出预算】'}`,
      );
    }
    const started = Date.now();
    try {
      execFileSync(
        'node',
        [
          join(__dirname, '..', 'bin', 'selfeval.js'),
          'check',
          dir,
          '--csv',
          join(dir, 'table.csv'),
        ],
        {
          stdio: 'ignore',
        },
      );
    } catch {
      // exit 2: some files are refused, as they should be
    }
    console.log(
      `整个文件夹（${HOSTILE_FILES.length - 1} 个文件，两个检查进程）：${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    if (over > 0) console.log(`${over} 个文件超出预算`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

benchHostile().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
