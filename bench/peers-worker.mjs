// Times write-good and retext (English, simplify, readability) over one text, in a worker thread of
// its own: a V8 isolate that holds only their code. In the bench's own isolate they ran after the
// engine had compiled its patterns, and V8 leaves every pattern compiled past 16 MB of executable
// memory unoptimised, so the peers were measured slower than they run (docs/performance.md).
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const writeGood = require('write-good');
const { retext } = await import('retext');
const english = (await import('retext-english')).default;
const simplify = (await import('retext-simplify')).default;
const readability = (await import('retext-readability')).default;
const processor = retext().use(english).use(simplify).use(readability, { age: 16 });

const { text, warmup, runs } = workerData;
async function once() {
  writeGood(text);
  await processor.process(text);
}
for (let i = 0; i < warmup; i++) await once();
const times = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  await once();
  times.push(performance.now() - start);
}
parentPort.postMessage(times);
