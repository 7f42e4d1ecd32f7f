#!/usr/bin/env bash
# The editor, driven as an author would with the mouse and keys (xdotool under Xvfb):
#  1. E opens it; the caption's French field is clicked, its text replaced by typing (a sentence
#     long enough to wrap: the field wraps it, the file gets it unwrapped); Ctrl+S
#     saves: the file differs from the original in that caption only (every other byte kept).
#  2. Typing again then Ctrl+Z takes it back: nothing is left to save.
#  3. Typing again, then closing the window (SIGTERM, as a desktop's close does): the app stays
#     open and asks whether to save.
#  4. Typing again while another program changes another panel in the file: the change is
#     merged in, and saving keeps both.
#  5. Dragging a balloon to the bottom right of the art gives it that place.
#  6. A balloon added with the editor's button is typed into and saved; the first one removed.
#  7. Typing again, then the app is killed mid-edit (SIGKILL, no chance to save): the recovery
#     file beside the story holds the typed words; the story file keeps the saved ones; the
#     next start offers the recovery.
#   editor_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 source=$2
source "$(dirname "$0")/test_output.sh" desktop-editor
where_py="$(cd "$(dirname "$0")" && pwd)/editor_where.py"  # where the editor last said NAME is
start_editor="$(cd "$(dirname "$0")" && pwd)/start_editor.sh"
story="$out/story.json"
cp "$source/tests/data/story-with-glossary.json" "$story"
cp "$story" "$out/original.json"

# Runs the app, opens the editor, waits for its fields, then runs the xdotool steps given as
# "$2" (a bash snippet that can use $x $y, the centre of the French caption field), then ends
# the app with signal $3. (Dear ImGui 1.86 reads the keys' state once a frame, so keys its text
# field must see, like Ctrl+A, are held for a few frames.)
session() {
  local name=$1 steps=$2 signal=$3
  local events="$out/$name-events.txt"
  timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
    source '$start_editor' '$build/frise' '$story' '$events' '$out/$name-stderr.txt'
    read x y < <(python3 '$where_py' '$events' caption/fr)
    $steps
    sleep 0.5
    import -window root '$out/$name.png'
    kill -$signal \$app; wait \$app 2>/dev/null || true
  " >"$out/$name-run.txt" 2>&1 || true
  grep -q '"event":"editor"' "$events" || fail "$name: E did not open the editor"
}

# ASCII only: xdotool cannot type other characters into Xvfb's keymap reliably.
typed='Un autre recit, pour voir si les lignes se replient bien dans le champ sans rien perdre.'
session save "xdotool mousemove \$x \$y click 1; sleep 0.3; xdotool keydown ctrl keydown a; sleep 0.15; xdotool keyup a keyup ctrl; xdotool type --delay 30 '$typed'; sleep 0.5; xdotool key ctrl+s; sleep 0.5" TERM
python3 - "$out/original.json" "$story" "$typed" <<'EOF' || fail "the saved file is not the original with only the caption changed"
import json, sys
original, saved, typed = open(sys.argv[1], encoding='utf-8').read(), open(sys.argv[2], encoding='utf-8').read(), sys.argv[3]
old = json.loads(original)['panels'][0]['caption']['fr']
expected = original.replace(json.dumps(old, ensure_ascii=False), json.dumps(typed, ensure_ascii=False), 1)
if saved != expected:
    print('saved:', saved[:600])
    sys.exit(1)
EOF
echo "ok:   typed into the caption and saved with Ctrl+S: the file changed in that caption only"

cp "$story" "$out/saved.json"
session undo "xdotool mousemove \$x \$y click 1; sleep 0.3; xdotool type --delay 30 ' Encore'; sleep 0.3; xdotool key ctrl+z; sleep 0.3; xdotool key ctrl+s; sleep 0.5" TERM
cmp -s "$story" "$out/saved.json" || fail "typing then Ctrl+Z then Ctrl+S changed the file"
[ ! -e "$story.recovery" ] || fail "a recovery file was left with nothing unsaved"
echo "ok:   typing then Ctrl+Z leaves nothing to save"

session ask "xdotool mousemove \$x \$y click 1; sleep 0.3; xdotool type --delay 30 ' Fermer ?'; sleep 0.5; kill -TERM \$app; sleep 1.5; kill -0 \$app && echo alive > '$out/alive.txt'" KILL
[ -s "$out/alive.txt" ] || fail "closing with unsaved edits did not keep the window open to ask"
cmp -s "$story" "$out/saved.json" || fail "closing with unsaved edits wrote the story"
rm -f "$story.recovery"
echo "ok:   closing the window with unsaved edits keeps it open and asks"

session merge "xdotool mousemove \$x \$y click 1; sleep 0.3; xdotool type --delay 30 ' Moi.'; sleep 0.5; sed -i 's/\"The end.\"/\"The very end.\"/' '$story'; sleep 1.5; xdotool key ctrl+s; sleep 0.5" TERM
grep -q 'Moi\.' "$story" || fail "after a change on disk, saving lost the typed words"
grep -q '"The very end."' "$story" || fail "saving after a change on disk lost the other program's change"
cp "$story" "$out/saved.json"
echo "ok:   a change made on disk to another panel while editing is merged in, and saving keeps both"

# Dragging the balloon to the bottom right third of the art asks for that place (its place is
# read from the panel event the app sends again once the editor narrows the panel).
session drag "sleep 0.6; read bx by ax ay aw ah < <(python3 -c '
import json, sys
for line in open(sys.argv[1]):
    e = json.loads(line)
    if e[\"event\"] == \"panel\": b, a = e[\"detail\"][\"balloons\"][0], e[\"detail\"][\"art\"]
print(int(b[0] + b[2] / 2), int(b[1] + b[3] / 2), int(a[0]), int(a[1]), int(a[2]), int(a[3]))' '$out/drag-events.txt'); xdotool mousemove \$bx \$by mousedown 1; sleep 0.2; for i in 1 2 3 4 5 6 7 8; do xdotool mousemove \$((bx + (ax + aw * 5 / 6 - bx) * i / 8)) \$((by + (ay + ah * 5 / 6 - by) * i / 8)); sleep 0.05; done; xdotool mouseup 1; sleep 0.5; xdotool key ctrl+s; sleep 0.5" TERM
python3 - "$story" <<'EOF2' || fail "dragging the balloon to the bottom right did not ask for that place"
import json, sys
balloon = json.load(open(sys.argv[1], encoding='utf-8'))['panels'][0]['balloons'][0]
sys.exit(0 if balloon.get('placement') == 'bottom-right' else 1)
EOF2
cp "$story" "$out/saved.json"
echo "ok:   a balloon dragged to the bottom right of the art is given that place"

# A balloon added with the editor's button, typed into, saved: the file gains that balloon after
# the first one, and nothing else changes; then the first balloon removed with its button.
# (Where the buttons and fields are is read from the latest "editor" event.)
typed_balloon='Et moi, alors'
# The editor's window scrolls: the wheel over it brings the balloons' buttons into view.
scroll_editor="xdotool mousemove 1000 400; for i in 1 2 3 4 5 6 7 8 9 10; do xdotool click 5; sleep 0.05; done; sleep 0.5"
session add "$scroll_editor; read bx by < <(python3 '$where_py' '$out/add-events.txt' add-balloon); xdotool mousemove \$bx \$by click 1; sleep 0.6; $scroll_editor; read fx fy < <(python3 '$where_py' '$out/add-events.txt' balloon/1/fr); xdotool mousemove \$fx \$fy click 1; sleep 0.3; xdotool keydown ctrl keydown a; sleep 0.15; xdotool keyup a keyup ctrl; xdotool type --delay 30 '$typed_balloon'; sleep 0.5; xdotool key ctrl+s; sleep 0.5" TERM
python3 - "$out/saved.json" "$story" "$typed_balloon" <<'EOF3' || fail "adding a balloon did not save that balloon alone after the first one"
import json, sys
before, after, typed = open(sys.argv[1], encoding='utf-8').read(), open(sys.argv[2], encoding='utf-8').read(), sys.argv[3]
balloons = json.loads(after)['panels'][0]['balloons']
if len(balloons) != 2 or balloons[1]['text'] != {'fr': typed, 'en': '\u2026'} or balloons[1].get('speaker') != 'a':
    print('balloons:', balloons)
    sys.exit(1)
# The file differs by one insertion, after the first balloon: every other byte is the old file's.
n = 0
while n < min(len(before), len(after)) and before[n] == after[n]: n += 1
m = 0
while m < min(len(before), len(after)) - n and before[-1 - m] == after[-1 - m]: m += 1
inserted = after[n:len(after) - m]
if len(before) - m != n or typed not in inserted or n < before.find('robot aligns the platform'):
    print('inserted at', n, ':', inserted)
    sys.exit(1)
EOF3
cp "$story" "$out/with-two.json"
session remove "$scroll_editor; read rx ry < <(python3 '$where_py' '$out/remove-events.txt' balloon/0/delete); xdotool mousemove \$rx \$ry click 1; sleep 0.6; xdotool key ctrl+s; sleep 0.5" TERM
python3 - "$story" "$typed_balloon" <<'EOF4' || fail "removing the first balloon did not leave the added one alone"
import json, sys
balloons = json.load(open(sys.argv[1], encoding='utf-8'))['panels'][0]['balloons']
sys.exit(0 if len(balloons) == 1 and balloons[0]['text']['fr'] == sys.argv[2] else 1)
EOF4
cp "$story" "$out/saved.json"
echo "ok:   a balloon added with the editor's button is typed into and saved alone; the first one removed with its button"

session crash "xdotool mousemove \$x \$y click 1; sleep 0.3; xdotool type --delay 30 ' Perdu ?'; sleep 6.5" KILL
cmp -s "$story" "$out/saved.json" || fail "the story file changed without a save"
[ -s "$story.recovery" ] || fail "no recovery file after 6 s of unsaved edits"
grep -q 'Perdu ?' "$story.recovery" || fail "the recovery file does not hold the typed words"
session offer "true" TERM
grep '"event":"editor"' "$out/offer-events.txt" | grep -q '"recovery":true' || fail "the next start did not offer the recovery"
echo "ok:   killed mid-edit, the recovery file holds the unsaved words and the next start offers them ($out)"
