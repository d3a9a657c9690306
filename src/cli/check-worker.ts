// A worker thread that checks files one at a time for the batch runner (batch.ts). It runs apart
// from the main thread so that the main thread can stop it when one file takes too long.
import { parentPort } from 'node:worker_threads';
import { checkFile, type FileCheckOptions } from './check-file';

export interface CheckRequest {
  index: number;
  file: string;
  options: FileCheckOptions;
  indent: string;
}

const encoder = new TextEncoder();

parentPort?.on('message', (request: CheckRequest) => {
  const outcome = checkFile(request.file, request.options, request.indent);
  if (!outcome.ok || typeof outcome.text !== 'string') {
    parentPort!.postMessage({ index: request.index, outcome });
    return;
  }
  // Hand the report over as UTF-8 bytes, moved rather than copied: a large report costs nothing to pass.
  const bytes = encoder.encode(outcome.text);
  parentPort!.postMessage({ index: request.index, outcome: { ...outcome, text: bytes } }, [bytes.buffer]);
});
// Say when the checker's modules are loaded, so a file's time limit does not include start-up.
parentPort?.postMessage({ ready: true });
