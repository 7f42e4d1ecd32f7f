#!/usr/bin/env bash
# Installs everything Frise needs on a fresh Debian 12 (run as root), idempotently:
#  - Debian packages (compilers, SDL2, nlohmann-json, doctest, stb, Emscripten, Chromium, Xvfb, fonts…);
#  - the `imgui` and `libsdl2` source packages, unpacked into a cache outside the source tree;
#  - SDL2 built once with Emscripten into that cache (the Emscripten port cannot download here);
#  - Closure Compiler (from npm) into that cache, for the web edition's JavaScript;
#  - the browser-test driver (playwright-core, from npm) under tests/browser.
# Every step is skipped when its result is already present, so a warm run takes seconds.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/env.sh
source "$root/scripts/env.sh"

log() { printf '[setup] %s\n' "$*"; }

packages=(
  build-essential cmake ninja-build pkg-config dpkg-dev
  libsdl2-dev libgles-dev libegl-dev nlohmann-json3-dev doctest-dev libstb-dev
  emscripten
  chromium xvfb xauth xdotool imagemagick librsvg2-bin
  fonts-comic-neue fonts-cantarell fonts-opendyslexic fonttools python3 python3-jsonschema
  nodejs npm
)

missing=()
for p in "${packages[@]}"; do
  # nodejs/npm may come from another repository already: only their commands matter.
  case "$p" in
    nodejs) command -v node >/dev/null && continue ;;
    npm) command -v npm >/dev/null && continue ;;
  esac
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

src_list=/etc/apt/sources.list.d/frise-debian-src.sources
need_update=0
if [ ! -f "$src_list" ]; then
  mirror=$(awk '/^URIs:/ && /debian\/?$/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  [ -n "$mirror" ] || mirror=http://deb.debian.org/debian
  log "adding deb-src entry for $mirror"
  cat >"$src_list" <<SRC
Types: deb-src
URIs: $mirror
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  need_update=1
fi

if [ ${#missing[@]} -gt 0 ] || [ $need_update = 1 ]; then
  # Extra repositories on some machines are unreachable; Debian's own lists are what matter.
  log "apt-get update"
  apt-get update -q >/dev/null 2>&1 || apt-get update -q 2>&1 | tail -5 || true
fi
if [ ${#missing[@]} -gt 0 ]; then
  log "installing: ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi

mkdir -p "$FRISE_CACHE"

# Source packages: Dear ImGui's .cpp files and SDL2's sources (for the web build).
fetch_source() { # $1 = source package, $2 = glob of the unpacked folder
  local found
  mkdir -p "$FRISE_CACHE/src"
  found=$(find "$FRISE_CACHE/src" -maxdepth 1 -type d -name "$2" 2>/dev/null | head -1)
  if [ -z "$found" ]; then
    log "apt-get source $1"
    (cd "$FRISE_CACHE/src" && apt-get source -q "$1" >/dev/null 2>&1) || {
      apt-get update -q >/dev/null 2>&1 || true
      (cd "$FRISE_CACHE/src" && apt-get source -q "$1" >/dev/null)
    }
    found=$(find "$FRISE_CACHE/src" -maxdepth 1 -type d -name "$2" | head -1)
  fi
  [ -n "$found" ] || { echo "setup: source package $1 did not unpack" >&2; exit 1; }
  ln -sfn "$found" "$FRISE_CACHE/$1"
}
fetch_source imgui 'imgui-*'
fetch_source libsdl2 'libsdl2-*'

# Emscripten's system-library cache ships frozen; keep a writable copy in case a variant must be built.
if [ ! -d "$EM_CACHE" ]; then
  log "copying Emscripten cache to $EM_CACHE"
  cp -r /usr/share/emscripten/cache "$EM_CACHE"
fi

# SDL2 for Emscripten, built once (again when these options change). The web edition uses SDL
# for its window, GL context, events and timers only: no audio, 2D renderer, joysticks, haptics,
# sensors, power or locale, and no software blitters (SDL_LEAN_AND_MEAN), which were three
# quarters of SDL's code in frise.wasm (307 KB of 1,175 KB; 71 KB left).
sdl_web_options="-DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DCMAKE_BUILD_TYPE=MinSizeRel -DSDL_AUDIO=OFF -DSDL_RENDER=OFF -DSDL_JOYSTICK=OFF -DSDL_HAPTIC=OFF -DSDL_SENSOR=OFF -DSDL_POWER=OFF -DSDL_HIDAPI=OFF -DSDL_LOCALE=OFF -DCMAKE_C_FLAGS=-DSDL_LEAN_AND_MEAN=1"
if [ ! -f "$FRISE_SDL2_WEB/lib/libSDL2.a" ] || [ "$(cat "$FRISE_SDL2_WEB/frise-options" 2>/dev/null)" != "$sdl_web_options" ]; then
  log "building SDL2 with Emscripten (once, several minutes)"
  rm -rf "$FRISE_CACHE/sdl2-web-build" "$FRISE_SDL2_WEB"
  # shellcheck disable=SC2086  # the options are words
  emcmake cmake -S "$FRISE_CACHE/libsdl2" -B "$FRISE_CACHE/sdl2-web-build" -G Ninja $sdl_web_options \
    -DCMAKE_INSTALL_PREFIX="$FRISE_SDL2_WEB" >"$FRISE_CACHE/sdl2-web-configure.log" 2>&1
  cmake --build "$FRISE_CACHE/sdl2-web-build" >"$FRISE_CACHE/sdl2-web-build.log" 2>&1
  cmake --install "$FRISE_CACHE/sdl2-web-build" >/dev/null
  echo "$sdl_web_options" >"$FRISE_SDL2_WEB/frise-options"
fi

# Closure Compiler for the web edition's JavaScript glue (frise.js 36 -> 21 KB gzipped, issue 13):
# Debian's Emscripten does not ship it. The npm package (its native Linux build, Java as a
# fallback) at the version Emscripten 3.1.6 was released with, into the cache, once; the web
# build is then linked with --closure 1 (src/CMakeLists.txt).
closure_version=20220104.0.0
closure_dir="$FRISE_CACHE/closure-npm"
if [ "$(node -p "require('$closure_dir/node_modules/google-closure-compiler/package.json').version" 2>/dev/null)" != "$closure_version" ]; then
  log "npm install google-closure-compiler@$closure_version"
  mkdir -p "$closure_dir"
  npm install --prefix "$closure_dir" --save-exact --no-audit --no-fund --loglevel=error \
    "google-closure-compiler@$closure_version" >/dev/null
fi

# Browser-test driver: playwright-core only (never a browser download).
if [ ! -d "$root/tests/browser/node_modules/playwright-core" ]; then
  log "npm ci (playwright-core)"
  (cd "$root/tests/browser" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi

log "ready"
