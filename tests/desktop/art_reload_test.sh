#!/usr/bin/env bash
# An artist saves a picture while the story is open: the panel shows the new picture within a
# second, without a reload of the story (natively the current panel's files are watched).
#   art_reload_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 source=$2
source "$(dirname "$0")/test_output.sh" desktop-art-reload
mkdir -p "$out/art"
cp "$source/assets/art/road45/00-cover.png" "$out/art/picture.png"
cat >"$out/story.json" <<'JSON'
{"frise": 1, "title": "Art", "language": "en", "panels": [
  {"id": "one", "caption": "A picture that changes.",
   "art": [{"image": "art/picture.png", "width": 960, "height": 640, "alt": "A picture."}]}]}
JSON
events="$out/events.txt"
timeout 120 xvfb-run -a -s "-screen 0 1024x700x24" bash -c "
  '$build/frise' '$out/story.json' --size 1024x700 --print-events >'$events' 2>'$out/stderr.txt' &
  app=\$!
  '$wait_for_event' '$events'
  sleep 0.8
  import -window root '$out/before.png'
  sleep 1.1  # a later modification time than the first picture's
  cp '$source/assets/art/road45/13-figaro.png' '$out/art/picture.tmp' && mv '$out/art/picture.tmp' '$out/art/picture.png'
  sleep 2
  import -window root '$out/after.png'
  kill \$app; wait \$app 2>/dev/null || true
" >"$out/run.txt" 2>&1 || true
grep -q '"event":"ready"' "$events" || fail "the story never opened"
[ -s "$out/before.png" ] && [ -s "$out/after.png" ] || fail "no screenshots"
changed=$(compare -metric AE "$out/before.png" "$out/after.png" null: 2>&1 || true)
[ "${changed%% *}" != 0 ] || fail "the panel still shows the old picture after it was saved"
[ "$(grep -c '"event":"ready"' "$events")" = 1 ] || fail "the story was read again: only the picture should be"
echo "ok:   a picture saved while shown is drawn anew within a second ($changed pixels changed; $out)"
