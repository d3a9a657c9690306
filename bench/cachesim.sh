#!/usr/bin/env bash
# Instructions and cache misses per cold analysis: bench/cachesim.sh [commit] [from] [to]   (default HEAD 60 100)
# Bundles the engine as it is at the commit (A) and in the working tree (B), runs each under
# valgrind's cache simulator for `from` and for `to` cold analyses of the 10,000-word benchmark
# document, and prints the difference divided by (to - from): the cost of one analysis once the
# process has warmed up, without startup. Counts do not drift with the machine's load as times do.
# Count late: the engine gets cheaper for dozens of analyses as V8 optimises it, and not at the same
# pace in every build (1 December's engine: 94.5 M instructions per analysis over analyses 11 to 20,
# 41.1 M over 61 to 100; docs/performance.md). Slow: many minutes per bundle on a busy machine.
set -euo pipefail
ref=${1:-HEAD}
from=${2:-60}
to=${3:-100}
# shellcheck source=bench/bundle-engines.sh
source "$(dirname "$0")/bundle-engines.sh"
cat > "$work/run.js" <<'JS'
const [engine, generate] = process.argv.slice(2, 4).map((file) => require(file));
const blocks = generate.generateAgreement(10000, 10000);
for (let i = 0; i < Number(process.argv[4]); i++) {
  engine.clearCaches();
  engine.analyse(blocks);
}
JS
# Program totals: Ir, I1 misses, D1 read misses (columns 1, 4 and 5 of callgrind's summary).
totals() {
  valgrind --tool=callgrind --cache-sim=yes --callgrind-out-file="$work/out.$2" node "$work/run.js" "$1" "$work/generate.js" "$2" >/dev/null 2>&1
  callgrind_annotate "$work/out.$2" | grep -m1 'PROGRAM TOTALS' | tr -d ',' | awk '{print $1, $7, $9}'
}
for bundle in a b; do
  read -r ir1 i1a d1a < <(totals "$work/$bundle.js" "$from")
  read -r ir2 i1b d1b < <(totals "$work/$bundle.js" "$to")
  n=$((to - from))
  label=$([ "$bundle" = a ] && echo "A ($ref)" || echo "B (working tree)")
  echo "$label: per analysis $(((ir2 - ir1) / n)) instructions, $(((i1b - i1a) / n)) I1 misses, $(((d1b - d1a) / n)) D1 read misses"
done
