#!/usr/bin/env bash
# The mouse, as a reader uses it, through the platform's input stream and the core pointer map:
# a click on the right side turns to the next panel, on the left side back; the wheel turns one
# panel per notch; a leftward drag brings the next panel; Ctrl + wheel zooms into the panel
# (a `zoom` event), where a drag moves around it instead of turning it; with Settings open a
# click beside them closes them and does not reach the comic; in the overview a click opens the
# thumbnail under it. On the time strip the wheel and a drag move its axis, not the page, and a
# click on its last marker jumps to that panel.
#   pointer_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 source=$2
source "$(dirname "$0")/test_output.sh" desktop-pointer
events="$out/events.txt"
# Where the time strip and its last marker are, from the latest panel event once it is at panel
# INDEX (waited for: a slow machine draws late): "x y w h marker_x panel".
cat >"$out/strip.py" <<'PY'
import json, sys, time
for _ in range(100):
    detail = None
    for line in open(sys.argv[1]):
        try: e = json.loads(line)
        except ValueError: continue
        if e["event"] in ("ready", "panel") and "strip" in e["detail"]: detail = e["detail"]
    if detail and detail["index"] == int(sys.argv[2]): break
    time.sleep(0.1)
marker = detail["strip_last_marker"]
print(*[int(v) for v in detail["strip"]], int(marker["x"]), marker["panel"])
PY
timeout 120 xvfb-run -a -s "-screen 0 1024x700x24" bash -c "
  '$build/frise' '$source/panels/road45.json' --size 1024x700 --motion reduce --print-events >'$events' 2>'$out/stderr.txt' &
  app=\$!
  '$wait_for_event' '$events'
  sleep 0.5
  step() { echo \"step \$1\" >>'$out/steps.txt'; sleep 0.8; }
  xdotool mousemove 950 350 click 1; step right-side
  xdotool mousemove 60 350 click 1; step left-side
  xdotool mousemove 512 350 click 5; step wheel-down
  xdotool click 4; step wheel-up
  xdotool mousemove 800 350 mousedown 1; for x in 700 600 500 400 300; do xdotool mousemove \$x 355; sleep 0.05; done
  xdotool mouseup 1; step drag-left
  xdotool keydown ctrl click 4 keyup ctrl; step ctrl-wheel
  xdotool mousemove 500 350 mousedown 1; for x in 600 700 800; do xdotool mousemove \$x 350; sleep 0.05; done
  xdotool mouseup 1; step zoomed-drag
  xdotool key s; step settings
  xdotool mousemove 1015 690 click 1; step click-beside
  read sx sy sw sh mx mp < <(python3 '$out/strip.py' '$events' 1)
  xdotool mousemove \$((sx + sw / 2)) \$((sy + sh / 2)) click 5 click 5; step strip-wheel
  xdotool mousedown 1; for x in 400 300 200; do xdotool mousemove \$x \$((sy + sh / 2)); sleep 0.05; done
  xdotool mouseup 1; step strip-drag
  xdotool key o; step overview
  xdotool mousemove 40 75 click 1; step thumbnail  # the first panel's, at the grid's top left
  read sx sy sw sh mx mp < <(python3 '$out/strip.py' '$events' 0)
  echo \$mp >'$out/strip-marker.txt'
  xdotool mousemove \$mx \$((sy + sh / 2)) click 1; step strip-click
  kill \$app; wait \$app 2>/dev/null || true
" >"$out/run.txt" 2>&1 || true
grep -q '"event":"ready"' "$events" || fail "the story never opened"
# The panel index of each panel event, in order.
indexes=$(python3 -c '
import json, sys
seen = []
for line in open(sys.argv[1]):
    try: e = json.loads(line)
    except ValueError: continue
    if e["event"] == "panel": seen.append(str(e["detail"]["index"]))
print(" ".join(seen))' "$events")
echo "panels: $indexes" >"$out/indexes.txt"
# right side 1, left side 0, wheel down 1, wheel up 0, drag left 1; the zoomed drag, the click
# beside the settings, the wheel and the drag on the strip add nothing (a panel announced again
# at its index is left out); the overview's first thumbnail; then the strip's last marker.
marker=$(cat "$out/strip-marker.txt" 2>/dev/null || echo none)
expected="1 0 1 0 1 0 $marker"
[ "$marker" != 0 ] && [ "$marker" != 1 ] || fail "the strip's last marker in view is panel $marker: a click there proves nothing"
[ "$(echo "$indexes" | tr ' ' '\n' | uniq | tr '\n' ' ' | sed 's/ $//')" = "$expected" ] ||
  fail "the clicks, wheel and drags turned to panels '$indexes', expected '$expected' (then no more)"
grep -q '"event":"zoom","detail":{"zoom":1.25' "$events" || fail "Ctrl + wheel did not zoom into the panel"
grep -q '"event":"overlay","detail":{"overlay":"settings"}' "$events" || fail "S did not open the settings"
overlays=$(grep -o '"event":"overlay","detail":{"overlay":"[a-z]*"' "$events" | sed 's/.*"overlay":"//; s/"$//' | tr '\n' ' ')
[ "$overlays" = "settings none overview none " ] ||
  fail "the overlays went '$overlays': a click beside the settings closes them, a thumbnail's closes the overview"
echo "ok:   clicks on the sides, the wheel and a drag turn the panel; Ctrl + wheel zooms, a zoomed drag does not turn; a click beside the settings closes them, one on a thumbnail opens it; the strip's wheel and drag do not turn, its marker jumps ($out)"
