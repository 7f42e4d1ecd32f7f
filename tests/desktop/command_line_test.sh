#!/usr/bin/env bash
# The program's commands as a user runs them (the reader's under Xvfb):
#   command_line_test.sh KIND BUILD_DIR SOURCE_DIR
# KIND: version, export, export-strip, folder, new, screenshot, drop, window, publish-files, install, errors.
set -euo pipefail
kind=$1 build=$2 source=$3
frise="$build/frise"
out="$build/test-output/command-line-$kind"
rm -rf "$out" && mkdir -p "$out"
export XDG_STATE_HOME="$out/state"  # a first visit each time, and nothing of the user's touched
fail() { echo "FAIL: $*"; for f in "$out"/*.txt; do [ -f "$f" ] && { echo "--- $f"; tail -20 "$f"; }; done; exit 1; }
ok() { echo "ok:   $*"; }
# A PNG's size as WxH, from its header (no image tool needed).
png_size() { /usr/bin/python3 -c "import struct,sys; d=open(sys.argv[1],'rb').read(24); print('%dx%d' % struct.unpack('>II', d[16:24]))" "$1"; }
xvfb() { timeout 300 xvfb-run -a -s "-screen 0 1600x1200x24" "$@"; }
story="$source/panels/road45.json"
panels=$(/usr/bin/python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['panels']))" "$story")

case "$kind" in
  version)
    "$frise" --version >"$out/stdout.txt" || fail "--version exited with an error"
    grep -Eq '^frise [0-9]+\.[0-9]+\.[0-9]+' "$out/stdout.txt" || fail "--version printed: $(cat "$out/stdout.txt")"
    [ "$("$frise" version)" = "$(cat "$out/stdout.txt")" ] || fail "frise version differs from frise --version"
    ok "frise --version and frise version print $(cat "$out/stdout.txt"), without a window (no display here)"
    ;;
  export)
    xvfb "$frise" "$story" --export "$out/panels" --size 720x480 --lang en >"$out/stdout.txt" 2>"$out/stderr.txt" ||
      fail "--export exited with an error"
    count=$(ls "$out/panels"/*.png | wc -l)
    [ "$count" -eq "$panels" ] || fail "$count files for $panels panels"
    [ -z "$(ls "$out/panels" | grep -v '^[0-9][0-9][0-9]-.*\.png$')" ] || fail "files other than NNN-ID.png: $(ls "$out/panels")"
    first=$(/usr/bin/python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['panels'][0]['id'])" "$story")
    [ -f "$out/panels/001-$first.png" ] || fail "no 001-$first.png"
    for png in "$out/panels"/*.png; do [ "$(png_size "$png")" = 720x480 ] || fail "$png is $(png_size "$png")"; done
    grep -q "panel $panels of $panels" "$out/stderr.txt" || fail "no progress on stderr"
    [ ! -e "$XDG_STATE_HOME/frise/state.json" ] || fail "the export saved a reading position"
    ok "--export wrote $count panels of 720x480 as NNN-ID.png, with progress, saving no reading position"
    # Ctrl+C in the middle: the files left are whole PNGs, no .part remains, the exit code says so.
    # (A shell starts a background job with Ctrl+C's signal ignored; a terminal's foreground
    # program has it: python gives it back before starting frise.)
    xvfb bash -c "
      /usr/bin/python3 -c 'import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])' \\
        '$frise' '$source/panels/squad-interviews.json' --export '$out/stopped' --size 1280x800 > '$out/stopped.txt' 2>&1 &
      pid=\$!
      for i in \$(seq 200); do [ \$(ls '$out/stopped' 2>/dev/null | grep -c 'png\$') -ge 3 ] && break; sleep 0.05; done
      kill -INT \$pid
      wait \$pid
      echo \"exit \$?\" >> '$out/stopped.txt'" || true
    grep -q "^exit 130" "$out/stopped.txt" || fail "an interrupted export did not exit with 130"
    grep -q "export interrupted" "$out/stopped.txt" || fail "no word of the interruption"
    [ -z "$(ls "$out/stopped" | grep -v '\.png$')" ] || fail "partial files left: $(ls "$out/stopped")"
    for png in "$out/stopped"/*.png; do [ "$(png_size "$png")" = 1280x800 ] || fail "$png is cut short"; done
    ok "Ctrl+C stops it with $(ls "$out/stopped" | wc -l) whole files: $(grep interrupted "$out/stopped.txt")"
    ;;
  export-strip)
    xvfb "$frise" "$story" --export-strip "$out/strip.png" --lang en >"$out/stdout.txt" 2>"$out/stderr.txt" ||
      fail "--export-strip exited with an error"
    size=$(png_size "$out/strip.png")
    w=${size%x*} h=${size#*x}
    [ "$w" -le 32767 ] && [ "$w" -ge $((panels * 320)) ] || fail "the strip is $size for $panels panels"
    [ "$h" -ge 200 ] && [ "$h" -le 800 ] || fail "the strip is $size: not one row of panels"
    [ $((w % panels)) -eq 0 ] || fail "the strip's width $w is not $panels equal columns"
    ok "--export-strip wrote one row of $panels panels, $size"
    # Too wide: refused before any window opens, with the limit and a size that fits.
    "$frise" "$source/panels/squad-interviews.json" --export-strip "$out/big.png" --size 1280x800 2>"$out/big.txt" &&
      fail "a strip over the limit was accepted"
    grep -q "wider than 32767 pixels.*--size [0-9]*x[0-9]* or smaller fits" "$out/big.txt" || fail "$(cat "$out/big.txt")"
    ok "too wide a strip is refused: $(cat "$out/big.txt")"
    ;;
  folder)
    xvfb "$frise" "$source/panels" --size 800x600 --screenshot "$out/shot.png" --print-events >"$out/stdout.txt" \
      2>"$out/stderr.txt" || fail "frise DIR exited with an error"
    ready=$(grep '"event":"ready"' "$out/stdout.txt" | head -1)
    echo "$ready" | grep -q "\"file\":\"$source/panels/road45.json\"" || fail "the ready event does not list road45"
    echo "$ready" | grep -q "\"file\":\"$source/panels/squad-interviews.json\"" || fail "nor squad-interviews"
    echo "$ready" | grep -q '"overlay":"picker"' || fail "the picker is not open: $ready"
    ok "frise panels/ opens the picker on its two stories"
    mkdir -p "$out/one" && "$frise" new "$out/one/story" >/dev/null && echo '{"not": "a story"}' >"$out/one/story/notes.json"
    xvfb "$frise" "$out/one/story" --size 800x600 --screenshot "$out/one.png" --print-events >"$out/one.txt" 2>&1 ||
      fail "a folder of one story did not open"
    grep '"event":"ready"' "$out/one.txt" | grep -q '"overlay":"none"' || fail "one story: the picker should not open"
    grep -q "left out notes.json" "$out/one.txt" || fail "notes.json left out without a word"
    ok "a folder of one story opens it directly, saying what it left out"
    mkdir -p "$out/empty" && "$frise" "$out/empty" 2>"$out/empty.txt" && fail "an empty folder was accepted"
    grep -q "no story in $out/empty" "$out/empty.txt" || fail "$(cat "$out/empty.txt")"
    ok "an empty folder: $(cat "$out/empty.txt")"
    # A hostile folder: a FIFO, a folder and a dangling link named like stories, an index naming
    # a file outside it, a missing one and a malformed entry. Nothing is waited on; the one story
    # opens, and what was left out is said, the index's problems with their line and column.
    hostile="$out/hostile"
    mkdir -p "$hostile/folder.json" && "$frise" new "$hostile/s" >/dev/null && mv "$hostile/s/story.json" "$hostile/only.json"
    rm -rf "$hostile/s" && mkfifo "$hostile/pipe.json" && ln -s "$out/nowhere.json" "$hostile/dangling.json"
    printf '{"stories": [{"file": "/etc/passwd"}, {"file": "gone.json"}, 3, {"file": "only.json"}]}' >"$hostile/index.json"
    xvfb timeout 60 "$frise" "$hostile" --size 800x600 --screenshot "$out/hostile.png" --print-events >"$out/hostile.txt" \
      2>&1 || fail "the hostile folder did not open its story"
    grep '"event":"ready"' "$out/hostile.txt" | grep -q '"overlay":"none"' || fail "the hostile folder: not ready on its story"
    grep -q "index.json:1:23: /stories/0/file: error: the path \"/etc/passwd\" is absolute: name the story relative to the story list" "$out/hostile.txt" || fail "the index's outside path not said"
    grep -q "index.json:1:62: /stories/2: error: expected a story" "$out/hostile.txt" || fail "the index's bad entry not said"
    grep -q "index.json names $hostile/gone.json, which is not there" "$out/hostile.txt" || fail "the missing story not said"
    ok "a folder with a FIFO, a folder, a dangling link and a hostile index opens its one story, saying what it left out"
    "$frise" validate "$hostile" >"$out/validate-dir.txt" && fail "validate DIR passed"
    grep -q "is a folder, not a story file (frise validate $hostile/\*.json checks the stories in it)" "$out/validate-dir.txt" ||
      fail "validate DIR: $(cat "$out/validate-dir.txt")"
    ok "validate on a folder: $(cat "$out/validate-dir.txt")"
    ;;
  new)
    "$frise" new "$out/my-story" >"$out/stdout.txt" || fail "frise new exited with an error"
    for f in story.json story.schema.json art/placeholder.png; do [ -s "$out/my-story/$f" ] || fail "no $f"; done
    cmp -s "$out/my-story/story.schema.json" "$source/panels/story.schema.json" || fail "the schema is not the project's"
    "$frise" validate --strict "$out/my-story/story.json" >"$out/validate.txt" || fail "validate --strict: $(cat "$out/validate.txt")"
    [ ! -s "$out/validate.txt" ] || fail "validate printed: $(cat "$out/validate.txt")"
    /usr/bin/python3 "$source/tests/check_schema.py" "$out/my-story/story.schema.json" "$out/my-story/story.json" ||
      fail "the starter story does not satisfy its schema"
    "$frise" new "$out/my-story" 2>"$out/again.txt" && fail "frise new wrote over a story"
    grep -q "already exists: nothing written" "$out/again.txt" || fail "$(cat "$out/again.txt")"
    xvfb "$frise" "$out/my-story/story.json" --export "$out/panels" --size 720x480 >"$out/export.txt" 2>&1 ||
      fail "the starter story does not export"
    [ "$(ls "$out/panels" | wc -l)" -eq 3 ] || fail "not three panels"
    ok "frise new wrote a story that validate --strict and the schema pass clean, and refuses to overwrite it"
    ;;
  screenshot)
    # F12 in the running app: a PNG beside the story and a "screenshot" event with its path.
    mkdir -p "$out/story" && "$frise" new "$out/story/s" >/dev/null
    xvfb bash -c "
      '$frise' '$out/story/s/story.json' --size 800x600 --print-events > '$out/events.txt' 2>'$out/stderr.txt' &
      pid=\$!
      for i in \$(seq 50); do grep -q '\"event\":\"ready\"' '$out/events.txt' && break; sleep 0.2; done
      xdotool search --sync --name Frise windowfocus 2>/dev/null || true
      for i in \$(seq 10); do grep -q '\"event\":\"screenshot\"' '$out/events.txt' && break; xdotool key F12; sleep 0.5; done
      sleep 0.5
      kill \$pid"
    shot=$(grep -o '"event":"screenshot","detail":{"height":600,"path":"[^"]*"' "$out/events.txt" | head -1 | sed 's/.*"path":"//; s/"$//')
    [ -n "$shot" ] || fail "no screenshot event after F12"
    [ -f "$shot" ] && [ "$(dirname "$shot")" = "$out/story/s" ] || fail "the screenshot is not beside the story: $shot"
    [ "$(png_size "$shot")" = 800x600 ] || fail "the screenshot is $(png_size "$shot")"
    ok "F12 saved $(basename "$shot") (800x600) beside the story"
    ;;
  drop)
    # A file manager's drop (XDND, by frise_xdnd_drop): a story opens; a picture is refused.
    mkdir -p "$out/s" && "$frise" new "$out/s/new" >/dev/null
    xvfb bash -c "
      '$frise' '$story' --size 800x600 --print-events > '$out/events.txt' 2>'$out/stderr.txt' &
      pid=\$!
      for i in \$(seq 50); do grep -q '\"event\":\"ready\"' '$out/events.txt' && break; sleep 0.2; done
      '$build/tests/desktop/frise_xdnd_drop' Frise '$out/s/new/art/placeholder.png' > '$out/drop1.txt' 2>&1
      '$build/tests/desktop/frise_xdnd_drop' Frise '$out/s/new/story.json' > '$out/drop2.txt' 2>&1
      for i in \$(seq 50); do grep -q '\"event\":\"panel\".*\"story\":\"$out/s/new/story.json\"' '$out/events.txt' && break; sleep 0.2; done
      kill \$pid"
    grep -q "cannot open placeholder.png: not a story" "$out/stderr.txt" || fail "the picture was not refused: $(cat "$out/drop1.txt")"
    # The new story's first panel is announced as a "panel" event (as when the picker opens one).
    grep '"event":"panel"' "$out/events.txt" | grep -q "\"story\":\"$out/s/new/story.json\"" ||
      fail "the dropped story did not open: $(cat "$out/drop2.txt")"
    ok "a dropped story opens ($(cat "$out/drop2.txt")); a dropped picture is refused with a notice"
    ;;
  window)
    # The window's size and place are kept when the reader moves or resizes it, and reused.
    xvfb bash -c "
      '$frise' '$story' --print-events > '$out/first.txt' 2>&1 &
      pid=\$!
      for i in \$(seq 50); do grep -q '\"event\":\"ready\"' '$out/first.txt' && break; sleep 0.2; done
      id=\$(xdotool search --sync --name Frise | head -1)
      xdotool windowsize \$id 900 650; sleep 0.5; xdotool windowmove \$id 120 90; sleep 1.5
      kill \$pid; wait \$pid"
    grep -q '"width":900,"height":650' "$XDG_STATE_HOME/frise/state.json" ||
      fail "the window's size was not saved: $(cat "$XDG_STATE_HOME/frise/state.json" 2>/dev/null)"
    xvfb "$frise" "$story" --screenshot "$out/second.png" >"$out/second.txt" 2>&1 || fail "the second start failed"
    [ "$(png_size "$out/second.png")" = 900x650 ] || fail "reopened at $(png_size "$out/second.png"), not 900x650"
    ok "the window reopens at the size it was left at (900x650): $(grep -o '"window":{[^}]*}' "$XDG_STATE_HOME/frise/state.json")"
    ;;
  publish-files)
    # A stand-in web build: the engine's files, and what a publish must leave behind (the demo
    # page, the bundled stories and their art).
    web="$out/web"
    mkdir -p "$web/assets/fonts" "$web/panels" "$web/assets/art/road45"
    for f in index.html text.html; do printf '<!doctype html>\n<head>\n  <meta charset="utf-8">\n</head>\n' >"$web/$f"; done
    for f in frise.css frise-shared.js frise-page.js text.js favicon.svg frise.js frise.wasm frise.wasm.json \
             embed.css embed.js assets/fonts/OpenDyslexic-Regular.otf panels/road45.json panels/index.json \
             assets/art/road45/00-cover.png; do echo "$f" >"$web/$f"; done
    echo demo >"$web/embed.html"
    "$frise" publish "$source/panels/squad-interviews.json" --out "$out/site" --web "$web" >"$out/stdout.txt" 2>&1 ||
      fail "publish exited with an error"
    (cd "$out/site" && find . -type f | sed 's|^\./||' | sort) >"$out/files.txt"
    /usr/bin/python3 - "$source/panels/squad-interviews.json" >"$out/expected.txt" <<'EOF'
import json, os, sys
story = json.load(open(sys.argv[1]))
files = {'index.html', 'text.html', 'frise.css', 'frise-shared.js', 'frise-page.js', 'text.js', 'favicon.svg', 'frise.js',
         'frise.wasm', 'frise.wasm.json', 'assets/fonts/OpenDyslexic-Regular.otf', 'embed.html', '_headers',
         'frise.nginx.conf', 'panels/index.json', 'panels/squad-interviews.json'}
def add(image):
    for key in ('image', 'image_2x'):
        if image.get(key):
            files.add(os.path.normpath(os.path.join('panels', image[key])))
for panel in story['panels']:
    art = panel.get('art', {})
    for layer in (art.get('layers', []) if isinstance(art, dict) else art):
        add(layer)
for sprite in story.get('sprites', []):
    add(sprite)
for character in story.get('characters', []):
    if isinstance(character.get('portrait'), dict):
        add(character['portrait'])
print('\n'.join(sorted(files)))
EOF
    diff "$out/expected.txt" "$out/files.txt" >"$out/diff.txt" || fail "the published files differ from the expected list: $(cat "$out/diff.txt")"
    grep -q road45 "$out/files.txt" && fail "another story's files were published"
    grep -q '<meta name="frise-story" content="squad-interviews">' "$out/site/index.html" || fail "index.html does not name the story"
    grep -q "frame-ancestors 'self'" "$out/site/_headers" || fail "_headers has no frame-ancestors"
    ok "publish wrote exactly the engine, the story, its $(grep -c '^assets/art' "$out/files.txt") images and the host files"
    # The script for those with only the web build writes the same files.
    "$source/scripts/publish.sh" "$source/panels/squad-interviews.json" "$out/site-script" --web "$web" >/dev/null ||
      fail "scripts/publish.sh failed"
    (cd "$out/site-script" && find . -type f | sed 's|^\./||' | sort) | diff "$out/files.txt" - >"$out/script-diff.txt" ||
      fail "scripts/publish.sh writes other files: $(cat "$out/script-diff.txt")"
    ok "scripts/publish.sh writes the same files"
    # A story of its own folder (frise new): its art goes beside it, under panels/.
    "$frise" new "$out/mine" >/dev/null
    "$frise" publish "$out/mine/story.json" --out "$out/site2" --web "$web" >/dev/null || fail "publishing a new story failed"
    [ -f "$out/site2/panels/story.json" ] && [ -f "$out/site2/panels/art/placeholder.png" ] || fail "the new story's art is missing"
    ok "a story with art beside it is published with its art beside it"
    # Bad input: clear errors naming the path, nothing written.
    "$frise" publish "$source/panels/squad-interviews.json" --out "$out/site" --web "$web" 2>"$out/err1.txt" &&
      fail "publishing over a non-empty folder was accepted"
    grep -q "is not empty" "$out/err1.txt" || fail "$(cat "$out/err1.txt")"
    "$frise" publish "$source/panels/squad-interviews.json" --out "$out/x" --web "$out/nowhere" 2>"$out/err2.txt" &&
      fail "a missing web build was accepted"
    grep -q "$out/nowhere is not a web build" "$out/err2.txt" || fail "$(cat "$out/err2.txt")"
    "$frise" publish "$source/tests/data/broken-story.json" --out "$out/y" --web "$web" 2>"$out/err3.txt" &&
      fail "a broken story was published"
    grep -q "nothing published" "$out/err3.txt" && [ ! -e "$out/y" ] || fail "$(cat "$out/err3.txt")"
    ok "a non-empty folder, a missing web build and a broken story are refused, each naming its path"
    ;;
  install)
    # `cmake --install` to a folder of its own: the installed program finds its stories, art and
    # web edition from where it is, whatever the working folder.
    cmake --install "$build" --prefix "$out/prefix" >"$out/install.txt" || fail "cmake --install failed"
    [ -f "$out/prefix/share/applications/frise.desktop" ] || fail "no .desktop file installed"
    grep -q '^Exec=frise %f$' "$out/prefix/share/applications/frise.desktop" || fail "the .desktop file does not run frise"
    [ -f "$out/prefix/share/icons/hicolor/scalable/apps/frise.svg" ] || fail "no icon installed"
    (cd / && xvfb "$out/prefix/bin/frise" --size 640x400 --screenshot "$out/shot.png" --print-events) >"$out/run.txt" 2>&1 ||
      fail "the installed program did not run"
    grep '"event":"ready"' "$out/run.txt" | grep -q "\"art_files\":\[\"$out/prefix/share/frise/assets/art/" ||
      fail "the installed program did not read its own stories and art"
    ok "cmake --install puts the program, its data, a .desktop file and an icon in place, and the program finds them"
    ;;
  errors)
    # Bad input never crashes: each is refused before a window opens, naming the path.
    "$frise" "$story" --export /proc/frise-cannot 2>"$out/a.txt" && fail "an unwritable export folder was accepted"
    grep -q "cannot export to /proc/frise-cannot" "$out/a.txt" || fail "$(cat "$out/a.txt")"
    "$frise" "$story" --export-strip "$out/no/such/strip.png" 2>"$out/b.txt" && fail "a strip into a missing folder"
    grep -q "no folder $out/no/such" "$out/b.txt" || fail "$(cat "$out/b.txt")"
    "$frise" "$story" --export-strip "$out/strip.jpg" 2>"$out/c.txt" && fail "a strip that is not a PNG"
    "$frise" "$source/tests/data/broken-story.json" --export "$out/d" 2>"$out/d.txt" && fail "a broken story exported"
    grep -q "nothing exported: .*broken-story.json does not load" "$out/d.txt" || fail "$(cat "$out/d.txt")"
    "$frise" "$out/missing.json" --export "$out/e" 2>"$out/e.txt" && fail "a missing story exported"
    grep -q "missing.json" "$out/e.txt" || fail "$(cat "$out/e.txt")"
    "$frise" "$source/panels" --export "$out/f" 2>"$out/f.txt" && fail "a folder was exported"
    grep -q "is a folder: export one story at a time" "$out/f.txt" || fail "$(cat "$out/f.txt")"
    ok "unwritable, missing and broken inputs are refused with the path: $(head -1 "$out/a.txt")"
    ;;
  *) echo "unknown kind $kind"; exit 2 ;;
esac
