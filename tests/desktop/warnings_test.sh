#!/usr/bin/env bash
# A story that opens with warnings shows them: its `ready` event counts them (`warnings`), a
# problems badge is drawn at the right of the top bar (checked in a screenshot), W opens the
# list of them (a screenshot of it is kept for people to look at) and Esc closes it; the live
# reload keeps the count up to date (a fixed save brings it to 0 and the badge goes).
#   warnings_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 source=$2
source "$(dirname "$0")/test_output.sh" desktop-warnings
event_detail() { # $1 = event name, $2 = file: the first such event's detail as JSON
  grep "\"event\":\"$1\"" "$2" | head -1 | sed 's/^{"event":"[a-z]*","detail"://; s/}$//'
}

# 1. The badge, in the app's own screenshot. The story has an unknown key, an image without alt
#    text (both found when it is read) and a missing image file (found when it is drawn): 3.
story="$out/story.json"
cp "$source/tests/data/story-with-warnings.json" "$story"
timeout 120 xvfb-run -a -s "-screen 0 1024x768x24" "$build/frise" "$story" --size 800x600 --screenshot "$out/badge.png" \
  --print-events >"$out/stdout.txt" 2>"$out/stderr.txt" || fail "the app exited with an error"
event_detail ready "$out/stdout.txt" >"$out/ready.json"
grep -q '"warnings":3' "$out/ready.json" || fail "the ready event does not count 3 warnings: $(grep -o '"warnings":[0-9]*' "$out/ready.json")"
"$build/tests/desktop/frise_check_screenshot" "$out/badge.png" "$out/ready.json" --badge || fail "the badge is not drawn"
echo "ok:   the ready event counts 3 warnings and the badge is drawn ($out/badge.png)"

# 2. The list (W), Esc, and the live reload, in one run driven by xdotool.
events="$out/events.txt"
count() { local n; n=$(grep -c "\"event\":\"$1\"" "$events" 2>/dev/null) || true; echo "${n:-0}"; }
wait_for() { # $1 = event, $2 = how many of them, $3 = what it means
  for _ in $(seq 150); do [ "$(count "$1")" -ge "$2" ] && return 0; sleep 0.1; done
  fail "$3"
}
timeout 120 xvfb-run -a -s "-screen 0 800x600x24" bash -c "
  '$build/frise' '$story' --size 800x600 --print-events >'$events' 2>'$out/live-stderr.txt' &
  app=\$!
  '$wait_for_event' '$events'
  sleep 0.5
  xdotool key w; sleep 0.6
  import -window root '$out/list.png'
  xdotool key Escape; sleep 0.6
  import -window root '$out/list-closed.png'
  sleep 0.6  # file times can be as coarse as a second
  # The author fixes the story: the known key, an alt text, no image.
  sed -e '/\"colour\"/d' -e 's/\"art\": .*/\"art\": {\"background\": \"#CFE8F3\"}/' '$story' >'$story.tmp'
  mv '$story.tmp' '$story'
  for _ in \$(seq 150); do [ \$(grep -c '\"event\":\"ready\"' '$events') -ge 2 ] && break; sleep 0.1; done
  sleep 0.3
  import -window root '$out/fixed.png'
  kill \$app; wait \$app 2>/dev/null || true
" >"$out/live-stdout.txt" 2>&1 || true
wait_for ready 1 "the story never opened"
grep '"event":"ready"' "$events" | head -1 | grep -q '"warnings":3' || fail "the live run did not count 3 warnings"
[ -s "$out/list.png" ] || fail "no screenshot of the list of warnings"
wait_for ready 2 "saving the fixed story did not reload it"
grep '"event":"ready"' "$events" | sed -n 2p | grep -q '"warnings":0' ||
  fail "after the fix the ready event does not count 0 warnings: $(grep '"event":"ready"' "$events" | sed -n 2p | grep -o '"warnings":[0-9]*')"
grep '"event":"ready"' "$events" | sed -n 2p | grep -q '"badge"' && fail "the badge is still drawn once the warnings are gone"
echo "ok:   W lists the warnings ($out/list.png), Esc closes the list, a fixed save brings the count to 0 and the badge goes"
