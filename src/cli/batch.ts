import { availableParallelism } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { CheckOptions } from './args';
import type { FileOutcome } from './check-file';
import type { CheckRequest } from './check-worker';
import { ARRAY_INDENT, OutcomeWriter, type Io } from './output';

type Reply = { ready: true } | { index: number; outcome: FileOutcome };

/**
 * Check files in worker threads, each file under a time limit. When a file runs over, its worker is
 * stopped (terminate() interrupts even a regular expression that never returns), the file is reported
 * with a one-line reason (exit code 2), and a fresh worker carries on with the next file. Results are
 * written in the order the files were given, each as soon as it and the files before it are done.
 */
export function checkInWorkers(options: CheckOptions, io: Io, workerFile: string): Promise<number> {
  const several = options.files.length > 1;
  const writer = new OutcomeWriter(io, options.json, several, options.timing);
  const fileOptions = { profile: options.profile, policyProfile: options.policyProfile, json: options.json, failOn: options.failOn, checklist: options.checklist, colour: io.colour, verbose: options.verbose, timing: options.timing };
  const indent = options.json && several ? ARRAY_INDENT : '';
  const limitMs = options.timeLimit * 1000;
  // Two threads at most: the machine's other work, and each worker's memory, count too.
  const poolSize = Math.max(1, Math.min(options.files.length, availableParallelism(), 2));
  const done = new Map<number, FileOutcome>();
  let nextToWrite = 0;
  let nextToStart = 0;

  return new Promise((resolve) => {
    const flush = () => {
      while (done.has(nextToWrite)) {
        writer.add(done.get(nextToWrite)!);
        done.delete(nextToWrite);
        nextToWrite++;
      }
      if (nextToWrite === options.files.length) resolve(writer.end());
    };

    const startWorker = () => {
      const worker = new Worker(workerFile, { resourceLimits: workerMemoryLimits() });
      let current = -1;
      let timer: NodeJS.Timeout | undefined;
      let finished = false;
      const settle = (outcome: FileOutcome) => {
        if (timer) clearTimeout(timer);
        done.set(current, outcome);
        current = -1;
        flush();
      };
      const next = () => {
        if (nextToStart >= options.files.length) {
          finished = true;
          void worker.terminate();
          return;
        }
        current = nextToStart++;
        const file = options.files[current];
        timer = setTimeout(() => {
          // Too slow: stop this worker and go on with a new one.
          finished = true;
          void worker.terminate();
          settle({ ok: false, file, reason: `took longer than ${options.timeLimit} seconds to check, so it was stopped (see --time-limit); the other files were still checked` });
          startWorker();
        }, limitMs);
        const request: CheckRequest = { index: current, file, options: fileOptions, indent };
        worker.postMessage(request);
      };
      worker.on('message', (reply: Reply) => {
        // A reply already on its way when the worker was stopped is not this worker's to give.
        if (finished) return;
        if ('ready' in reply) next();
        else {
          settle(reply.outcome);
          next();
        }
      });
      const lost = (reason: string) => {
        if (finished) return;
        finished = true;
        if (current >= 0) {
          settle({ ok: false, file: options.files[current], reason });
          startWorker();
        }
      };
      worker.on('error', (error: Error & { code?: string }) =>
        lost(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'needs more memory than the checker allows, so it was stopped; agreements never need this much' : 'the checker failed on this file (an internal error; please report it)'),
      );
      worker.on('exit', () => lost('the checker failed on this file (an internal error; please report it)'));
    };

    if (options.files.length === 0) resolve(writer.end());
    for (let i = 0; i < poolSize; i++) startWorker();
  });
}

/**
 * Each worker's heap is limited to part of what the process may use (so two workers and the main
 * thread together stay within a --max-old-space-size the CLI is run with); a file that needs more
 * stops its worker with an out-of-memory error, reported as that file's reason.
 */
function workerMemoryLimits(): { maxOldGenerationSizeMb: number } {
  const processLimitMb = getHeapStatistics().heap_size_limit / 1024 / 1024;
  return { maxOldGenerationSizeMb: Math.max(64, Math.min(1024, Math.floor(processLimitMb * 0.3))) };
}
