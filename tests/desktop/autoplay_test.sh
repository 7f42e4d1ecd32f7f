#!/usr/bin/env bash
# Autoplay moves on by itself, each panel staying its own time, and stops at the last panel.
#   autoplay_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 source=$2
source "$(dirname "$0")/test_output.sh" desktop-autoplay
story="$source/panels/road45.json"
last_id=$(/usr/bin/python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['panels'][-1]['id'])" "$story")
before_last=$(/usr/bin/python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['panels'][-2]['id'])" "$story")
# Start two panels before the end: autoplay must show the next two and stop there.
xvfb-run -a -s "-screen 0 1024x768x24" bash -c "
  '$build/frise' '$story' --panel '$before_last' --autoplay --size 800x600 --print-events > '$out/events.txt' 2>&1 &
  pid=\$!
  for i in \$(seq 150); do grep -q '\"id\":\"$last_id\"' '$out/events.txt' && break; sleep 0.2; done
  sleep 1
  kill \$pid"
grep -q "\"event\":\"panel\".*\"id\":\"$last_id\"" "$out/events.txt" ||
  { echo "FAIL: autoplay did not reach the last panel"; cat "$out/events.txt" | cut -c1-120; exit 1; }
echo "ok:   autoplay moved from $before_last to $last_id by itself"
