#!/usr/bin/env bash
# Frise's benchmark (issue 13): prints one table of medians, Frise beside TimelineJS 3 where
# both read the same files, and writes a chart of ready time against story size. It measures
# only: no target is checked, and it exits 0 whatever the numbers.
#   scripts/bench.sh [--runs N] [--steps N] [--sizes 20,200,2000] [--out DIR]   (default DIR build/bench)
# It takes build/web and build/native as they are (it builds nothing) and needs the browser
# tests' driver (scripts/setup.sh). TimelineJS comes from npm into a cache outside the source
# tree, for the benchmark only. See bench/README.md for what each number means.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=scripts/env.sh
source scripts/env.sh

runs=3 steps=20 sizes=20,200,2000 out=build/bench
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --steps) steps=$2; shift 2 ;;
    --sizes) sizes=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

missing=0
if [ ! -f build/web/frise.wasm ] || [ ! -f build/web/index.html ]; then
  echo "bench: build/web is missing; build it with: source scripts/env.sh && cmake --preset web && cmake --build --preset web" >&2
  missing=1
fi
if [ ! -x build/native/bench/frise_bench_load ] || [ ! -x build/native/bench/frise_bench_frame ]; then
  echo "bench: build/native's benchmarks are missing; build them with: cmake --preset native && cmake --build --preset native" >&2
  missing=1
fi
if [ ! -d tests/browser/node_modules/playwright-core ]; then
  echo "bench: playwright-core is missing; install it with: ./scripts/setup.sh" >&2
  missing=1
fi
[ "$missing" = 0 ] || exit 1

# The exact version the numbers are about; installed once, then reused offline.
timelinejs_version=3.9.11
npm_dir="$FRISE_CACHE/bench-npm"
timelinejs="$npm_dir/node_modules/@knight-lab/timelinejs"
if [ "$(node -p "require('$timelinejs/package.json').version" 2>/dev/null)" != "$timelinejs_version" ]; then
  echo "bench: installing @knight-lab/timelinejs@$timelinejs_version into $npm_dir" >&2
  mkdir -p "$npm_dir"
  npm install --prefix "$npm_dir" --save-exact --no-audit --no-fund --loglevel=error \
    "@knight-lab/timelinejs@$timelinejs_version" >&2
fi

mkdir -p "$out"
echo "bench: native (build/native/bench)…" >&2
python3 bench/native_bench.py build/native "$out/native.json" --runs "$runs"
echo "bench: web, $runs run(s) of each measure in headless Chromium…" >&2
node bench/web_bench.mjs build/web "$timelinejs/dist" "$out/web.json" --runs "$runs" --steps "$steps" --sizes "$sizes"
python3 bench/chart.py "$out/web.json" "$out/ready.svg"

python3 bench/report.py "$out/web.json" "$out/native.json" build/web "$timelinejs/dist" | tee "$out/table.txt"
echo
echo "chart: $out/ready.svg"
echo "table: $out/table.txt (raw runs: $out/web.json, $out/native.json)"
