#!/usr/bin/env bash
# Runs every test of Frise: installs whatever is missing, builds the desktop app (also with
# AddressSanitizer + UndefinedBehaviorSanitizer) and the web edition, then runs CTest: the native
# suite once under the sanitizers (unit tests, validate and layout, the desktop app under Xvfb,
# the corpus of bad inputs), then every test on the normal builds.
# The last lines are CTest's summary of the full suite.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
./scripts/setup.sh
# shellcheck source=scripts/env.sh
source scripts/env.sh
jobs=$(nproc)

step() { printf '\n== %s\n' "$*"; }

step "build: native"
cmake --preset native >/dev/null
cmake --build --preset native -j "$jobs"

step "build: web"
cmake --preset web >/dev/null
cmake --build --preset web -j "$jobs"

step "build: native with AddressSanitizer + UndefinedBehaviorSanitizer"
cmake --preset native-asan >/dev/null
cmake --build --preset native-asan -j "$jobs" --target frise_unit_tests frise frise_check_screenshot frise_xdnd_drop

step "the native suite under AddressSanitizer + UndefinedBehaviorSanitizer (unit, validate, layout, desktop, corpus)"
# The app's own runs skip the leak check (the system's GL driver and D-Bus leak at exit); the
# rest keeps it. The whole log is shown when a test fails.
asan_log=build/native-asan/ctest-sanitizers.log
if ! ctest --preset native-asan -R '^(unit|validate|layout|desktop|corpus):' -j "$jobs" >"$asan_log" 2>&1; then
  cat "$asan_log"
  exit 1
fi
tail -3 "$asan_log"

step "all tests"
ctest --preset native -j "$jobs"
