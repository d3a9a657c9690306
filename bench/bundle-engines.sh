# Sourced by bench/compare.sh, bench/compare-edit.sh and bench/cachesim.sh, with $ref set: bundles the engine as it is at
# commit $ref ($work/a.js) and in the working tree ($work/b.js), and the benchmark document generator
# ($work/generate.js), into a temporary folder that is removed on exit.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/a" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git -C "$root" worktree add --quiet --detach "$work/a" "$ref"
ln -s "$root/node_modules" "$work/a/node_modules"
esbuild="$root/node_modules/.bin/esbuild"
"$esbuild" "$work/a/src/core/index.ts" --bundle --platform=node --format=cjs --outfile="$work/a.js" --log-level=error
"$esbuild" "$root/src/core/index.ts" --bundle --platform=node --format=cjs --outfile="$work/b.js" --log-level=error
"$esbuild" "$root/bench/generate.ts" --bundle --platform=node --format=cjs --outfile="$work/generate.js" --log-level=error
