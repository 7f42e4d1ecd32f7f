# Shared environment for Frise's scripts (sourced, not run).
# The cache lives outside the source tree so clean clones reuse it.
export FRISE_CACHE="${FRISE_CACHE:-${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/frise}"
export FRISE_SDL2_WEB="$FRISE_CACHE/sdl2-web"
export FRISE_IMGUI_SRC="$FRISE_CACHE/imgui"
# Emscripten's JS optimizer needs acorn, which Debian puts under /usr/share/nodejs.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
export EM_CACHE="$FRISE_CACHE/emscripten-cache"
export EM_FROZEN_CACHE=
