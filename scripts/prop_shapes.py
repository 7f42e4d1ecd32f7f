"""Props as a few tight rectangles instead of one box around everything.

A prop's box keeps balloons and tails off it. One box around a diagonal road, a sloping field or
a balance with two pans is mostly empty sky or grass, and it blocks the balloon that belongs
there, or the tail that must cross the empty corner to reach a mouth. So a long or slanted shape
is cut into bands (horizontal or vertical, whichever wastes less), each band as wide as the shape
is inside it; and pieces of one prop are joined only where joining adds little empty space.

Used by art_regions.py. Boxes are (x0, y0, x1, y1) in art pixels. Python 3 standard library only.
"""
import math

# A shape's box is kept whole unless cutting it frees at least this share of the box.
BAND_SAVING = 0.25
# Bands are about this share of the art's side tall (or wide), between 2 and BAND_MAX of them.
BAND_SHARE = 0.1
BAND_MAX = 6
# Shapes smaller than this share of the art's area stay one box: a balloon cannot sit in their
# corners anyway.
BAND_MIN_AREA = 0.02
# Two pieces of a prop become one box when that box is at most this much larger than the
# pieces' own area.
JOIN_WASTE = 1.2
# Pieces of a prop this close (art pixels) count as touching.
JOIN_GAP = 8.0


def area(box):
    return max(0.0, box[2] - box[0]) * max(0.0, box[3] - box[1])


def _union(a, b):
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def _overlap_area(a, b):
    return area((max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])))


def _near(a, b, gap):
    return a[0] - gap < b[2] and b[0] - gap < a[2] and a[1] - gap < b[3] and b[1] - gap < a[3]


def _extent_in_band(polylines, axis, low, high):
    """Min and max of the other coordinate over the outline's parts with `axis` in [low, high]."""
    other = 1 - axis
    found = None
    for line in polylines:
        for p, q in zip(line, line[1:]):
            a, b = p[axis], q[axis]
            if max(a, b) < low or min(a, b) > high:
                continue
            values = []
            if a == b:
                values = [p[other], q[other]]
            else:
                for t in ((low - a) / (b - a), (high - a) / (b - a), 0.0, 1.0):
                    if 0.0 <= t <= 1.0 and low - 1e-9 <= a + t * (b - a) <= high + 1e-9:
                        values.append(p[other] + t * (q[other] - p[other]))
            if values:
                lo, hi = min(values), max(values)
                found = (lo, hi) if found is None else (min(found[0], lo), max(found[1], hi))
    return found


def _bands(polylines, box, axis, count, grow_by):
    lo, hi = box[axis], box[axis + 2]
    out = []
    for i in range(count):
        low = lo + (hi - lo) * i / count
        high = lo + (hi - lo) * (i + 1) / count
        extent = _extent_in_band(polylines, axis, low, high)
        if extent is None:
            continue
        if axis == 1:  # horizontal bands: y fixed, x from the outline
            out.append((extent[0] - grow_by, low - (grow_by if i == 0 else 0), extent[1] + grow_by,
                        high + (grow_by if i == count - 1 else 0)))
        else:
            out.append((low - (grow_by if i == 0 else 0), extent[0] - grow_by,
                        high + (grow_by if i == count - 1 else 0), extent[1] + grow_by))
    return out


def banded_boxes(polylines, grow_by, view_size):
    """The outline (polylines of art-pixel points, closed shapes closed) as tight bands, each grown
    by `grow_by` (half the stroke); one box when banding saves little. `view_size`: (w, h)."""
    points = [p for line in polylines for p in line]
    if not points:
        return []
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    box = (min(xs) - grow_by, min(ys) - grow_by, max(xs) + grow_by, max(ys) + grow_by)
    whole = area(box)
    if whole < BAND_MIN_AREA * view_size[0] * view_size[1]:
        return [box]
    inner = (min(xs), min(ys), max(xs), max(ys))
    best = [box]
    best_area = whole
    for axis in (1, 0):
        span = inner[axis + 2] - inner[axis]
        count = max(2, min(BAND_MAX, int(round(span / (BAND_SHARE * view_size[axis])))))
        pieces = _bands(polylines, inner, axis, count, grow_by)
        total = sum(area(p) for p in pieces)
        if pieces and total < best_area:
            best, best_area = pieces, total
    return best if best_area <= (1 - BAND_SAVING) * whole else [box]


def join_cheaply(items):
    """[(label, box, source)] with the pieces of each label that touch joined when the joined box
    wastes little, so that a prop stays a few tight boxes; the bands cut from one shape (one
    `source`) are never joined back together. Returns [(label, box)], in first appearance order."""
    merged = [[label, box, source] for label, box, source in items]
    changed = True
    while changed:
        changed = False
        for i in range(len(merged)):
            for j in range(i + 1, len(merged)):
                (la, a, sa), (lb, b, sb) = merged[i], merged[j]
                if la != lb or sa == sb or not _near(a, b, JOIN_GAP):
                    continue
                joined = _union(a, b)
                own = area(a) + area(b) - _overlap_area(a, b)
                if area(joined) <= JOIN_WASTE * max(own, 1e-9):
                    merged[i][1] = joined
                    merged[i][2] = sa if area(a) >= area(b) else sb
                    del merged[j]
                    changed = True
                    break
            if changed:
                break
    return [(label, box) for label, box, _ in merged]


def sample_curve(points, steps=12):
    """Points along a Bezier curve given by its 3 or 4 control points."""
    out = []
    for i in range(steps + 1):
        t = i / steps
        u = 1 - t
        if len(points) == 3:
            w = (u * u, 2 * u * t, t * t)
        else:
            w = (u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t)
        out.append((sum(k * p[0] for k, p in zip(w, points)), sum(k * p[1] for k, p in zip(w, points))))
    return out


def self_test():
    # A road: a trapezoid wide at the bottom, narrow at the top, cut into horizontal bands that
    # follow its sides; the empty corners beside its top are free.
    road = [[(230, 640), (560, 322), (600, 322), (760, 640), (230, 640)]]
    bands = banded_boxes(road, 0, (960, 640))
    assert len(bands) >= 3, bands
    top = min(bands, key=lambda b: b[1])
    assert top[0] > 400 and top[2] < 700, top
    assert sum(area(b) for b in bands) < 0.75 * (530 * 318), bands
    # A square stays one box.
    square = [[(0, 0), (300, 0), (300, 300), (0, 300), (0, 0)]]
    assert banded_boxes(square, 2, (960, 640)) == [(-2, -2, 302, 302)]
    # A diagonal line: vertical or horizontal bands along it.
    line = [[(0, 0), (600, 600)]]
    assert sum(area(b) for b in banded_boxes(line, 3, (960, 640))) < 0.5 * 606 * 606
    # Pieces join when that wastes little; a balance's two pans far apart stay apart.
    assert join_cheaply([("a", (0, 0, 10, 10), 1), ("a", (10, 0, 20, 10), 2)]) == [("a", (0, 0, 20, 10))]
    assert len(join_cheaply([("a", (0, 0, 10, 10), 1), ("a", (10, 0, 20, 10), 1)])) == 2  # bands of one shape
    pans = join_cheaply([("b", (0, 50, 20, 60), 1), ("b", (80, 50, 100, 60), 2), ("b", (0, 0, 100, 5), 3)])
    assert len(pans) == 3, pans
    assert join_cheaply([("a", (0, 0, 10, 10), 1), ("c", (5, 0, 20, 10), 2)]) == [("a", (0, 0, 10, 10)), ("c", (5, 0, 20, 10))]
    assert len(sample_curve([(0, 0), (5, 10), (10, 0)])) == 13
    assert math.isclose(sample_curve([(0, 0), (5, 10), (10, 0)])[6][1], 5.0)
