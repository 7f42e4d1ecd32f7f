#!/usr/bin/env bash
# The editor's drags of whole panels, with the mouse as an author would (xdotool under Xvfb), on
# the story `frise new` writes (three panels, January to March 2024):
#  1. "Arrange the panels" shows the overview beside the editor; the first thumbnail dragged onto
#     the third's cell, then Ctrl+Z: one undo step takes the whole move back, nothing to save.
#  2. The same drag, then Ctrl+S: the panels are saved in the new order, and every byte outside
#     the panels' list is the old file's.
#  3. The second panel's marker dragged to the right along the time strip, then Ctrl+S: its date
#     is later, written as the strip's zoom allows (YYYY-MM or YYYY-MM-DD), and nothing else changed.
#  4. A click on a marker (no drag) still goes to that panel.
#   editor_drag_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source "$(dirname "$0")/test_output.sh" desktop-editor-drag
"$build/frise" new "$out/my-story" >/dev/null
story="$out/my-story/story.json"
cp "$story" "$out/original.json"
fail() { echo "FAIL: $*"; for f in "$out"/*-run.txt "$out"/*-stderr.txt; do echo "--- $f"; cut -c1-400 "$f"; done; exit 1; }

where_py="$(cd "$(dirname "$0")" && pwd)/editor_where.py"  # where the editor last said NAME is
start_editor="$(cd "$(dirname "$0")" && pwd)/start_editor.sh"

# Runs the app at 1280x800, opens the editor, runs the xdotool steps in "$2" (they may call
# `where NAME` and `drag X0 Y0 X1 Y1`), then ends the app.
session() {
  local name=$1 steps=$2
  local events="$out/$name-events.txt"
  timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
    where() { python3 '$where_py' '$events' \"\$1\"; }
    # As a hand drags: slow enough that the app draws several frames while the button is held,
    # however loaded the machine (a press, moves and release all between two frames is no drag).
    drag() {
      xdotool mousemove \$1 \$2 mousedown 1; sleep 0.4
      for i in 1 2 3 4 5 6 7 8; do xdotool mousemove \$((\$1 + (\$3 - \$1) * i / 8)) \$((\$2 + (\$4 - \$2) * i / 8)); sleep 0.15; done
      sleep 0.6; xdotool mouseup 1; sleep 0.8
    }
    source '$start_editor' '$build/frise' '$story' '$events' '$out/$name-stderr.txt'
    sleep 0.3
    $steps
    sleep 0.5
    import -window root '$out/$name.png'
    kill -TERM \$app; wait \$app 2>/dev/null || true
  " >"$out/$name-run.txt" 2>&1 || true
  grep -q '"event":"editor"' "$events" || fail "$name: E did not open the editor"
}

arrange='read ax ay < <(where arrange); xdotool mousemove $ax $ay click 1; sleep 0.8; read x0 y0 < <(where thumbnail/0); read x2 y2 < <(where thumbnail/2)'
session undo "$arrange; drag \$x0 \$y0 \$x2 \$y2; xdotool key ctrl+z; sleep 0.3; xdotool key ctrl+s; sleep 0.5"
grep -q '"thumbnail/2"' "$out/undo-events.txt" || fail "\"Arrange the panels\" did not show the overview beside the editor"
grep '"event":"editor"' "$out/undo-events.txt" | grep -q '"modified":true' || fail "the drag on the overview moved no panel"
cmp -s "$story" "$out/original.json" || fail "a panel dragged on the overview then Ctrl+Z left something to save"
[ ! -e "$story.recovery" ] || fail "a recovery file was left with nothing unsaved"
echo "ok:   a panel dragged on the overview beside the editor is one step: Ctrl+Z takes it back whole"

session reorder "$arrange; drag \$x0 \$y0 \$x2 \$y2; xdotool key ctrl+s; sleep 0.5"
python3 - "$out/original.json" "$story" <<'EOF2' || fail "dragging the first thumbnail onto the third did not save the panels in that order alone"
import json, sys
before, after = open(sys.argv[1], encoding='utf-8').read(), open(sys.argv[2], encoding='utf-8').read()
old, new = json.loads(before)['panels'], json.loads(after)['panels']
if [p['id'] for p in new] != ['thinking', 'your-turn', 'hello'] or sorted(map(json.dumps, old)) != sorted(map(json.dumps, new)):
    print('order:', [p['id'] for p in new])
    sys.exit(1)
start = before.index('"panels"')
end = before.rindex(']')
if after[:start] != before[:start] or after[after.rindex(']'):] != before[end:]:
    print('saved:', after[:300])
    sys.exit(1)
EOF2
echo "ok:   the first thumbnail dragged onto the third's cell saves the panels in that order, every other byte kept"

cp "$out/original.json" "$story"
session date "read mx my < <(where marker/1); drag \$mx \$my \$((mx + 120)) \$my; xdotool key ctrl+s; sleep 0.5"
python3 - "$out/original.json" "$story" <<'EOF3' || fail "dragging the second panel's marker to the right did not give it a later date alone"
import json, re, sys
before, after = open(sys.argv[1], encoding='utf-8').read(), open(sys.argv[2], encoding='utf-8').read()
date = json.loads(after)['panels'][1]['date']
if not re.fullmatch(r'2024-(0[2-9]|1[0-2])(-\d\d)?', date) or date in ('2024-02', '2024-02-01'):
    print('date:', date)
    sys.exit(1)
if after != before.replace('"date": "2024-02"', json.dumps({'date': date})[1:-1], 1):
    print('saved:', after[:600])
    sys.exit(1)
EOF3
echo "ok:   the second panel's marker dragged right along the strip gives it a later date ($(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['panels'][1]['date'])" "$story")), nothing else changed"

cp "$out/original.json" "$story"
session click "read mx my < <(where marker/2); xdotool mousemove \$mx \$my click 1; sleep 0.8"
cmp -s "$story" "$out/original.json" || fail "a click on a marker changed the story"
grep '"event":"editor"' "$out/click-events.txt" | tail -1 | grep -q '"panel":2' || fail "a click on the third panel's marker did not go to it"
echo "ok:   a click on a marker (no drag) goes to its panel and dates nothing ($out)"
