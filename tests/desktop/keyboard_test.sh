#!/usr/bin/env bash
# The overlays with the keyboard only, as a reader without a mouse goes through them: in the
# settings, the arrows, Space and Tab never move the comic behind; Tab, Shift+Tab and Up/Down move
# between the controls and Left/Right change the focused one (seen in the settings each panel
# event carries); Esc closes. In the overview the arrows move the highlight, Esc closes without
# moving, Enter opens the highlighted panel and closes it. In the search typing finds, Down picks
# the second result and Enter opens it. L then reads the story in English.
#   keyboard_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 source=$2
source "$(dirname "$0")/test_output.sh" desktop-keyboard
events="$out/events.txt"
timeout 150 xvfb-run -a -s "-screen 0 1024x700x24" bash -c "
  '$build/frise' '$source/panels/road45.json' --size 1024x700 --motion reduce --print-events >'$events' 2>'$out/stderr.txt' &
  app=\$!
  '$wait_for_event' '$events'
  sleep 0.5
  key() { for k in \"\$@\"; do xdotool key \"\$k\"; sleep 0.25; done; echo \"keys \$*\" >>'$out/keys.txt'; }
  key s Right space              # settings; the language control: English, then back to French
  key Tab Right                  # the theme: dark
  key Tab Right                  # the text size: larger
  key shift+Tab Right            # back on the theme: high contrast
  key Down Left                  # the text size again: back to normal
  key Escape Right               # closed: Right moves the comic again, to the second panel
  key o Right Right Down Left Escape   # the overview: moved about, closed without moving
  key o Right Return             # the third panel
  key slash; xdotool type --delay 60 cloud; sleep 0.4
  key Down Return                # the second result
  key l
  sleep 0.5
  kill \$app; wait \$app 2>/dev/null || true
" >"$out/run.txt" 2>&1 || true
grep -q '"event":"ready"' "$events" || fail "the story never opened"
python3 - "$events" >"$out/checks.txt" <<'PY' || fail "$(cat "$out/checks.txt")"
import json, sys
events = []
for line in open(sys.argv[1]):
    try: events.append(json.loads(line))
    except ValueError: pass
panels = [e["detail"] for e in events if e["event"] in ("ready", "panel")]
overlays = [e["detail"]["overlay"] for e in events if e["event"] == "overlay"]
problems = []
def expect(ok, what):
    if not ok: problems.append(what)
# The settings' changes, in order, each announced with the panel it was made on.
def settings_of(d): return (d["language"], d["settings"]["theme"], round(d["settings"]["text_size"], 2))
seen = []
for d in panels:
    s = settings_of(d)
    if not seen or seen[-1][0] != s: seen.append((s, d["index"]))
changes = [s for s, _ in seen]
expected = [("fr", "light", 1.0), ("en", "light", 1.0), ("fr", "light", 1.0), ("fr", "dark", 1.0),
            ("fr", "dark", 1.1), ("fr", "contrast", 1.1), ("fr", "contrast", 1.0)]
expect(changes[:len(expected)] == expected, f"the settings went {changes[:len(expected)]}, expected {expected}")
expect(all(i == 0 for _, i in seen[:len(expected)]), "the keys in the settings moved the comic behind them")
indexes = []
for d in panels:
    if not indexes or indexes[-1] != d["index"]: indexes.append(d["index"])
expect(indexes[:3] == [0, 1, 2], f"after the settings Right, then the overview's Enter went to panels {indexes[:3]}, expected 0, 1, 2 (Esc in the overview moves nothing)")
expect(overlays[:6] == ["settings", "none", "overview", "none", "overview", "none"],
       f"the overlays opened and closed as {overlays[:6]}")
expect(len(overlays) >= 8 and overlays[6:8] == ["search", "none"], f"the search did not open and close with Enter ({overlays[6:]})")
found = panels[-1]
expect(len(indexes) >= 4 and indexes[3] != 2 and "cloud" in json.dumps(found["text"]).lower(),
       f"Enter in the search did not open a panel that says cloud ({indexes})")
expect(found["language"] == "en", f"L did not switch the story to English ({found['language']})")
print("\n".join(problems) if problems else "ok")
sys.exit(1 if problems else 0)
PY
echo "ok:   settings, overview and search work from the keyboard alone and never move the comic behind; L switches to English ($out)"
