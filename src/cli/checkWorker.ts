/**
 * The worker process of `check`: one file at a time, sent by checkPool.ts. A file that crashes
 * it, or runs past its time or memory, ends this process only, never the others' results.
 */
import { readFileSync } from 'fs';
import { checkFile } from './checkFile';
import type { FileJob, FileOutcome } from './checkFile';

export interface WorkerReply {
  outcome: FileOutcome;
  /** Peak resident memory of this process so far, in bytes. */
  maxRss: number;
  ms: number;
}

/**
 * This process's own peak resident memory: VmHWM where Linux tells it (getrusage's maxrss
 * starts from the parent's size at fork, so it would report the parent's peak).
 */
function peakResident(): number {
  try {
    const kb = /VmHWM:\s*(\d+)\s*kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb) return Number(kb) * 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024;
}

function send(message: unknown): void {
  process.send?.(message);
}

process.on('message', (job: FileJob) => {
  const started = Date.now();
  checkFile(job).then(
    (outcome) => reply(outcome, started),
    (error: unknown) =>
      reply(
        {
          kind: 'refused',
          file: job.path,
          problem: 'internal',
          code: error instanceof Error ? error.message : String(error),
        },
        started,
      ),
  );
});

function reply(outcome: FileOutcome, started: number): void {
  const message: WorkerReply = {
    outcome,
    maxRss: peakResident(),
    ms: Date.now() - started,
  };
  send(message);
}

// The parent closing the channel is the end of the work.
process.on('disconnect', () => process.exit(0));
send({ ready: true });
