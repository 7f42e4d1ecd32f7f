#!/usr/bin/env python3
"""An SVG line chart of ready time against story size, Frise and TimelineJS, both axes on a log
scale, written by hand (no plotting library to install).

    bench/chart.py WEB.json OUT.svg
"""
import json
import math
import statistics
import sys

W, H = 640, 400
LEFT, RIGHT, TOP, BOTTOM = 70, 150, 40, 60
SERIES = (("frise", "Frise", "#c0392b"), ("timelinejs", "TimelineJS 3", "#2c6fbb"))


def log_ticks(low, high):
    """1, 2, 5 times the powers of ten that cover [low, high]."""
    ticks = []
    for exponent in range(math.floor(math.log10(low)), math.ceil(math.log10(high)) + 1):
        for step in (1, 2, 5):
            value = step * 10 ** exponent
            if low <= value <= high:
                ticks.append(value)
    return ticks


def chart(web):
    points = {}
    for key, _, _ in SERIES:
        points[key] = sorted((int(n), statistics.median(r["ready_ms"] for r in runs)) for n, runs in web[key].items())
    sizes = sorted({n for line in points.values() for n, _ in line})
    times = [t for line in points.values() for _, t in line]
    x_low, x_high = sizes[0] / 1.5, sizes[-1] * 1.5
    # The nearest 1-2-5 values around the data, with room for the labels above and below.
    candidates = log_ticks(min(times) / 100, max(times) * 100)
    y_low = max(v for v in candidates if v <= min(times) / 1.3)
    y_high = min(v for v in candidates if v >= max(times) * 1.3)

    def x(n):
        return LEFT + (math.log10(n) - math.log10(x_low)) / (math.log10(x_high) - math.log10(x_low)) * (W - LEFT - RIGHT)

    def y(t):
        return H - BOTTOM - (math.log10(t) - math.log10(y_low)) / (math.log10(y_high) - math.log10(y_low)) * (H - TOP - BOTTOM)

    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" '
           'font-family="sans-serif" font-size="12">' % (W, H, W, H),
           '<rect width="100%" height="100%" fill="#fff"/>',
           '<text x="20" y="22" font-size="15" font-weight="bold">Time to ready against story size</text>',
           '<text x="%d" y="22" text-anchor="end" fill="#555">headless Chromium, median of %d runs</text>'
           % (W - 20, web["runs"])]
    for t in log_ticks(y_low, y_high):
        out.append('<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="#ddd"/>' % (LEFT, W - RIGHT, y(t), y(t)))
        label = "%g s" % (t / 1000) if t >= 1000 else "%g ms" % t
        out.append('<text x="%d" y="%.1f" text-anchor="end" dominant-baseline="middle">%s</text>' % (LEFT - 6, y(t), label))
    for n in sizes:
        out.append('<line x1="%.1f" x2="%.1f" y1="%d" y2="%d" stroke="#ddd"/>' % (x(n), x(n), TOP, H - BOTTOM))
        out.append('<text x="%.1f" y="%d" text-anchor="middle">%s</text>' % (x(n), H - BOTTOM + 18, format(n, ",")))
    out.append('<text x="%d" y="%d" text-anchor="middle">events in the TimelineJS file (log scale)</text>'
               % ((LEFT + W - RIGHT) // 2, H - 16))
    out.append('<text transform="translate(16 %d) rotate(-90)" text-anchor="middle">time to ready (log scale)</text>'
               % ((TOP + H - BOTTOM) // 2))
    out.append('<rect x="%d" y="%d" width="%d" height="%d" fill="none" stroke="#888"/>'
               % (LEFT, TOP, W - LEFT - RIGHT, H - TOP - BOTTOM))
    for i, (key, name, colour) in enumerate(SERIES):
        line = points[key]
        out.append('<polyline fill="none" stroke="%s" stroke-width="2.5" points="%s"/>'
                   % (colour, " ".join("%.1f,%.1f" % (x(n), y(t)) for n, t in line)))
        for n, t in line:
            # The slower engine's label above its point, the faster one's below: they never overlap.
            others = [u for k, _, _ in SERIES if k != key for m, u in points[k] if m == n]
            below = bool(others) and t < min(others)
            out.append('<circle cx="%.1f" cy="%.1f" r="4" fill="%s"><title>%s, %d events: %.0f ms</title></circle>'
                       % (x(n), y(t), colour, name, n, t))
            out.append('<text x="%.1f" y="%.1f" fill="%s" text-anchor="middle" font-size="11">%.0f ms</text>'
                       % (x(n), y(t) + 18 if below else y(t) - 9, colour, t))
        legend_y = TOP + 16 + 22 * i
        out.append('<line x1="%d" x2="%d" y1="%d" y2="%d" stroke="%s" stroke-width="2.5"/>'
                   % (W - RIGHT + 14, W - RIGHT + 38, legend_y, legend_y, colour))
        out.append('<text x="%d" y="%d" dominant-baseline="middle">%s</text>' % (W - RIGHT + 44, legend_y, name))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main(args):
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(args[0]) as f:
        web = json.load(f)
    with open(args[1], "w") as f:
        f.write(chart(web))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
