#!/usr/bin/env bash
# Rasterizes the hand-authored SVG art (assets/art-src/STORY/*.svg) to PNG (assets/art/STORY/)
# with rsvg-convert, at the width the app shows them at. The PNGs are committed, so building and
# running Frise needs only stb_image. Run after editing any SVG.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
width=${ART_WIDTH:-960}
command -v rsvg-convert >/dev/null || { echo "render-art: install librsvg2-bin (scripts/setup.sh)" >&2; exit 1; }
find "$root/assets/art-src" -name '*.svg' | sort | while read -r svg; do
  rel=${svg#"$root/assets/art-src/"}
  png="$root/assets/art/${rel%.svg}.png"
  mkdir -p "$(dirname "$png")"
  if [ ! -f "$png" ] || [ "$svg" -nt "$png" ]; then
    rsvg-convert --width "$width" --keep-aspect-ratio "$svg" -o "$png"
    echo "render-art: ${png#"$root/"}"
  fi
done
