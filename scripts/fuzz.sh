#!/usr/bin/env bash
# Runs one libFuzzer target of tests/fuzz for a while:
#   scripts/fuzz.sh TARGET SECONDS [libFuzzer options...]
# TARGET: story, html_text or image (or fuzz_story, …). Builds it first with the `fuzz` preset
# (clang, AddressSanitizer + UndefinedBehaviorSanitizer) when needed. Its corpus lives outside
# the tree, in $FRISE_CACHE/fuzz/TARGET/corpus (kept from run to run), seeded from
# tests/fuzz/seeds and the project's stories and images; crashes, timeouts and out-of-memory
# inputs go to $FRISE_CACHE/fuzz/TARGET/crashes. Prints the executions, the coverage (libFuzzer's
# cov and ft) and the crash files of this run; exits 1 when the run found one.
#
# Settings (environment):
#   FRISE_FUZZ_BUILD_DIR  build tree (default: build/fuzz, the preset's)
#   FRISE_FUZZ_WORK       work folder (default: $FRISE_CACHE/fuzz)
#   FRISE_FUZZ_NO_BUILD=1 use the binary already built (while the sources are mid-edit)
#   FRISE_FUZZ_KEEP_GOING=1  do not stop at the first crash (libFuzzer -fork=1 -ignore_crashes=1)
# The machine is shared: run it as `nice -n 19 scripts/fuzz.sh …`.
# A crash is reproduced with `build/fuzz/fuzz/fuzz_TARGET FILE` and shrunk with
# `build/fuzz/fuzz/fuzz_TARGET -minimize_crash=1 -runs=100000 FILE`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/env.sh
source "$root/scripts/env.sh"

usage() {
  echo "usage: scripts/fuzz.sh story|html_text|image SECONDS [libFuzzer options...]" >&2
  exit 2
}
[ $# -ge 2 ] || usage
target=${1#fuzz_}
seconds=$2
shift 2
case "$target" in story | html_text | image) ;; *) usage ;; esac
[[ "$seconds" =~ ^[0-9]+$ ]] || usage
name=fuzz_$target

# Seeds, as folders libFuzzer reads (recursively); the same lists are in tests/fuzz/CMakeLists.txt.
# Every input a run found (tests/fuzz/crashes: stories and images alike) seeds every target.
seeds=()
case "$target" in
  story) seeds=(tests/fuzz/seeds/story tests/fuzz/crashes panels tests/data tests/corpus) ;;
  html_text) seeds=(tests/fuzz/seeds/html_text tests/fuzz/crashes) ;;
  image) seeds=(tests/fuzz/seeds/image tests/fuzz/crashes tests/corpus) ;;
esac
seed_dirs=()
for s in "${seeds[@]}"; do [ -d "$root/$s" ] && seed_dirs+=("$root/$s"); done
dict=()
case "$target" in
  story) dict=(-dict="$root/tests/fuzz/json.dict") ;;
  html_text) dict=(-dict="$root/tests/fuzz/html.dict") ;;
esac

build=${FRISE_FUZZ_BUILD_DIR:-$root/build/fuzz}
binary=$build/fuzz/$name
if [ "${FRISE_FUZZ_NO_BUILD:-0}" != 1 ]; then
  if ! command -v clang++-14 >/dev/null; then
    echo "fuzz.sh: clang++-14 is missing (Debian package clang-14)" >&2
    exit 2
  fi
  if ! ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    echo "fuzz.sh: libFuzzer is missing: apt-get install libclang-rt-14-dev" >&2
    exit 2
  fi
  if [ ! -f "$build/build.ninja" ]; then
    echo "[fuzz] configuring $build"
    (cd "$root" && cmake --preset fuzz -B "$build" >/dev/null)
  fi
  echo "[fuzz] building $name"
  if ! cmake --build "$build" --target "$name" | tail -1; then
    echo "fuzz.sh: the build failed (FRISE_FUZZ_NO_BUILD=1 runs the binary built before)" >&2
    exit 2
  fi
fi
[ -x "$binary" ] || { echo "fuzz.sh: $binary is not built" >&2; exit 2; }

work=${FRISE_FUZZ_WORK:-$FRISE_CACHE/fuzz}/$target
mkdir -p "$work/corpus" "$work/crashes"
log=$work/last-run.log
before=$(mktemp)
trap 'rm -f "$before"' EXIT
ls -1 "$work/crashes" >"$before"

options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
         -artifact_prefix="$work/crashes/" "${dict[@]}")
if [ "${FRISE_FUZZ_KEEP_GOING:-0}" = 1 ]; then
  options+=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
fi
echo "[fuzz] $name for ${seconds}s: corpus $work/corpus, seeds ${seed_dirs[*]#"$root/"}"
echo "[fuzz] log: $log"
status=0
# ASan's leak check at exit is on (a leak is a finding too); UBSan stops at the first report.
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
  "$binary" "${options[@]}" "$@" "$work/corpus" "${seed_dirs[@]}" >"$log" 2>&1 || status=$?

# libFuzzer's progress lines: "#N  DONE  cov: C ft: F corp: …" (or "#N: cov: C ft: F corp: …"
# with -fork); the last one holds the run's figures.
last=$(grep -E '^#[0-9]+:?[[:space:]]+([A-Z]+[[:space:]]+)?cov:' "$log" | tail -1 || true)
executions=$(grep -E '^stat::number_of_executed_units:' "$log" | tail -1 | awk '{print $2}' || true)
[ -n "$executions" ] || executions=$(sed -E 's/^#([0-9]+).*/\1/' <<<"$last")
speed=$(grep -E '^stat::average_exec_per_sec:' "$log" | tail -1 | awk '{print $2}' || true)
[ -n "$speed" ] || speed=$(grep -oE 'exec/s:? [0-9]+' <<<"$last" | grep -oE '[0-9]+' || true)
rss=$(grep -E '^stat::peak_rss_mb:' "$log" | tail -1 | awk '{print $2}' || true)
field() { grep -oE "$1:? [0-9]+[A-Za-z]*(/[0-9]+[A-Za-z]*)?" <<<"$last" | awk '{print $2}' | head -1; }
echo "[fuzz] $name: executions ${executions:-?}, ${speed:-?} exec/s, cov ${last:+$(field cov)}, ft ${last:+$(field ft)}, corpus ${last:+$(field corp)}, peak RSS ${rss:-?} MB"
echo "[fuzz] corpus: $(find "$work/corpus" -type f | wc -l) files in $work/corpus"

new=$(ls -1 "$work/crashes" | grep -vxF -f "$before" | grep -E '^(crash|leak|timeout|oom|deadly)' || true)
if [ -n "$new" ]; then
  echo "[fuzz] found in this run:"
  while read -r f; do echo "  $work/crashes/$f ($(stat -c %s "$work/crashes/$f") bytes)"; done <<<"$new"
  grep -E '^==[0-9]+==ERROR|^SUMMARY|fuzz invariant failed|runtime error' "$log" | sort | uniq -c | head -20 | sed 's/^/  /'
  exit 1
fi
if [ "$status" != 0 ]; then
  echo "[fuzz] $name exited with $status and wrote no crash file; see $log" >&2
  tail -20 "$log" >&2
  exit 1
fi
echo "[fuzz] no crash"
