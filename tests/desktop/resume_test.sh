#!/usr/bin/env bash
# Reopening a story returns to the last panel read, unless the command line asks for another.
#   resume_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 source=$2
source "$(dirname "$0")/test_output.sh" desktop-resume
story="$source/panels/road45.json"
last_id=$(/usr/bin/python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['panels'][3]['id'])" "$story")

# First visit: open at the fourth panel and leave (moving there is what gets remembered).
xvfb-run -a -s "-screen 0 1024x768x24" bash -c "
  '$build/frise' '$story' --size 800x600 --print-events > '$out/first.txt' 2>&1 &
  pid=\$!
  for i in \$(seq 50); do grep -q '\"event\":\"ready\"' '$out/first.txt' && break; sleep 0.2; done
  sleep 1
  xdotool search --sync --name Frise windowfocus 2>/dev/null || true
  # Right until the fourth panel is on screen (a key sent while the window takes focus can be lost).
  for i in \$(seq 12); do
    grep -q '\"id\":\"$last_id\"' '$out/first.txt' && break
    [ \$(grep -c '\"event\":\"panel\"' '$out/first.txt') -lt 3 ] && xdotool key Right
    sleep 0.5
  done
  kill \$pid"
grep -q "\"id\":\"$last_id\"" "$out/first.txt" || { echo "FAIL: the first visit did not reach $last_id"; cat "$out/first.txt"; exit 1; }

# Second visit: the same story opens where the reader stopped.
timeout 60 xvfb-run -a "$build/frise" "$story" --size 800x600 --screenshot "$out/second.png" --print-events > "$out/second.txt" 2>&1
grep '"event":"ready"' "$out/second.txt" | grep -q "\"id\":\"$last_id\"" ||
  { echo "FAIL: the second visit did not resume at $last_id"; cat "$out/second.txt"; exit 1; }
echo "ok:   reopening resumes at $last_id"

# A requested panel wins over the remembered one.
timeout 60 xvfb-run -a "$build/frise" "$story" --panel air-gap --size 800x600 --screenshot "$out/third.png" --print-events > "$out/third.txt" 2>&1
grep '"event":"ready"' "$out/third.txt" | grep -q '"id":"air-gap"' || { echo "FAIL: --panel did not win"; exit 1; }
echo "ok:   --panel air-gap wins over the remembered panel"
