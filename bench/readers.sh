#!/usr/bin/env bash
# Issue 17's hostile inputs through the built CLI, one process each, as the issue measured them:
# bench/readers.sh [scale]   (2 = doubled; default 2). Needs `npm run build:cli` first.
# Prints one line per input: exit code, wall time, peak RSS (GNU time), and the reason on stderr.
set -uo pipefail
scale=${1:-2}
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
node --max-old-space-size=4096 --import tsx "$root/bench/readers-files.ts" hostile "$dir" "$scale"
printf '%-62s %4s %7s %8s  %s\n' input exit seconds 'peak MB' 'stderr (first 90 characters)'
for file in "$dir"/*; do
  /usr/bin/time -f '%e %M' -o "$dir/.time" node --max-old-space-size=512 "$root/bin/agreement-check.js" --json "$file" >/dev/null 2>"$dir/.err"
  code=$?
  read -r seconds kb < <(tail -1 "$dir/.time")
  reason=$(head -c 200 "$dir/.err" | sed "s#$dir/##" | tr '\n' ' ' | cut -c1-90)
  printf '%-62s %4s %7s %8s  %s\n' "$(basename "$file")" "$code" "$seconds" "$((kb / 1024))" "$reason"
done
