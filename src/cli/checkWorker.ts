/**
 * The worker process of `check`: one file at a time, sent by checkPool.ts. A file that crashes
 * it, or runs past its time or memory, ends this process only, never the others' results.
 */
import { checkFile } from './checkFile';
import type { FileJob, FileOutcome } from './checkFile';

export interface WorkerReply {
  outcome: FileOutcome;
  /** Peak resident memory of this process so far, in bytes. */
  maxRss: number;
  ms: number;
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
    maxRss: process.resourceUsage().maxRSS * 1024,
    ms: Date.now() - started,
  };
  send(message);
}

// The parent closing the channel is the end of the work.
process.on('disconnect', () => process.exit(0));
send({ ready: true });
