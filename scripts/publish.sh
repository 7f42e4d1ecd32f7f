#!/usr/bin/env bash
# `frise publish` for those who have only the web build (a downloaded build/web folder, no
# desktop program): one story as a folder any static host serves as it is.
#   scripts/publish.sh STORY.json OUT_DIR [--web WEB_BUILD] [--embed-origin https://blog.example]...
# The same folder as `frise publish` writes (see src/core/site_publish.cpp): the engine and its
# pages (opening this story without a URL parameter), the story, only the images it names (both
# sizes), panels/index.json, embed.html, _headers and frise.nginx.conf. It does not validate the
# story: run `frise validate` where you have the desktop program.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
usage() { echo "usage: scripts/publish.sh STORY.json OUT_DIR [--web WEB_BUILD] [--embed-origin ORIGIN]..." >&2; exit 2; }
[ $# -ge 2 ] || usage
story=$1 out=$2
shift 2
web="$root/build/web"
origins=()
while [ $# -gt 0 ]; do
  case "$1" in
    --web) [ $# -ge 2 ] || usage; web=$2; shift 2 ;;
    --embed-origin) [ $# -ge 2 ] || usage; origins+=("$2"); shift 2 ;;
    *) usage ;;
  esac
done
exec /usr/bin/python3 - "$story" "$out" "$web" "${origins[@]}" <<'EOF'
import html, json, os, re, shutil, sys

story, out, web, origins = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]

def die(message):
    sys.exit(f'publish.sh: {message}')

for origin in origins:
    if not re.fullmatch(r'https?://[A-Za-z0-9.\-:\[\]]+', origin):
        die(f'--embed-origin expects a site\'s origin such as https://blog.example (no path); found "{origin}"')
if not (os.path.isfile(os.path.join(web, 'index.html')) and os.path.isfile(os.path.join(web, 'frise.wasm'))):
    die(f'{web} is not a web build of Frise (no index.html and frise.wasm in it): give it with --web FOLDER')
try:
    with open(story, encoding='utf-8-sig') as f:
        data = json.load(f)
except (OSError, ValueError) as e:
    die(f'cannot read {story}: {e}')
if not isinstance(data, dict):
    die(f'{story} is not a story (a JSON object)')
if os.path.exists(out) and (not os.path.isdir(out) or os.listdir(out)):
    die(f'{out} is not an empty folder: publish into an empty or new one')

# The site's name for the story: what story=NAME can carry.
name = re.sub(r'-+', '-', re.sub(r'[^a-z0-9]', '-', os.path.splitext(os.path.basename(story))[0].lower())).strip('-')[:64]
if not name or name == 'index':
    name = 'story' + ('-' + name if name else '')

# Every image the story names: a Frise story's layers, sprites and portraits (image, image_2x),
# a TimelineJS file's media and backgrounds that are files of its own.
images = []
def add(path):
    if isinstance(path, str) and path and not re.match(r'^([a-z][a-z0-9+.-]*:|/|\\)', path, re.I) and path not in images:
        images.append(path)
def add_ref(ref):
    if isinstance(ref, dict):
        add(ref.get('image'))
        add(ref.get('image_2x'))
for panel in data.get('panels', []) if isinstance(data.get('panels'), list) else []:
    art = panel.get('art') if isinstance(panel, dict) else None
    layers = art.get('layers', []) if isinstance(art, dict) else art if isinstance(art, list) else []
    for layer in layers:
        add_ref(layer)
for sprite in data.get('sprites', []) or []:
    add_ref(sprite)
for character in data.get('characters', []) or []:
    if isinstance(character, dict):
        add_ref(character.get('portrait'))
for event in (data.get('events', []) or []) + ([data['title']] if isinstance(data.get('title'), dict) else []):
    if isinstance(event, dict):
        for key in ('media', 'background'):
            if isinstance(event.get(key), dict):
                add(event[key].get('url'))

site_story = os.path.join(out, 'panels', name + '.json')
def copy(source, target):
    os.makedirs(os.path.dirname(target), exist_ok=True)
    shutil.copyfile(source, target)

meta = f'<meta name="frise-story" content="{html.escape(name)}">'
for page in ('index.html', 'text.html'):
    with open(os.path.join(web, page), encoding='utf-8') as f:
        text = f.read()
    text = re.sub(r'<meta name="frise-story"[^>]*>', meta, text) if 'name="frise-story"' in text else \
        text.replace('<meta charset="utf-8">', '<meta charset="utf-8">\n  ' + meta, 1)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, page), 'w', encoding='utf-8') as f:
        f.write(text)
for engine in ('frise.css', 'frise-shared.js', 'frise-page.js', 'text.js', 'favicon.svg', 'frise.js', 'frise.wasm',
               'frise.wasm.json'):
    copy(os.path.join(web, engine), os.path.join(out, engine))
fonts = os.path.join(web, 'assets', 'fonts')
for font in sorted(os.listdir(fonts)) if os.path.isdir(fonts) else []:
    copy(os.path.join(fonts, font), os.path.join(out, 'assets', 'fonts', font))
copy(story, site_story)
story_dir, site_dir = os.path.dirname(os.path.abspath(story)), os.path.dirname(site_story)
copied = 0
for image in images:
    source = os.path.normpath(os.path.join(story_dir, image))
    target = os.path.normpath(os.path.join(site_dir, image))
    if not os.path.abspath(target).startswith(os.path.abspath(out) + os.sep):
        print(f'publish.sh: warning: {image} leaves the site: not published', file=sys.stderr)
    elif not os.path.isfile(source):
        print(f'publish.sh: warning: {source} is not there: the story shows a placeholder for it', file=sys.stderr)
    else:
        copy(source, target)
        copied += 1

title = data.get('title')
if isinstance(title, dict) and 'text' in title:  # TimelineJS: the title slide
    title = (title.get('text') or {}).get('headline')
if isinstance(title, dict):
    title = title.get(data.get('language', 'fr')) or next(iter(title.values()), None)
title = title if isinstance(title, str) and title else name
with open(os.path.join(out, 'panels', 'index.json'), 'w', encoding='utf-8') as f:
    json.dump({'stories': [{'file': name + '.json', 'title': title}]}, f, ensure_ascii=False)
    f.write('\n')

policy = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "
          "connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'; "
          "frame-ancestors " + ' '.join(["'self'"] + origins))
with open(os.path.join(out, '_headers'), 'w') as f:
    f.write('# Headers for this folder, in the _headers format of Netlify, Cloudflare Pages and others.\n'
            '# frame-ancestors names the pages that may show the comic in an iframe.\n'
            f'/*\n  Content-Security-Policy: {policy}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n'
            '/*.wasm\n  Content-Type: application/wasm\n/*.json\n  Content-Type: application/json; charset=utf-8\n')
headers = (f'    add_header Content-Security-Policy "{policy}" always;\n'
           '    add_header X-Content-Type-Options "nosniff" always;\n'
           '    add_header Referrer-Policy "no-referrer" always;\n')
with open(os.path.join(out, 'frise.nginx.conf'), 'w') as f:
    f.write('# Frise\'s headers for nginx: include this file inside the server { } block that serves the\n'
            '# folder, or copy its lines there. Change /frise/ to where the folder is served from.\n'
            f'location /frise/ {{\n{headers}}}\n'
            '# The engine: browsers compile it while it downloads only when it is sent as application/wasm.\n'
            f'location ~ ^/frise/.*\\.wasm$ {{\n    types {{ }}\n    default_type application/wasm;\n{headers}}}\n')
parent = '&amp;parent=' + ','.join(origins) if origins else ''
frame = (f'<iframe src="frise/index.html?story={html.escape(name)}{parent}" width="720" height="480"\n'
         f'        title="{html.escape(title)}" allow="fullscreen"></iframe>')
with open(os.path.join(out, 'embed.html'), 'w', encoding='utf-8') as f:
    f.write(f'''<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="default-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Embedding {html.escape(title)}</title>
  <link rel="icon" href="favicon.svg" type="image/svg+xml">
</head>
<body>
  <h1>Embedding <q>{html.escape(title)}</q></h1>
  <p>Upload this whole folder to your site (here as <code>frise/</code>, next to your page), then paste this where the comic goes:</p>
  <pre><code>{html.escape(frame)}</code></pre>
  <p>Change <code>frise/</code> to the folder's address if it lives elsewhere. The host should send the headers in
    <code>_headers</code> (or <code>frise.nginx.conf</code> for nginx).</p>
  <h2>What it looks like</h2>
  <iframe src="index.html" width="720" height="480" title="{html.escape(title)}" allow="fullscreen"></iframe>
</body>
</html>
''')
print(f'publish.sh: published {os.path.basename(story)} to {out}: the engine, panels/{name}.json and {copied} images; '
      'embed.html has the iframe code, _headers and frise.nginx.conf the headers to send')
EOF
