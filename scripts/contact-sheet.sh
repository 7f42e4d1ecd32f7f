#!/usr/bin/env bash
# Renders every panel of a story with the desktop app (under Xvfb, one run: `frise --export`)
# and assembles contact sheets, to read a whole story at a glance:
#   scripts/contact-sheet.sh STORY.json LANG WxH OUT_DIR [PER_SHEET=12]
# Needs build/native/frise (./scripts/run.sh --desktop or ./scripts/test.sh builds it), or FRISE_BIN.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
story=$1 lang=$2 size=$3 out=$4 per_sheet=${5:-12}
rm -rf "$out/panels"
w=${size%x*} h=${size#*x}
# The virtual screen holds the window whatever its size.
timeout 600 xvfb-run -a -s "-screen 0 $((w > 1600 ? w : 1600))x$((h > 1200 ? h : 1200))x24" \
  "${FRISE_BIN:-$root/build/native/frise}" "$story" --lang "$lang" --size "$size" --export "$out/panels" >/dev/null
n=$(ls "$out"/panels/*.png | wc -l)
cols=$(( w < 800 ? 4 : 3 ))
ls "$out"/panels/*.png | split -l "$per_sheet" - "$out/list-"
for list in "$out"/list-*; do
  montage $(cat "$list") -tile "${cols}x" -geometry +6+6 -background '#888888' "$out/sheet-${list##*-}.png"
  rm "$list"
done
echo "contact-sheet: $n panels, sheets in $out"
