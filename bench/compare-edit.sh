#!/usr/bin/env bash
# Paired comparison of the edit path: bench/compare-edit.sh [commit] [words]   (default HEAD, 10000)
# Bundles the engine at the commit (A) and in the working tree (B) as bench/compare.sh does, gives
# each its own Analyser over the same benchmark document and types into the same paragraph of both
# (the paragraph npm run bench types into), alternating which engine goes first. Each engine edits
# 300 times before the pairs are timed, so both are measured compiled, as in a long session.
# Each engine runs in a worker thread of its own, as in bench/compare.sh: loaded into one isolate,
# the two engines' code together passed V8's 16 MB limit and both were measured slower than either
# runs alone (6 December: B/A 1.50 in one isolate for a change the bench itself put at about 1.1).
set -euo pipefail
ref=${1:-HEAD}
words=${2:-10000}
# shellcheck source=bench/bundle-engines.sh
source "$(dirname "$0")/bundle-engines.sh"
cat > "$work/editor.js" <<'JS'
const { parentPort, workerData } = require('node:worker_threads');
const engine = require(workerData.engine);
const blocks = require(workerData.generate).generateAgreement(workerData.words, workerData.words);
const analyser = new engine.Analyser();
const edited = blocks.slice();
analyser.analyse(edited);
parentPort.on('message', ({ target, text }) => {
  edited[target] = { ...edited[target], text };
  const start = performance.now();
  analyser.analyse(edited);
  parentPort.postMessage(performance.now() - start);
});
JS
cat > "$work/run.js" <<'JS'
const { Worker } = require('node:worker_threads');
const [engineA, engineB, generatePath, wordsArg, paired, editorPath] = process.argv.slice(2);
const words = Number(wordsArg);
const { timePairs, pairedSummary } = require(paired);
const blocks = require(generatePath).generateAgreement(words, words);
const target = blocks.findIndex((block, i) => i >= blocks.length / 2 && block.kind === 'list-item');
const original = blocks[target].text.replace(/\.$/, '');
// A character typed at a time; every 400 characters the typing starts again behind a new word, so
// each text is new (no cache hit) and the paragraph stays the length it has in npm run bench. Only
// lower-case letters are typed, as there: a digit or a capital would wake checks bench never runs.
let typed = '';
let round = 0;
const word = (n) => (n < 26 ? '' : word(Math.floor(n / 26) - 1)) + String.fromCharCode(97 + (n % 26));
const nextText = () => {
  if (typed.length >= 400) {
    typed = '';
    round++;
  }
  typed += 'abcdefghij'[typed.length % 10];
  return round === 0 ? `${original} ${typed}.` : `${original} ${word(round)} ${typed}.`;
};
const start = (engine) => new Worker(editorPath, { workerData: { engine, generate: generatePath, words } });
const edit = (worker, text) => new Promise((resolve) => { worker.once('message', resolve); worker.postMessage({ target, text }); });
(async () => {
  const [a, b] = [start(engineA), start(engineB)];
  for (let i = 0; i < 300; i++) {
    const text = nextText();
    await edit(a, text);
    await edit(b, text);
  }
  // Both engines type the same text in each pair.
  const texts = Array.from({ length: 2000 }, nextText);
  const times = await timePairs((i) => edit(a, texts[i]), (i) => edit(b, texts[i]), 2000);
  console.log(`${words} words, one paragraph edited: ${pairedSummary(times, 4)}`);
  await Promise.all([a.terminate(), b.terminate()]);
})();
JS
node "$work/run.js" "$work/a.js" "$work/b.js" "$work/generate.js" "$words" "$root/bench/paired.cjs" "$work/editor.js"
