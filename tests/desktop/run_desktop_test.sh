#!/usr/bin/env bash
# Runs the desktop app under Xvfb and checks what it shows.
#   run_desktop_test.sh panel BUILD_DIR SOURCE_DIR WxH [PANEL_ID]   a story panel, checked for content
#   run_desktop_test.sh broken BUILD_DIR SOURCE_DIR                 a malformed story shows its error
#   run_desktop_test.sh missing-image BUILD_DIR SOURCE_DIR          a missing image: placeholder + warning
#   run_desktop_test.sh story-language BUILD_DIR SOURCE_DIR         a French story's errors, explained in French
set -euo pipefail
kind=$1 build=$2 source=$3
out="$build/test-output/desktop-$kind-${4:-default}${5:+-$5}"
mkdir -p "$out"
# Each run starts as a first visit: the reading position is remembered in a folder of its own.
export XDG_STATE_HOME="$out/state"
rm -rf "$XDG_STATE_HOME"
# The virtual screen is at least as large as the window asked for (4K included).
screen=1600x1200
if [ "$kind" = panel ]; then
  w=${4%x*} h=${4#*x}
  [ "$w" -gt 1600 ] || [ "$h" -gt 1200 ] && screen="$((w > 1600 ? w : 1600))x$((h > 1200 ? h : 1200))"
fi
frise() {
  timeout 120 xvfb-run -a -s "-screen 0 ${screen}x24" "$build/frise" "$@" --print-events \
    >"$out/stdout.txt" 2>"$out/stderr.txt"
}
event_detail() { # $1 = event name: its detail as JSON, from the app's stdout
  grep "\"event\":\"$1\"" "$out/stdout.txt" | head -1 | sed 's/^{"event":"[a-z]*","detail"://; s/}$//'
}
fail() { echo "FAIL: $*"; echo "--- stdout"; cat "$out/stdout.txt"; echo "--- stderr"; cat "$out/stderr.txt"; exit 1; }

case "$kind" in
  panel)
    size=$4 panel=${5:-}
    frise "$source/panels/road45.json" --size "$size" --screenshot "$out/shot.png" ${panel:+--panel "$panel"} ||
      fail "the app exited with an error"
    event_detail ready >"$out/ready.json"
    [ -s "$out/ready.json" ] || fail "the app never said its first panel was drawn"
    if [ -n "$panel" ]; then grep -q "\"id\":\"$panel\"" "$out/ready.json" || fail "opened at the wrong panel"; fi
    # Art drawn much larger than its declared size comes from its image_2x file, else the normal one.
    w=${size%x*}
    if [ "$w" -ge 2560 ]; then grep -q '"art_files":\["[^"]*/2x/' "$out/ready.json" || fail "a 4K window does not draw the 2x art";
    else grep -q '/2x/' "$out/ready.json" && fail "a ${size} window draws the 2x art"; fi
    "$build/tests/desktop/frise_check_screenshot" "$out/shot.png" "$out/ready.json" --size "$size"
    ;;
  story-language)
    # On an English system, a French story that cannot be shown (its JSON is fine, a panel has
    # no id) is explained in French, the story's language, not the system's.
    # (2>/dev/null: this shell's own complaint that it has no such locale; the app's stderr is kept.)
    LANG=en_US.UTF-8 frise "$source/tests/data/french-story-with-error.json" --size 800x600 \
      --screenshot "$out/shot.png" 2>/dev/null || fail "the app exited with an error instead of showing the story's problem"
    event_detail error >"$out/error.json"
    grep -q '"language":"fr"' "$out/error.json" || fail "the error screen is not in the story's French: $(cat "$out/error.json")"
    [ -s "$out/shot.png" ] || fail "no screenshot of the error screen"
    echo "ok:   a French story's errors are explained in French on an English system"
    ;;
  broken)
    frise "$source/tests/data/broken-story.json" --size 800x600 --screenshot "$out/shot.png" ||
      fail "the app exited with an error instead of showing the story's problem"
    event_detail error >"$out/error.json"
    grep -q 'broken-story.json:4:38: error: malformed JSON' "$out/error.json" ||
      fail "the error event does not name file, line and column: $(cat "$out/error.json")"
    [ -s "$out/shot.png" ] || fail "no screenshot of the error screen"
    echo "ok:   the malformed story is reported as $(grep -o 'broken-story.json:[0-9]*:[0-9]*' "$out/error.json")"
    ;;
  missing-image)
    frise "$source/tests/data/missing-image.json" --size 800x600 --screenshot "$out/shot.png" ||
      fail "the app exited with an error"
    event_detail ready | grep -q '"id":"only"' || fail "the panel was not drawn"
    grep -q 'warning: .*does-not-exist.png' "$out/stderr.txt" || fail "no warning names the missing image"
    echo "ok:   the panel is drawn with a placeholder and a warning: $(grep warning "$out/stderr.txt")"
    ;;
  *) echo "unknown test kind $kind"; exit 2 ;;
esac
