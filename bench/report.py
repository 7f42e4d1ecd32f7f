#!/usr/bin/env python3
"""scripts/bench.sh's one table: the web runs (bench/web_bench.mjs), the engine's size
(bench/engine_size.py) and the native runs (bench/native_bench.py), as medians, with the ratio
Frise / TimelineJS where both were measured (under 1: Frise is smaller or faster).

    bench/report.py WEB.json NATIVE.json SITE_DIR TIMELINEJS_DIST
"""
import gzip
import json
import os
import re
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def median(runs, key):
    return statistics.median(r[key] for r in runs) if runs else None


def ms(v):
    return "%s ms" % format(round(v), ",") if v >= 100 else "%.1f ms" % v if v >= 1 else "%.3f ms" % v


def kb(v):
    return "%s KB" % format(round(v / 1000), ",")


def mib(v):
    return "%.1f MiB" % (v / 1048576)


def engine_sizes(site):
    """frise.wasm and frise.js, raw and gzipped, from engine_size.py's first lines."""
    out = subprocess.run([sys.executable, os.path.join(HERE, "engine_size.py"), site],
                         capture_output=True, text=True, check=True).stdout
    sizes = {}
    for name in ("frise.wasm", "frise.js"):
        match = re.search(r"^%s\s+(\d+) bytes\s+(\d+) gzipped" % re.escape(name), out, re.M)
        sizes[name] = (int(match.group(1)), int(match.group(2)))
    sizes["total_gz"] = int(re.search(r"(\d+) gzipped \(engine\)", out).group(1))
    return sizes


def timeline_sizes(dist):
    """TimelineJS's script and style sheet, measured the same way (gzip level 9)."""
    sizes = {}
    for name in ("js/timeline.js", "css/timeline.css"):
        data = open(os.path.join(dist, name), "rb").read()
        sizes[name] = (len(data), len(gzip.compress(data, 9)))
    return sizes


def main(args):
    if len(args) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    web = json.load(open(args[0]))
    native = json.load(open(args[1]))
    site, dist = args[2], args[3]
    rows = []  # (section, measure, frise, timelinejs or None, ratio or None)

    def row(section, measure, frise, tl=None, unit=ms):
        ratio = "%.3g" % (frise / tl) if tl else ""
        rows.append((section, measure, unit(frise) if frise is not None else "", unit(tl) if tl is not None else "", ratio))

    sizes = sorted(int(n) for n in web["frise"])
    for n in sizes:
        f, t = web["frise"][str(n)], web["timelinejs"][str(n)]
        row("web", "ready, %s events" % format(n, ","), median(f, "ready_ms"), median(t, "ready_ms"))
    for n in sizes:
        f, t = web["frise"][str(n)], web["timelinejs"][str(n)]
        steps = f[0]["steps"]
        row("web", "%d next steps, %s events" % (steps, format(n, ",")), median(f, "steps_ms"), median(t, "steps_ms"))
    for n in sizes:
        f, t = web["frise"][str(n)], web["timelinejs"][str(n)]
        row("web", "bytes before ready, %s events" % format(n, ","), median(f, "bytes"), median(t, "bytes"), kb)
    for n in sizes:
        f, t = web["frise"][str(n)], web["timelinejs"][str(n)]
        row("web", "JS heap after ready, %s events" % format(n, ","), median(f, "heap_bytes"), median(t, "heap_bytes"), mib)
    wasm = {median(web["frise"][str(n)], "wasm_bytes") for n in sizes}
    if len(wasm) == 1:  # Emscripten's fixed memory: one row says it
        row("web", "wasm memory after ready, every size", wasm.pop(), None, mib)
    else:
        for n in sizes:
            row("web", "wasm memory after ready, %s events" % format(n, ","), median(web["frise"][str(n)], "wasm_bytes"), None, mib)
    for n in sizes:
        f, t = web["frise"][str(n)], web["timelinejs"][str(n)]
        row("web", "DOM elements after ready, %s events" % format(n, ","), median(f, "dom_nodes"), median(t, "dom_nodes"),
            lambda v: format(round(v), ","))
    road = web["road45"]
    row("web", "Road 45 (default story): ready", median(road, "ready_ms"))
    row("web", "Road 45: bytes before ready (%d requests)" % round(median(road, "requests")), median(road, "bytes"), None, kb)

    engine, tl = engine_sizes(site), timeline_sizes(dist)
    tl_total = tuple(a + b for a, b in zip(tl["js/timeline.js"], tl["css/timeline.css"]))
    row("size", "frise.wasm raw / timeline.js raw", engine["frise.wasm"][0], tl["js/timeline.js"][0], kb)
    row("size", "frise.wasm gzipped / timeline.js gzipped", engine["frise.wasm"][1], tl["js/timeline.js"][1], kb)
    row("size", "frise.js raw / timeline.css raw", engine["frise.js"][0], tl["css/timeline.css"][0], kb)
    row("size", "frise.js gzipped / timeline.css gzipped", engine["frise.js"][1], tl["css/timeline.css"][1], kb)
    row("size", "engine gzipped (wasm+js / js+css)", engine["total_gz"], tl_total[1], kb)

    for load in native["load"]:
        label = format(load["panels"], ",")
        row("native", "load+validate %s panels, fresh process" % label, load["first_ms"])
        row("native", "load+validate %s panels, again in-process" % label, load["again_ms"])
        row("native", "peak RSS, load %s panels" % label, load["peak_rss_kib"] * 1024, None, mib)
    for frame in native["frame"]:
        label = "%s panels" % format(int(frame["story"]), ",") if frame["story"].isdigit() else os.path.basename(frame["story"])
        for kind in ("turning", "reading"):
            row("native", "frame CPU %s, %s: median" % (kind, label), frame[kind]["median_ms"])
            row("native", "frame CPU %s, %s: p99" % (kind, label), frame[kind]["p99_ms"])
        row("native", "peak RSS, frame bench %s" % label, frame["peak_rss_kib"] * 1024, None, mib)

    header = ("", "measure (median)", "Frise", "TimelineJS 3", "Frise/TL")
    widths = [max(len(r[i]) for r in rows + [header]) for i in range(5)]
    line = lambda r: "  ".join((r[i].ljust(widths[i]) if i < 2 else r[i].rjust(widths[i])) for i in range(5))
    print(line(header))
    print("  ".join("-" * w for w in widths))
    section = None
    for r in rows:
        if section and r[0] != section:
            print()
        section = r[0]
        print(line(r))
    foreign = sorted({u for runs in web["timelinejs"].values() for r in runs for u in r.get("foreign", [])})
    print("\n%d run(s) per web measure, %s, %dx%d; native: median of %d runs."
          % (web["runs"], web["chromium"], web["viewport"]["width"], web["viewport"]["height"], native["load"][0]["runs"]))
    if foreign:
        print("TimelineJS asked for %d file(s) on other hosts, refused here (no network), not counted: %s"
              % (len(foreign), ", ".join(u.split("/")[2] + "/…/" + u.rsplit("/", 1)[-1] for u in foreign)))
    errors = sum(r.get("errors", 0) for e in ("frise", "timelinejs") for runs in web[e].values() for r in runs)
    if errors:
        print("page errors during the web runs: %d (see the log above)" % errors)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
