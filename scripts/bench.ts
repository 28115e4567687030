/**
 * `npm run bench`: evaluate() on a generated workbook of 附件1 + 附件2 + 200 附件3 with 30
 * indicator rows each. Prints the median time and the cells evaluated per millisecond.
 * Budget (DESIGN / issue 2): median ≤ 50 ms on the CI machine.
 * Also printed, to compare figures taken on machines of different speed: the first (cold) run,
 * the median of the later runs (the JIT warmed up), the process CPU time per run, the machine.
 */
import { cpus } from 'os';
import { performance } from 'perf_hooks';
import { evaluate } from '../src/core';
import { PROJECTS, ROWS_PER_PROJECT, benchGrids } from './benchGrids';

const RUNS = 21;
/** Runs from this one on count as warm (V8 has optimized the hot functions by then). */
const WARM_FROM = 11;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function main(): void {
  const grids = benchGrids();
  const cells = grids.reduce((n, g) => n + g.values.reduce((m, r) => m + r.length, 0), 0);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let flags = 0;
  for (let i = 0; i < RUNS; i++) {
    const cpuStart = cpuMs();
    const start = performance.now();
    const result = evaluate(grids);
    times.push(performance.now() - start);
    cpuTimes.push(cpuMs() - cpuStart);
    flags = result.flags.length;
  }
  const mid = median(times);
  const rows = grids.reduce((n, g) => n + g.values.length, 0);
  const cpu = cpus();
  console.log(
    `evaluate: ${grids.length} sheets (附件1 + 附件2 + ${PROJECTS} 附件3 × ${ROWS_PER_PROJECT} indicator rows)`,
  );
  console.log(`  ${rows} rows, ${cells} cells, ${flags} flags`);
  console.log(
    `  median ${mid.toFixed(1)} ms over ${RUNS} runs (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`,
  );
  console.log(
    `  ${(cells / mid).toFixed(0)} cells/ms   budget ≤ 50 ms: ${mid <= 50 ? 'OK' : 'OVER'}`,
  );
  console.log(
    `  first run ${times[0].toFixed(1)} ms; runs ${WARM_FROM}–${RUNS} median ${median(times.slice(WARM_FROM - 1)).toFixed(1)} ms; ` +
      `process CPU per run median ${median(cpuTimes).toFixed(1)} ms (garbage collection and compiling threads included)`,
  );
  const speed = cpu[0]?.speed ? ` at ${cpu[0].speed} MHz` : '';
  console.log(
    `  machine: ${cpu.length} × ${cpu[0]?.model ?? '?'}${speed}, Node ${process.version}`,
  );
}

main();
