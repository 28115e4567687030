/**
 * The files of `check` spread over worker processes (both cores), each file within a time and
 * memory budget: a worker that runs past either, or dies, is ended and replaced, and only its
 * file gets a row saying so (文件过大或结构异常); every other file keeps its result.
 */
import { fork } from 'child_process';
import type { ChildProcess } from 'child_process';
import { readFileSync } from 'fs';
import { availableParallelism } from 'os';
import { join } from 'path';
import type { FileJob, FileOutcome } from './checkFile';
import type { WorkerReply } from './checkWorker';

export interface PoolOptions {
  /** Worker processes at once (default: the cores, at most 2 files' worth of memory each). */
  workers?: number;
  /** Per file, from the moment it is handed to a ready worker: CPU time where it can be read. */
  timeLimitMs?: number;
  /** Per worker: its resident memory is watched, and V8's heap capped below it. */
  memoryLimitMb?: number;
  /** A fresh worker per file (the bench measures each file's own peak memory). */
  freshWorkerPerFile?: boolean;
}

export interface PoolResult {
  outcome: FileOutcome;
  /** Peak resident memory of the worker while (or before) it read this file, bytes. */
  peakRss: number;
  ms: number;
}

/** The budget of issue 13: every file up to 50 MB within 10 s and 1 GB. */
export const FILE_TIME_LIMIT_MS = 10_000;
export const FILE_MEMORY_LIMIT_MB = 1024;
/** Heap left to V8 inside the memory limit (the rest: buffers, code, the young generation). */
const HEAP_SHARE = 0.7;
const WATCH_INTERVAL_MS = 100;
/**
 * The time limit counts the worker's CPU time where /proc tells it (a machine busy with other
 * work must not make a sound file fail); wall-clock time ends a file at this many times it.
 */
const WALL_CLOCK_FACTOR = 6;
const START_LIMIT_MS = 60_000;
/** A worker that has grown this much is replaced between files (no fragmentation carried on). */
const RECYCLE_RSS = 512 * 1024 * 1024;

function workerEntry(): { file: string; execArgv: string[] } {
  // Run from the TypeScript sources (tests, scripts) or from the build (the installed CLI).
  if (__filename.endsWith('.ts'))
    return {
      file: join(__dirname, 'checkWorker.ts'),
      execArgv: ['-r', 'ts-node/register/transpile-only'],
    };
  return { file: join(__dirname, 'checkWorker.js'), execArgv: [] };
}

interface ProcessStats {
  rss: number;
  cpuMs: number;
}

/** Resident memory and CPU time of a process (Linux /proc); null where they cannot be read. */
function processStats(pid: number): ProcessStats | null {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name `(…)`: utime and stime are the 12th and 13th, in ticks.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    if (!Number.isFinite(pages) || !Number.isFinite(ticks)) return null;
    return { rss: pages * 4096, cpuMs: ticks * 10 };
  } catch {
    return null;
  }
}

interface Running {
  index: number;
  started: number;
  timer: NodeJS.Timeout;
  watch: NodeJS.Timeout;
  peak: number;
}

class Worker {
  private child: ChildProcess | null = null;
  private ready: Promise<void> | null = null;
  private running: Running | null = null;
  private finish: ((result: PoolResult) => void) | null = null;
  private exited = false;

  constructor(private readonly options: Required<PoolOptions>) {}

  private start(): Promise<void> {
    const entry = workerEntry();
    const heapMb = Math.floor(this.options.memoryLimitMb * HEAP_SHARE);
    const child = fork(entry.file, [], {
      execArgv: [...entry.execArgv, `--max-old-space-size=${heapMb}`],
      // A worker's own output (V8's out-of-memory report) never reaches the user's terminal.
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      serialization: 'advanced',
    });
    this.child = child;
    this.exited = false;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('worker did not start')), START_LIMIT_MS);
      child.on('message', (message: WorkerReply | { ready: true }) => {
        if ('ready' in message) {
          clearTimeout(timer);
          resolve();
        } else this.done(message.outcome, message.maxRss);
      });
      child.on('exit', () => {
        clearTimeout(timer);
        this.exited = true;
        this.child = null;
        this.ready = null;
        reject(new Error('worker exited'));
        this.done(null, 0);
      });
      child.on('error', () => undefined);
    });
  }

  private done(outcome: FileOutcome | null, maxRss: number): void {
    const running = this.running;
    const finish = this.finish;
    if (!running || !finish) return;
    clearTimeout(running.timer);
    clearInterval(running.watch);
    this.running = null;
    this.finish = null;
    const peak = Math.max(running.peak, maxRss);
    finish({
      outcome: outcome ?? { kind: 'refused', file: '', problem: 'crashed' },
      peakRss: peak,
      ms: Date.now() - running.started,
    });
  }

  private kill(): void {
    this.child?.kill('SIGKILL');
  }

  async run(job: FileJob, index: number, attempt = 0): Promise<PoolResult> {
    if (!this.child || this.exited) this.ready = null;
    this.ready ??= this.start();
    try {
      await this.ready;
    } catch {
      this.kill();
      return this.failedToStart(job);
    }
    const child = this.child;
    // A worker that ended while idle: started again for this file (twice at most).
    if (!child) return attempt < 2 ? this.run(job, index, attempt + 1) : this.failedToStart(job);
    const limitBytes = this.options.memoryLimitMb * 1024 * 1024;
    const stats = () => (child.pid === undefined ? null : processStats(child.pid));
    const cpuAtStart = stats()?.cpuMs ?? null;
    const wallLimit = this.options.timeLimitMs * (cpuAtStart === null ? 1 : WALL_CLOCK_FACTOR);
    const result = await new Promise<PoolResult>((resolve) => {
      this.finish = resolve;
      const running: Running = {
        index,
        started: Date.now(),
        peak: 0,
        timer: setTimeout(() => this.kill(), wallLimit),
        watch: setInterval(() => {
          const now = stats();
          if (now === null) return;
          running.peak = Math.max(running.peak, now.rss);
          if (now.rss > limitBytes) this.kill();
          if (cpuAtStart !== null && now.cpuMs - cpuAtStart > this.options.timeLimitMs) this.kill();
        }, WATCH_INTERVAL_MS),
      };
      this.running = running;
      try {
        child.send(job);
      } catch {
        // The worker died between starting and this file.
        this.kill();
        this.done(null, 0);
      }
    });
    if (result.outcome.kind === 'refused' && result.outcome.file === '')
      result.outcome = { kind: 'refused', file: job.path, problem: 'crashed' };
    if (this.options.freshWorkerPerFile || result.peakRss > RECYCLE_RSS) this.stop();
    return result;
  }

  private failedToStart(job: FileJob): PoolResult {
    return {
      outcome: { kind: 'refused', file: job.path, problem: 'internal', code: 'worker' },
      peakRss: 0,
      ms: 0,
    };
  }

  stop(): void {
    const child = this.child;
    this.child = null;
    this.ready = null;
    if (child && !this.exited) {
      child.removeAllListeners('exit');
      child.on('exit', () => undefined);
      child.disconnect();
      // A worker still busy when told to stop does not linger.
      setTimeout(() => child.kill('SIGKILL'), 2000).unref();
    }
  }
}

export async function checkFiles(
  jobs: readonly FileJob[],
  options: PoolOptions = {},
  onDone?: (index: number, result: PoolResult) => void,
  onStart?: (index: number) => void,
): Promise<PoolResult[]> {
  const resolved: Required<PoolOptions> = {
    workers: options.workers ?? Math.min(2, availableParallelism()),
    timeLimitMs: options.timeLimitMs ?? FILE_TIME_LIMIT_MS,
    memoryLimitMb: options.memoryLimitMb ?? FILE_MEMORY_LIMIT_MB,
    freshWorkerPerFile: options.freshWorkerPerFile ?? false,
  };
  const results: PoolResult[] = new Array<PoolResult>(jobs.length);
  let next = 0;
  const workers = Array.from(
    { length: Math.max(1, Math.min(resolved.workers, jobs.length)) },
    () => new Worker(resolved),
  );
  await Promise.all(
    workers.map(async (worker) => {
      try {
        while (next < jobs.length) {
          const index = next++;
          onStart?.(index);
          results[index] = await worker.run(jobs[index], index);
          onDone?.(index, results[index]);
        }
      } finally {
        worker.stop();
      }
    }),
  );
  return results;
}
