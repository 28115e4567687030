/**
 * `npm run bench`: evaluate() on a generated workbook of 附件1 + 附件2 + 200 附件3 with 30
 * indicator rows each. Prints the median time and the cells evaluated per millisecond.
 * Budget (DESIGN / issue 2): median ≤ 50 ms on the CI machine.
 */
import { performance } from 'perf_hooks';
import { evaluate } from '../src/core';
import { PROJECTS, ROWS_PER_PROJECT, benchGrids } from './benchGrids';

const RUNS = 21;

function main(): void {
  const grids = benchGrids();
  const cells = grids.reduce((n, g) => n + g.values.reduce((m, r) => m + r.length, 0), 0);
  const times: number[] = [];
  let flags = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const result = evaluate(grids);
    times.push(performance.now() - start);
    flags = result.flags.length;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const rows = grids.reduce((n, g) => n + g.values.length, 0);
  console.log(
    `evaluate: ${grids.length} sheets (附件1 + 附件2 + ${PROJECTS} 附件3 × ${ROWS_PER_PROJECT} indicator rows)`,
  );
  console.log(`  ${rows} rows, ${cells} cells, ${flags} flags`);
  console.log(
    `  median ${median.toFixed(1)} ms over ${RUNS} runs (min ${times[0].toFixed(1)}, max ${times[times.length - 1].toFixed(1)})`,
  );
  console.log(
    `  ${(cells / median).toFixed(0)} cells/ms   budget ≤ 50 ms: ${median <= 50 ? 'OK' : 'OVER'}`,
  );
}

main();
