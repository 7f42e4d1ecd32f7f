#!/usr/bin/env bash
# Runs every test of Frise: installs whatever is missing, builds the desktop app (also with
# AddressSanitizer + UndefinedBehaviorSanitizer) and the web edition, then runs CTest.
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

step "unit tests under AddressSanitizer + UndefinedBehaviorSanitizer"
cmake --preset native-asan >/dev/null
cmake --build --preset native-asan -j "$jobs" --target frise_unit_tests
ctest --preset native-asan -R '^unit:' -j "$jobs" | tail -3

step "all tests"
ctest --preset native -j "$jobs"
