/**
 * `selfeval check FOLDER` on 200 workbooks, as the finance bureau runs it on what units send:
 * 200 copies of the hand-made variant fixtures in a temp folder, checked with --csv. Prints the
 * time; the budget (issue #6) is 20 s for 200 files.
 *
 *   node -r ts-node/register/transpile-only scripts/bench-folder.ts [N]
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';
import { performance } from 'perf_hooks';
import { main } from '../src/cli/main';
import { makeFixtures } from './make-fixtures';

const BUDGET_MS = 20_000;

async function bench(count: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'selfeval-bench-folder-'));
  try {
    const sources = await makeFixtures(join(dir, 'sources'));
    const folder = join(dir, 'received');
    mkdirSync(folder);
    for (let i = 0; i < count; i++) {
      const source = sources[i % sources.length];
      copyFileSync(source, join(folder, `${String(i + 1).padStart(3, '0')}-${basename(source)}`));
    }
    const files = readdirSync(folder).length;
    let out = 0;
    const io = { out: (t: string) => (out += t.length), err: () => undefined };
    const start = performance.now();
    const exit = await main(['check', folder, '--csv', join(dir, 'table.csv')], io);
    const ms = performance.now() - start;
    console.log(`selfeval check: ${files} workbooks (${sources.length} hand-made variants)`);
    console.log(`  exit ${exit}, ${out} characters of report`);
    console.log(
      `  ${(ms / 1000).toFixed(2)} s, ${(ms / files).toFixed(1)} ms per file   budget ≤ ${BUDGET_MS / 1000} s: ${ms <= BUDGET_MS ? 'OK' : 'OVER'}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

bench(Number(process.argv[2] ?? 200)).catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
