#!/usr/bin/env bash
# Paired comparison of the cold analysis: bench/compare.sh [commit]   (default HEAD)
# Bundles the engine as it is at the commit (A) and as it is in the working tree (B), and alternates
# cold analyses of the 10,000-word benchmark document between the two, so both see the same machine
# at the same moment. On a shared machine whose speed drifts by a third from one minute to the next,
# this tells a 2% change apart where two separate runs cannot.
# Each engine runs in a worker thread of its own (its own V8 isolate): loaded into one isolate, the
# two engines' compiled code together passed V8's limit for regular-expression code (16 MB of
# executable memory), after which every pattern compiled is left unoptimised, so each engine was
# measured slower than it runs alone, and a change in code size was counted twice.
set -euo pipefail
ref=${1:-HEAD}
# shellcheck source=bench/bundle-engines.sh
source "$(dirname "$0")/bundle-engines.sh"
cat > "$work/engine.js" <<'JS'
const { parentPort, workerData } = require('node:worker_threads');
const engine = require(workerData.engine);
const blocks = require(workerData.generate).generateAgreement(10000, 10000);
parentPort.on('message', () => {
  engine.clearCaches();
  const start = performance.now();
  engine.analyse(blocks);
  parentPort.postMessage(performance.now() - start);
});
JS
cat > "$work/run.js" <<'JS'
const { Worker } = require('node:worker_threads');
const [engineA, engineB, generate, runner, paired] = process.argv.slice(2);
const { timePairs, pairedSummary } = require(paired);
const start = (engine) => new Worker(runner, { workerData: { engine, generate } });
const cold = (worker) => new Promise((resolve) => { worker.once('message', resolve); worker.postMessage('run'); });
(async () => {
  const [a, b] = [start(engineA), start(engineB)];
  for (let i = 0; i < 60; i++) { await cold(a); await cold(b); }
  const times = await timePairs(() => cold(a), () => cold(b), 400);
  console.log(pairedSummary(times, 3));
  await Promise.all([a.terminate(), b.terminate()]);
})();
JS
node "$work/run.js" "$work/a.js" "$work/b.js" "$work/generate.js" "$work/engine.js" "$root/bench/paired.cjs"
