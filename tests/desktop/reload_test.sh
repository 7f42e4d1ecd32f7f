#!/usr/bin/env bash
# Live authoring: the app reads the story again when its file is saved, stays on the panel it
# showed, shows the errors of a broken save, and comes back to the panel once the file is fixed.
#   reload_test.sh BUILD_DIR
set -euo pipefail
build=$1
source "$(dirname "$0")/test_output.sh" desktop-reload
story="$out/story.json"
events="$out/events.txt"

write_story() { # $1 = headline of panel b, $2 = how many panels
  {
    printf '{"frise": 1, "title": "Brouillon", "panels": [\n'
    for i in $(seq "$2"); do
      id=$(printf "\\x$(printf %x $((96 + i)))")  # a, b, c…
      [ "$i" -gt 1 ] && printf ',\n'
      if [ "$id" = b ]; then printf '  {"id": "b", "headline": "%s"}' "$1"; else printf '  {"id": "%s", "headline": "Case %s"}' "$id" "$id"; fi
    done
    printf '\n]}\n'
  } >"$story.tmp"
  mv "$story.tmp" "$story"  # as editors save: a new file replaces the old one
}
count() { local n; n=$(grep -c "\"event\":\"$1\"" "$events" 2>/dev/null) || true; echo "${n:-0}"; }
last_ready() { grep '"event":"ready"' "$events" | tail -1; }
wait_for() { # $1 = event, $2 = how many of them, $3 = what it means
  for _ in $(seq 100); do [ "$(count "$1")" -ge "$2" ] && return 0; sleep 0.1; done
  echo "FAIL: $3"; cut -c1-200 "$events"; exit 1
}

write_story "Première version" 3
xvfb-run -a -s "-screen 0 1024x768x24" bash -c "
  '$build/frise' '$story' --panel b --size 800x600 --print-events > '$events' 2>&1 &
  echo \$! > '$out/pid'
  wait" &
wait_for ready 1 "the story never opened"
sleep 1.1  # file times can be as coarse as a second

write_story "Deuxième version" 4
wait_for ready 2 "saving the story did not reload it"
last_ready | grep -q '"count":4' && last_ready | grep -q '"id":"b"' ||
  { echo "FAIL: the reload did not stay on panel b of the new 4 panels"; last_ready | cut -c1-300; exit 1; }
last_ready | grep -q 'Deuxième version' ||
  { echo "FAIL: the reloaded panel does not show the new headline"; exit 1; }
echo "ok:   a save reloads the story and stays on panel b (now one of 4)"
sleep 1.1

printf '{"frise": 1, "title": "Brouillon", "panels": [\n  {"id": "a"\n  {"id": "b"}\n]}\n' >"$story.tmp" && mv "$story.tmp" "$story"
wait_for error 1 "a broken save did not show its error"
grep '"event":"error"' "$events" | grep -q 'story.json:2:13: error: malformed JSON' ||
  { echo "FAIL: the error does not name line and column"; grep '"event":"error"' "$events"; exit 1; }
echo "ok:   a broken save shows $(grep -o 'story.json:[0-9]*:[0-9]*: error: [^"]*' "$events" | head -1)"
sleep 1.1

write_story "Troisième version" 3
wait_for ready 3 "fixing the file did not bring the story back"
last_ready | grep -q '"count":3' && last_ready | grep -q '"id":"b"' ||
  { echo "FAIL: after the fix the reader is not back on panel b"; last_ready | cut -c1-300; exit 1; }
echo "ok:   the fixed file brings the reader back to panel b"

kill "$(cat "$out/pid")" 2>/dev/null || true
wait 2>/dev/null || true
