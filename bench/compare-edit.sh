#!/usr/bin/env bash
# Paired comparison of the edit path: bench/compare-edit.sh [commit] [words]   (default HEAD, 10000)
# Bundles the engine at the commit (A) and in the working tree (B) as bench/compare.sh does, gives
# each its own Analyser over the same benchmark document and types into the same paragraph of both
# (the paragraph npm run bench types into), alternating which engine goes first. Each engine edits
# 300 times before the pairs are timed, so both are measured compiled, as in a long session.
set -euo pipefail
ref=${1:-HEAD}
words=${2:-10000}
# shellcheck source=bench/bundle-engines.sh
source "$(dirname "$0")/bundle-engines.sh"
cat > "$work/run.js" <<'JS'
const [a, b, generate] = process.argv.slice(2, 5).map((file) => require(file));
const words = Number(process.argv[5]);
const { timePairs, pairedSummary } = require(process.argv[6]);
const blocks = generate.generateAgreement(words, words);
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
const editor = (engine) => {
  const analyser = new engine.Analyser();
  const edited = blocks.slice();
  analyser.analyse(edited);
  return (text) => {
    edited[target] = { ...edited[target], text };
    const start = performance.now();
    analyser.analyse(edited);
    return performance.now() - start;
  };
};
const editA = editor(a);
const editB = editor(b);
for (let i = 0; i < 300; i++) {
  const text = nextText();
  editA(text);
  editB(text);
}
// Both engines type the same text in each pair.
const texts = Array.from({ length: 2000 }, nextText);
timePairs((i) => editA(texts[i]), (i) => editB(texts[i]), 2000).then((times) => console.log(`${words} words, one paragraph edited: ${pairedSummary(times, 4)}`));
JS
node "$work/run.js" "$work/a.js" "$work/b.js" "$work/generate.js" "$words" "$root/bench/paired.cjs"
