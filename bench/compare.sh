#!/usr/bin/env bash
# Paired comparison of the cold analysis: bench/compare.sh [commit]   (default HEAD)
# Bundles the engine as it is at the commit (A) and as it is in the working tree (B), loads both
# into one Node process and alternates cold analyses of the 10,000-word benchmark document, so both
# see the same machine at the same moment. On a shared machine whose speed drifts by a third from
# one minute to the next, this tells a 2% change apart where two separate runs cannot.
set -euo pipefail
ref=${1:-HEAD}
# shellcheck source=bench/bundle-engines.sh
source "$(dirname "$0")/bundle-engines.sh"
cat > "$work/run.js" <<'JS'
const [a, b, generate] = process.argv.slice(2).map((file) => require(file));
const blocks = generate.generateAgreement(10000, 10000);
const cold = (engine) => {
  engine.clearCaches();
  const start = performance.now();
  engine.analyse(blocks);
  return performance.now() - start;
};
for (let i = 0; i < 60; i++) { cold(a); cold(b); }
const ta = [], tb = [];
// Alternate which goes first, so neither always runs straight after the other.
for (let i = 0; i < 400; i++) {
  if (i % 2) { ta.push(cold(a)); tb.push(cold(b)); } else { tb.push(cold(b)); ta.push(cold(a)); }
}
const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
const wins = ta.filter((t, i) => tb[i] < t).length;
console.log(`A ${median(ta).toFixed(3)} ms  B ${median(tb).toFixed(3)} ms  B/A ${(median(tb) / median(ta)).toFixed(3)}  B quicker in ${wins}/${ta.length} pairs`);
JS
node "$work/run.js" "$work/a.js" "$work/b.js" "$work/generate.js"
