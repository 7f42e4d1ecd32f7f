#!/usr/bin/env bash
# A story's glossary and links, used from the keyboard as a reader would: G shows the card of the
# panel's first marked term (the screen changes), G again the next one, then focuses the link,
# which Enter opens (a `link` event with its address; FRISE_LINKS_NOT_OPENED keeps the browser
# shut); G once more opens the list of every term, and Esc closes it, back to the plain panel.
#   glossary_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 source=$2
source "$(dirname "$0")/test_output.sh" desktop-glossary
export FRISE_LINKS_NOT_OPENED=1
events="$out/events.txt"
timeout 120 xvfb-run -a -s "-screen 0 1024x700x24" bash -c "
  '$build/frise' '$source/tests/data/story-with-glossary.json' --size 1024x700 --print-events >'$events' 2>'$out/stderr.txt' &
  app=\$!
  '$wait_for_event' '$events'
  sleep 0.5
  shot() { sleep 0.6; import -window root \"$out/\$1.png\"; }
  shot plain
  xdotool key g; shot first-term
  xdotool key g; shot second-term
  xdotool key g; shot link
  xdotool key Return; sleep 0.3
  xdotool key g; shot list
  xdotool key Escape; shot closed
  kill \$app; wait \$app 2>/dev/null || true
" >"$out/run.txt" 2>&1 || true
grep -q '"event":"ready"' "$events" || fail "the story never opened"
for shot in plain first-term second-term link list closed; do [ -s "$out/$shot.png" ] || fail "no screenshot $shot"; done
differs() { [ "$(compare -metric AE "$out/$1.png" "$out/$2.png" null: 2>&1 || true)" != 0 ]; }
differs plain first-term || fail "G showed no card"
differs first-term second-term || fail "G again did not move to the next term"
differs second-term link || fail "G did not focus the link"
grep -q '"event":"link","detail":{"url":"https://blog.octo.com/"}' "$events" || fail "Enter on the focused link did not open it"
differs plain list || fail "G after the last term and link did not open the list of terms"
differs plain closed && fail "Esc did not close the list (the panel is not back as it was)"
echo "ok:   G shows each term's card, focuses the link that Enter opens, then lists every term; Esc closes ($out)"
