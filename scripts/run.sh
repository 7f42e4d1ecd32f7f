#!/usr/bin/env bash
# Runs Frise: installs whatever is missing, builds, then
#   ./scripts/run.sh            serves the web edition on http://127.0.0.1:8080 (PORT=... to change;
#                               FRISE_FRAME_ANCESTORS="'self' https://blog.example" says who may frame it)
#   ./scripts/run.sh --desktop [STORY.json] [options]   opens the desktop app instead
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
./scripts/setup.sh
# shellcheck source=scripts/env.sh
source scripts/env.sh

if [ "${1:-}" = "--desktop" ]; then
  shift
  cmake --preset native >/dev/null
  cmake --build --preset native -j "$(nproc)" --target frise
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run: no display here (DISPLAY is unset); try: xvfb-run -a ./build/native/frise --screenshot shot.png" >&2
    exit 1
  fi
  exec ./build/native/frise "$@"
fi

cmake --preset web >/dev/null
cmake --build --preset web -j "$(nproc)"
exec node scripts/serve.mjs build/web "${PORT:-8080}"
