#!/usr/bin/env bash
# Art with words drawn in it has a file per language: Road 45's karpman names its roles in the
# picture. Read in French, the panel is drawn from the French file; L switches the story to
# English and the panel is drawn again from the English one (the `art_files` each panel event
# carries), and L back to French shows the French one again.
#   art_language_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 source=$2
source "$(dirname "$0")/test_output.sh" desktop-art-language
events="$out/events.txt"
timeout 100 xvfb-run -a -s "-screen 0 1024x700x24" bash -c "
  '$build/frise' '$source/panels/road45.json' --panel karpman --lang fr --size 1024x700 --motion reduce --print-events >'$events' 2>'$out/stderr.txt' &
  app=\$!
  '$wait_for_event' '$events'
  sleep 0.5
  xdotool key l; sleep 1
  xdotool key l; sleep 1
  kill \$app; wait \$app 2>/dev/null || true
" >"$out/run.txt" 2>&1 || true
grep -q '"event":"ready"' "$events" || fail "the story never opened"
python3 - "$events" >"$out/checks.txt" <<'PY' || fail "$(cat "$out/checks.txt")"
import json, sys
shown = []
for line in open(sys.argv[1]):
    try: e = json.loads(line)
    except ValueError: continue
    if e["event"] in ("ready", "panel"):
        d = e["detail"]
        step = (d["language"], [f.split("/assets/art/")[-1] for f in d.get("art_files", [])])
        if not shown or shown[-1] != step: shown.append(step)
def named(lang, files):
    want = "road45/en/32-karpman.png" if lang == "en" else "road45/32-karpman.png"
    want_2x = want.replace("road45/", "road45/2x/")
    return len(files) == 1 and files[0] in (want, want_2x)
problems = []
langs = [l for l, _ in shown]
if langs[:3] != ["fr", "en", "fr"]: problems.append(f"the panel was shown in {langs}, expected fr, en, fr")
for lang, files in shown[:3]:
    if not named(lang, files): problems.append(f"in {lang} the art was drawn from {files}")
print("\n".join(problems) if problems else "ok")
sys.exit(1 if problems else 0)
PY
echo "ok:   karpman's art is drawn from the French file, from the English one after L, and the French again after L ($out)"
