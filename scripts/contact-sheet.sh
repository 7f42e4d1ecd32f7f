#!/usr/bin/env bash
# Renders every panel of a story with the desktop app (under Xvfb) and assembles contact
# sheets, to read a whole story at a glance:
#   scripts/contact-sheet.sh STORY.json LANG WxH OUT_DIR [PER_SHEET=12]
# Needs build/native/frise (./scripts/run.sh --desktop or ./scripts/test.sh builds it), or FRISE_BIN.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
story=$1 lang=$2 size=$3 out=$4 per_sheet=${5:-12}
mkdir -p "$out/panels"
export XDG_STATE_HOME="$out/state"  # never resume: each run opens the panel asked for
ids=$(/usr/bin/python3 -c "import json,sys; print(' '.join(p['id'] for p in json.load(open(sys.argv[1]))['panels']))" "$story")
n=0
for id in $ids; do
  n=$((n + 1))
  file=$(printf '%s/panels/%03d-%s.png' "$out" "$n" "$id")
  timeout 60 xvfb-run -a -s "-screen 0 ${size}x24" "${FRISE_BIN:-$root/build/native/frise}" "$story" --lang "$lang" --panel "$id" \
    --size "$size" --screenshot "$file" >/dev/null 2>&1 || echo "contact-sheet: $id failed" >&2
done
w=${size%x*}
cols=$(( w < 800 ? 4 : 3 ))
ls "$out"/panels/*.png | split -l "$per_sheet" - "$out/list-"
for list in "$out"/list-*; do
  montage $(cat "$list") -tile "${cols}x" -geometry +6+6 -background '#888888' "$out/sheet-${list##*-}.png"
  rm "$list"
done
echo "contact-sheet: $n panels, sheets in $out"
