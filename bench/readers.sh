#!/usr/bin/env bash
# Issue 17's hostile inputs through the built CLI, one process each, as the issue measured them:
# bench/readers.sh [scale]   (2 = doubled; default 2). Needs `npm run build:cli` first.
# Prints one line per input: exit code, wall and CPU time, peak RSS (GNU time), and the reason on stderr.
# On a shared machine wall time includes waiting for a core: CPU time is the steadier figure.
set -uo pipefail
scale=${1:-2}
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
node --max-old-space-size=4096 --import tsx "$root/bench/readers-files.ts" hostile "$dir" "$scale"
printf '%-58s %4s %7s %7s %8s  %s\n' input exit wall-s cpu-s 'peak MB' 'stderr (first 70 characters)'
for file in "$dir"/*; do
  /usr/bin/time -f '%e %U %S %M' -o "$dir/.time" node --max-old-space-size=512 "$root/bin/agreement-check.js" --json "$file" >/dev/null 2>"$dir/.err"
  code=$?
  read -r seconds user system kb < <(tail -1 "$dir/.time")
  reason=$(head -c 300 "$dir/.err" | sed "s#agreement-check: $file: ##" | tr '\n' ' ' | cut -c1-70)
  cpu=$(awk "BEGIN { printf \"%.2f\", $user + $system }")
  printf '%-58s %4s %7s %7s %8s  %s\n' "$(basename "$file")" "$code" "$seconds" "$cpu" "$((kb / 1024))" "$reason"
done
