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

parentPort?.on('message', (request: CheckRequest) => {
  parentPort!.postMessage({ index: request.index, outcome: checkFile(request.file, request.options, request.indent) });
});
// Say when the checker's modules are loaded, so a file's time limit does not include start-up.
parentPort?.postMessage({ ready: true });
