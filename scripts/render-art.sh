#!/usr/bin/env bash
# Rasterizes the hand-authored SVG art (assets/art-src/STORY/*.svg) to PNG (assets/art/STORY/)
# with rsvg-convert, at the width the stories declare (ART_WIDTH, default 960), and at twice that
# in assets/art/STORY/2x/ for large or high-density screens. The PNGs are
# committed, so building and running Frise needs only stb_image. Run after editing any SVG;
# FORCE=1 renders everything again.
#
# Shared parts (characters, props) live in assets/art-src/parts.svg and a story's own
# assets/art-src/STORY/parts.svg; panels use them with <use href="../parts.svg#narrator"/> or
# <use href="parts.svg#aryana"/>. librsvg only loads files from the SVG's own folder or below, so
# each panel is rendered from a staging folder where both parts files sit beside it.
#
# Art with words drawn in it has a variant per language: assets/art-src/STORY/NAME.LANG.svg (a copy
# of NAME.svg with its words translated, e.g. 14-karpman.en.svg) is rendered to
# assets/art/STORY/LANG/NAME.png and assets/art/STORY/2x/LANG/NAME.png, which the story names as
# the layer's "image": {"fr": "…/NAME.png", "en": "…/en/NAME.png"} (and "image_2x" likewise).
#
# Then scripts/art_regions.py writes each panel's art regions (faces, props, calm areas, read from
# the SVGs' geometry and markers) into the stories; CTest's art:regions_up_to_date checks them.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
src="$root/assets/art-src"
width=${ART_WIDTH:-960}
command -v rsvg-convert >/dev/null || { echo "render-art: install librsvg2-bin (scripts/setup.sh)" >&2; exit 1; }
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

find "$src" -mindepth 2 -name '*.svg' ! -name 'parts.svg' | sort | while read -r svg; do
  story_dir=$(dirname "$svg")
  rel=${svg#"$src/"}
  name=$(basename "${rel%.svg}")
  # NAME.LANG.svg: the variant of NAME.svg in language LANG, in a LANG folder.
  lang=""
  if [[ "$name" =~ ^(.+)\.([a-z]{2,3})$ ]]; then name=${BASH_REMATCH[1]}; lang="${BASH_REMATCH[2]}/"; fi
  newest_part=$(ls -t "$src/parts.svg" "$story_dir/parts.svg" 2>/dev/null | head -1 || true)
  # The panel at the width it is declared with, and at twice that for large or dense screens
  # (the story names it as image_2x).
  for scale in 1 2; do
    if [ "$scale" = 1 ]; then png="$root/assets/art/$(dirname "$rel")/$lang$name.png"; else png="$root/assets/art/$(dirname "$rel")/2x/$lang$name.png"; fi
    if [ -z "${FORCE:-}" ] && [ -f "$png" ] && [ "$png" -nt "$svg" ] && { [ -z "$newest_part" ] || [ "$png" -nt "$newest_part" ]; }; then
      continue
    fi
    mkdir -p "$(dirname "$png")"
    cp "$src/parts.svg" "$stage/shared-parts.svg"
    if [ -f "$story_dir/parts.svg" ]; then cp "$story_dir/parts.svg" "$stage/story-parts.svg"; fi
    sed -e 's#\.\./parts\.svg#shared-parts.svg#g' -e 's#href="parts\.svg#href="story-parts.svg#g' "$svg" >"$stage/panel.svg"
    rsvg-convert --width "$((width * scale))" --keep-aspect-ratio "$stage/panel.svg" -o "$png"
    echo "render-art: ${png#"$root/"} ($(stat -c %s "$png") bytes)"
  done
done
/usr/bin/python3 "$root/scripts/art_regions.py"
