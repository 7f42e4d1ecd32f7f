#!/usr/bin/env python3
"""Computes each panel's art regions from its SVG and writes them into the stories.

The balloon layout needs to know, for each panel's art, what words must not hide and where they
may go. This script reads the hand-authored SVG behind every art layer
(`"image": "../assets/art/STORY/NAME.png"` comes from `assets/art-src/STORY/NAME.svg`) and writes
the layer's `"regions"`, in fractions 0-1 of the art area (the SVG's viewBox). An image given per
language (`{"fr": "…/NAME.png", "en": "…/en/NAME.png"}`) takes its regions from the default
language's SVG; each other language's file must come from `NAME.LANG.svg` with the same viewBox
(else the script says so and exits 1, with --check too):

  face  a character's head (`<g data-kind="character">` in a parts file, its head circle
        `class="head"`, its mouth `class="mouth"`); `who` and `mouth` when the figure is one of the
        story's characters (the part's id, or `data-who="ID"` on the `<use>` that places it)
  prop  an object the panel is about: every element or `<g>` with `data-prop="label"`; and every
        hand of a pose part (`class="hand"`: the circle at the end of an arm, a pointing finger)
        that lies near a face, labelled "main", so that no balloon or tail ends on it; and the
        stretch of an arm (`class="arm"`) raised beside or above a face, labelled "bras": a tail
        "beside the cheek" would otherwise end on the sleeve of the arm that holds or points
        A prop drawn only as thin unfilled strokes (a dashed arrow, a rod, a cable), and a raised
        arm, get `"thin": true`: balloons keep off it, and a tail may cross it, as a letterer's
        would, but not end on it
  calm  up to 3 large empty rectangles (nothing drawn but background fills), where text may go

See docs/art-style.md. Python 3 standard library only.

  scripts/art_regions.py              update the stories (only their "regions" members change)
  scripts/art_regions.py --check      change nothing; exit 1 if a story's regions are out of date
  scripts/art_regions.py --self-test  check the geometry
"""
import argparse
import glob
import json
import math
import os
import re
import sys
import xml.etree.ElementTree as ET

import prop_shapes

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Calm areas: an occupancy grid of CALM_CELLS_X cells across the art; every drawn element's box,
# grown by CALM_MARGIN art pixels, blocks the cells it touches; a calm rectangle is at least
# CALM_MIN_W of the art's width and CALM_MIN_H of its height; at most CALM_MAX of them.
CALM_CELLS_X = 120
CALM_MARGIN = 6.0
CALM_MIN_W = 0.2
CALM_MIN_H = 0.12
CALM_MAX = 3
# Background: a fill spanning BG_SPAN of the art's width (sky, floor, bands, the horizon line), or
# of its height when also at least BG_WALL of its width (a wall, half of a split panel).
BG_SPAN = 0.9
BG_WALL = 0.25
# A head is the head circle and the character's other elements centred above its bottom (hair,
# glasses, ears, beard), cut HEAD_CHIN below the circle (long hair on the shoulders is not head).
HEAD_CHIN = 10.0
# Hands: the elements of a part marked class="hand", one region per hand (the pieces whose boxes,
# grown by HAND_JOIN art pixels, touch); a hand is kept when its box is within HAND_NEAR face
# widths of some face's box (a hand down by the hips or on a keyboard leaves the air free).
HAND_JOIN = 2.0
HAND_NEAR = 1.0
# Raised arms: an arm's centre line is cut into pieces ARM_PIECE stroke widths long, each boxed
# with the stroke; a piece is kept when it lies within ARM_NEAR face widths of a face and its
# middle is above that face's bottom (beside the cheek or over the head: where tails and balloons
# go). An arm down by the body is the torso's business, which the layout already keeps clear.
# Pieces are at least ARM_LEAST of the art's smaller side, so that a thin arm is a few boxes.
ARM_PIECE = 1.5
ARM_LEAST = 0.04
# Thin props: every element of the prop unfilled, stroked at most THIN_STROKE of the art's
# smaller side (4 px strokes on a 640 px high art are 0.006).
THIN_STROKE = 0.01
# A split panel's dividing line is drawn thin, but it is there to stop tails: never thin.
NEVER_THIN = {"séparation"}
ARM_NEAR = 0.5


# ---------------------------------------------------------------------------------------------
# Affine transforms: (a, b, c, d, e, f) maps (x, y) to (a x + c y + e, b x + d y + f), as in SVG.

IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def multiply(m, n):
    """m x n: the transform that applies n first, then m (an outer group's m, an inner one's n)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + c * B, b * A + d * B, a * C + c * D, b * C + d * D, a * E + c * F + e, b * E + d * F + f)


def apply(m, x, y):
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def parse_transform(text):
    """An SVG transform list (matrix, translate, scale, rotate, skewX, skewY) as one matrix."""
    m = IDENTITY
    if not text:
        return m
    for name, args in re.findall(r"([A-Za-z]+)\s*\(([^)]*)\)", text):
        v = [float(s) for s in NUMBER.findall(args)]
        if name == "matrix" and len(v) == 6:
            t = tuple(v)
        elif name == "translate" and v:
            t = (1.0, 0.0, 0.0, 1.0, v[0], v[1] if len(v) > 1 else 0.0)
        elif name == "scale" and v:
            t = (v[0], 0.0, 0.0, v[1] if len(v) > 1 else v[0], 0.0, 0.0)
        elif name == "rotate" and v:
            r = math.radians(v[0])
            cos, sin = math.cos(r), math.sin(r)
            t = (cos, sin, -sin, cos, 0.0, 0.0)
            if len(v) >= 3:
                t = multiply(multiply((1.0, 0.0, 0.0, 1.0, v[1], v[2]), t), (1.0, 0.0, 0.0, 1.0, -v[1], -v[2]))
        elif name == "skewX" and v:
            t = (1.0, 0.0, math.tan(math.radians(v[0])), 1.0, 0.0, 0.0)
        elif name == "skewY" and v:
            t = (1.0, math.tan(math.radians(v[0])), 0.0, 1.0, 0.0, 0.0)
        else:
            raise ValueError("unsupported transform: %s(%s)" % (name, args))
        m = multiply(m, t)
    return m


# ---------------------------------------------------------------------------------------------
# Boxes: (x0, y0, x1, y1) or None for nothing.

def union(a, b):
    if a is None:
        return b
    if b is None:
        return a
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def intersect(a, b):
    if a is None or b is None:
        return None
    box = (max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3]))
    return box if box[0] < box[2] and box[1] < box[3] else None


def grow(box, by):
    return None if box is None else (box[0] - by, box[1] - by, box[2] + by, box[3] + by)


def points_box(points):
    if not points:
        return None
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return (min(xs), min(ys), max(xs), max(ys))


def transformed_box(box, m):
    if box is None:
        return None
    x0, y0, x1, y1 = box
    return points_box([apply(m, x0, y0), apply(m, x1, y0), apply(m, x0, y1), apply(m, x1, y1)])


def ellipse_box(cx, cy, rx, ry, m):
    """The exact box of an ellipse (axis-aligned in its own space) under m."""
    x, y = apply(m, cx, cy)
    hx = math.hypot(m[0] * rx, m[2] * ry)
    hy = math.hypot(m[1] * rx, m[3] * ry)
    return (x - hx, y - hy, x + hx, y + hy)


def bezier_extent(p):
    """Min and max of a 1-D Bezier (2, 3 or 4 control values) over t in [0, 1]."""
    ts = [0.0, 1.0]
    if len(p) == 3:
        den = p[0] - 2 * p[1] + p[2]
        if den != 0:
            ts.append((p[0] - p[1]) / den)
    elif len(p) == 4:
        a = -p[0] + 3 * p[1] - 3 * p[2] + p[3]
        b = 2 * (p[0] - 2 * p[1] + p[2])
        c = p[1] - p[0]
        if abs(a) < 1e-12:
            if b != 0:
                ts.append(-c / b)
        else:
            disc = b * b - 4 * a * c
            if disc >= 0:
                s = math.sqrt(disc)
                ts += [(-b + s) / (2 * a), (-b - s) / (2 * a)]

    def at(t):
        u = 1 - t
        if len(p) == 2:
            return u * p[0] + t * p[1]
        if len(p) == 3:
            return u * u * p[0] + 2 * u * t * p[1] + t * t * p[2]
        return u * u * u * p[0] + 3 * u * u * t * p[1] + 3 * u * t * t * p[2] + t * t * t * p[3]

    values = [at(t) for t in ts if 0 <= t <= 1]
    return min(values), max(values)


def arc_points(x1, y1, rx, ry, phi, large, sweep, x2, y2, steps=72):
    """Points along an SVG elliptical arc (endpoint parameterisation, SVG 1.1 F.6.5)."""
    if (x1, y1) == (x2, y2):
        return [(x1, y1)]
    rx, ry = abs(rx), abs(ry)
    if rx == 0 or ry == 0:
        return [(x1, y1), (x2, y2)]
    cos, sin = math.cos(math.radians(phi)), math.sin(math.radians(phi))
    dx, dy = (x1 - x2) / 2, (y1 - y2) / 2
    xp, yp = cos * dx + sin * dy, -sin * dx + cos * dy
    lam = (xp * xp) / (rx * rx) + (yp * yp) / (ry * ry)
    if lam > 1:
        rx, ry = rx * math.sqrt(lam), ry * math.sqrt(lam)
    num = rx * rx * ry * ry - rx * rx * yp * yp - ry * ry * xp * xp
    den = rx * rx * yp * yp + ry * ry * xp * xp
    k = math.sqrt(max(0.0, num / den)) if den else 0.0
    if large == sweep:
        k = -k
    cxp, cyp = k * rx * yp / ry, -k * ry * xp / rx
    cx = cos * cxp - sin * cyp + (x1 + x2) / 2
    cy = sin * cxp + cos * cyp + (y1 + y2) / 2

    def angle(ux, uy, vx, vy):
        return math.atan2(ux * vy - uy * vx, ux * vx + uy * vy)

    t1 = angle(1, 0, (xp - cxp) / rx, (yp - cyp) / ry)
    dt = angle((xp - cxp) / rx, (yp - cyp) / ry, (-xp - cxp) / rx, (-yp - cyp) / ry)
    if not sweep and dt > 0:
        dt -= 2 * math.pi
    elif sweep and dt < 0:
        dt += 2 * math.pi
    points = []
    for i in range(steps + 1):
        t = t1 + dt * i / steps
        ex, ey = rx * math.cos(t), ry * math.sin(t)
        points.append((cx + cos * ex - sin * ey, cy + sin * ex + cos * ey))
    points[0], points[-1] = (x1, y1), (x2, y2)
    return points


class PathScanner:
    def __init__(self, d):
        self.d, self.i = d, 0

    def skip(self):
        while self.i < len(self.d) and self.d[self.i] in " \t\r\n,":
            self.i += 1

    def command(self):
        self.skip()
        if self.i < len(self.d) and self.d[self.i].isalpha():
            self.i += 1
            return self.d[self.i - 1]
        return None

    def has_number(self):
        self.skip()
        return self.i < len(self.d) and (self.d[self.i] in "+-." or self.d[self.i].isdigit())

    def number(self):
        self.skip()
        m = NUMBER.match(self.d, self.i)
        if not m:
            raise ValueError("bad path data near %r" % self.d[self.i:self.i + 20])
        self.i = m.end()
        return float(m.group())

    def flag(self):
        self.skip()
        c = self.d[self.i:self.i + 1]
        if c not in ("0", "1"):
            raise ValueError("bad arc flag near %r" % self.d[self.i:self.i + 20])
        self.i += 1
        return c == "1"


def path_segments(d):
    """The path's drawn segments, absolute: ("L", p0, p1), ("Q", p0, c, p1), ("C", p0, c1, c2, p1)
    or ("A", p0, rx, ry, phi, large, sweep, p1)."""
    s = PathScanner(d)
    segments = []
    x = y = sx = sy = 0.0
    last_c = None  # the last curve's control point, for S and T
    cmd = None
    while True:
        c = s.command()
        if c is None:
            if cmd is None or not s.has_number():
                if s.i < len(s.d) and s.d[s.i:].strip():
                    raise ValueError("bad path data near %r" % s.d[s.i:s.i + 20])
                break
            c = {"M": "L", "m": "l"}.get(cmd, cmd)  # repeated parameters
        cmd = c
        rel = c.islower()
        C = c.upper()
        ox, oy = (x, y) if rel else (0.0, 0.0)
        if C == "Z":
            if (x, y) != (sx, sy):
                segments.append(("L", (x, y), (sx, sy)))
            x, y = sx, sy
            last_c = None
            continue
        if C == "M":
            x, y = ox + s.number(), oy + s.number()
            sx, sy = x, y
            last_c = None
        elif C == "L":
            p = (ox + s.number(), oy + s.number())
            segments.append(("L", (x, y), p))
            x, y = p
            last_c = None
        elif C == "H":
            p = (ox + s.number() if rel else s.number(), y)
            segments.append(("L", (x, y), p))
            x, y = p
            last_c = None
        elif C == "V":
            p = (x, oy + s.number() if rel else s.number())
            segments.append(("L", (x, y), p))
            x, y = p
            last_c = None
        elif C == "C":
            c1 = (ox + s.number(), oy + s.number())
            c2 = (ox + s.number(), oy + s.number())
            p = (ox + s.number(), oy + s.number())
            segments.append(("C", (x, y), c1, c2, p))
            x, y = p
            last_c = ("C", c2)
        elif C == "S":
            c1 = (2 * x - last_c[1][0], 2 * y - last_c[1][1]) if last_c and last_c[0] == "C" else (x, y)
            c2 = (ox + s.number(), oy + s.number())
            p = (ox + s.number(), oy + s.number())
            segments.append(("C", (x, y), c1, c2, p))
            x, y = p
            last_c = ("C", c2)
        elif C == "Q":
            c1 = (ox + s.number(), oy + s.number())
            p = (ox + s.number(), oy + s.number())
            segments.append(("Q", (x, y), c1, p))
            x, y = p
            last_c = ("Q", c1)
        elif C == "T":
            c1 = (2 * x - last_c[1][0], 2 * y - last_c[1][1]) if last_c and last_c[0] == "Q" else (x, y)
            p = (ox + s.number(), oy + s.number())
            segments.append(("Q", (x, y), c1, p))
            x, y = p
            last_c = ("Q", c1)
        elif C == "A":
            rx, ry, phi = s.number(), s.number(), s.number()
            large, sweep = s.flag(), s.flag()
            p = (ox + s.number(), oy + s.number())
            segments.append(("A", (x, y), rx, ry, phi, large, sweep, p))
            x, y = p
            last_c = None
        else:
            raise ValueError("unknown path command %r" % c)
    return segments


def path_box(d, m):
    """The box of a path's outline (without stroke) under m: exact for lines and Bezier curves,
    arcs sampled every 5 degrees at most."""
    box = None
    for seg in path_segments(d):
        if seg[0] == "A":
            _, p0, rx, ry, phi, large, sweep, p1 = seg
            pts = [apply(m, *p) for p in arc_points(p0[0], p0[1], rx, ry, phi, large, sweep, p1[0], p1[1])]
            box = union(box, points_box(pts))
            continue
        pts = [apply(m, *p) for p in seg[1:]]
        x0, x1 = bezier_extent([p[0] for p in pts])
        y0, y1 = bezier_extent([p[1] for p in pts])
        box = union(box, (x0, y0, x1, y1))
    return box


def outline_polylines(el, m):
    """A path's, polygon's, polyline's or line's outline as polylines of points under m (curves
    and arcs sampled), closed shapes closed; None for other elements (their box is tight)."""
    tag = local(el.tag)
    if tag == "line":
        return [[apply(m, num(el, "x1"), num(el, "y1")), apply(m, num(el, "x2"), num(el, "y2"))]]
    if tag in ("polyline", "polygon"):
        v = [float(s) for s in NUMBER.findall(el.get("points") or "")]
        line = [apply(m, v[i], v[i + 1]) for i in range(0, len(v) - 1, 2)]
        if tag == "polygon" and line:
            line.append(line[0])
        return [line]
    if tag != "path":
        return None
    lines = []
    for seg in path_segments(el.get("d") or ""):
        if seg[0] == "A":
            _, p0, rx, ry, phi, large, sweep, p1 = seg
            pts = arc_points(p0[0], p0[1], rx, ry, phi, large, sweep, p1[0], p1[1], steps=16)
        elif seg[0] == "L":
            pts = [seg[1], seg[2]]
        else:
            pts = prop_shapes.sample_curve(list(seg[1:]))
        pts = [apply(m, *p) for p in pts]
        if lines and lines[-1][-1] == pts[0]:
            lines[-1].extend(pts[1:])
        else:
            lines.append(pts)
    return lines


# ---------------------------------------------------------------------------------------------
# Reading the SVG: every drawn leaf element with its box in art coordinates.

def local(tag):
    return tag.rsplit("}", 1)[-1]


def attr(el, name, default=None):
    style = el.get("style")
    if style:
        for decl in style.split(";"):
            if ":" in decl:
                k, v = decl.split(":", 1)
                if k.strip() == name:
                    return v.strip()
    return el.get(name, default)


def num(el, name, default=0.0):
    v = el.get(name)
    if v is None:
        return default
    m = NUMBER.match(v.strip())
    return float(m.group()) if m else default


INHERITED = ("fill", "stroke", "stroke-width", "font-size", "font-family", "text-anchor", "visibility")


class Leaf:
    """A drawn element: its box in art coordinates with its stroke (box), without (shape)."""

    def __init__(self, el, box, shape, ctx):
        self.el = el
        self.box = box
        self.shape = shape
        self.props = list(ctx["props"])
        self.char = ctx["char"]
        self.in_part = ctx["in_part"]
        self.clip = ctx["clip"]
        self.clipped = ctx["clip"] is not None
        self.background = ctx["background"]
        self.classes = (el.get("class") or "").split()
        self.local_box = None  # in the character's own coordinates, when in a character
        self.pieces = [box]  # as a prop: its box, or tight bands along a long or slanted shape
        self.arm = None  # for an arm: (centre-line polylines, half its stroke), in art pixels
        self.thin = False  # a line and nothing else: unfilled, with a thin stroke


class Character:
    def __init__(self, part_id, who, matrix):
        self.part_id = part_id
        self.who = who
        self.matrix = matrix  # from the character's coordinates to the art's
        self.leaves = []


class Document:
    """One SVG file: its root and its elements by id."""

    def __init__(self, path):
        self.path = path
        self.root = ET.parse(path).getroot()
        self.ids = {el.get("id"): el for el in self.root.iter() if el.get("id")}


class ArtReader:
    def __init__(self, svg_path, characters):
        self.docs = {}
        self.panel = self.doc(svg_path)
        self.characters = characters  # the story's character ids
        self.leaves = []
        self.chars = []
        root = self.panel.root
        vb = [float(v) for v in NUMBER.findall(root.get("viewBox") or "")]
        if len(vb) != 4:
            vb = [0.0, 0.0, num(root, "width", 960), num(root, "height", 640)]
        self.view = (vb[0], vb[1], vb[0] + vb[2], vb[1] + vb[3])
        ctx = {"fill": "black", "stroke": "none", "stroke-width": "1", "font-size": "16",
               "font-family": "sans-serif", "text-anchor": "start", "visibility": "visible",
               "props": (), "char": None, "rel": IDENTITY, "in_part": False, "clip": None,
               "background": None, "doc": self.panel, "depth": 0}
        for child in root:
            self.walk(child, IDENTITY, ctx)

    def doc(self, path):
        path = os.path.normpath(path)
        if path not in self.docs:
            self.docs[path] = Document(path)
        return self.docs[path]

    def error(self, msg):
        raise ValueError("%s: %s" % (os.path.relpath(self.panel.path, ROOT), msg))

    def walk(self, el, m, ctx):
        tag = local(el.tag)
        if tag in ("defs", "clipPath", "mask", "symbol", "title", "desc", "metadata", "style", "linearGradient",
                   "radialGradient", "pattern", "marker", "filter"):
            return
        if attr(el, "display") == "none" or attr(el, "opacity") in ("0", "0.0"):
            return
        ctx = dict(ctx)
        for name in INHERITED:
            v = attr(el, name)
            if v is not None and v != "inherit":
                ctx[name] = v
        t = parse_transform(el.get("transform"))
        m = multiply(m, t)
        rel = multiply(ctx["rel"], t)
        if el.get("data-prop"):
            ctx["props"] = ctx["props"] + (el.get("data-prop"),)
        if el.get("data-background") is not None:
            ctx["background"] = el.get("data-background") == "true"
        if el.get("data-kind") == "character":
            who = ctx.pop("who_from_use", None) or el.get("data-who")
            if not who and el.get("id") in self.characters:
                who = el.get("id")
            if who and who not in self.characters:
                self.error("data-who=%r is not one of the story's characters %s" % (who, sorted(self.characters)))
            char = Character(el.get("id") or "?", who, m)
            self.chars.append(char)
            ctx["char"] = char
            rel = IDENTITY
        ctx["rel"] = rel
        clip = el.get("clip-path")
        if clip:
            ref = re.match(r"url\(\s*#([^)\s]+)\s*\)", clip)
            cp = ctx["doc"].ids.get(ref.group(1)) if ref else None
            if cp is None:
                self.error("clip-path %r not found" % clip)
            cbox = None
            for c in cp:
                cbox = union(cbox, self.shape_box(c, multiply(m, parse_transform(c.get("transform"))), ctx))
            ctx["clip"] = cbox if ctx["clip"] is None else intersect(ctx["clip"], cbox)
        if tag in ("g", "svg", "a", "switch"):
            for child in el:
                self.walk(child, m, ctx)
            return
        if tag == "use":
            self.walk_use(el, m, ctx)
            return
        if ctx["visibility"] in ("hidden", "collapse"):
            return
        shape = self.shape_box(el, m, ctx)
        if shape is None:
            return
        filled = ctx["fill"] != "none" and tag not in ("line", "polyline") or tag == "text"
        stroked = ctx["stroke"] != "none"
        if tag == "polyline" and ctx["fill"] != "none":
            filled = True
        if not filled and not stroked:
            return
        half_stroke = 0.0
        if stroked and tag != "text":
            sw = NUMBER.match(ctx["stroke-width"])
            half_stroke = (float(sw.group()) if sw else 1.0) / 2
        box = grow(shape, half_stroke * math.sqrt(abs(m[0] * m[3] - m[1] * m[2])))
        if ctx["clip"] is not None:
            box, shape = intersect(box, ctx["clip"]), intersect(shape, ctx["clip"])
            if box is None:
                return
        leaf = Leaf(el, box, shape, ctx)
        view_side = min(self.view[2] - self.view[0], self.view[3] - self.view[1])
        leaf.thin = (not filled and stroked and tag != "text"
                     and 2 * half_stroke * math.sqrt(abs(m[0] * m[3] - m[1] * m[2])) <= THIN_STROKE * view_side)
        if leaf.props:
            # A long or slanted prop (a road, a field, a cable) as tight bands, not one box.
            outline = outline_polylines(el, m)
            if outline:
                grow_by = half_stroke * math.sqrt(abs(m[0] * m[3] - m[1] * m[2]))
                view = self.view
                leaf.pieces = [piece for piece in (intersect(b, ctx["clip"]) if ctx["clip"] is not None else b
                                                   for b in prop_shapes.banded_boxes(outline, grow_by, (view[2] - view[0], view[3] - view[1])))
                               if piece is not None]
        if "arm" in leaf.classes:
            outline = outline_polylines(el, m)
            if outline:
                leaf.arm = (outline, half_stroke * math.sqrt(abs(m[0] * m[3] - m[1] * m[2])))
        if ctx["char"] is not None:
            lbox = self.shape_box(el, rel, ctx)
            leaf.local_box = grow(lbox, half_stroke * math.sqrt(abs(rel[0] * rel[3] - rel[1] * rel[2])))
            ctx["char"].leaves.append(leaf)
        self.leaves.append(leaf)

    def walk_use(self, el, m, ctx):
        href = el.get("href") or el.get("{http://www.w3.org/1999/xlink}href") or ""
        file_part, _, frag = href.partition("#")
        doc = ctx["doc"]
        if file_part:
            doc = self.doc(os.path.join(os.path.dirname(doc.path), file_part))
        target = doc.ids.get(frag)
        if target is None:
            self.error("<use href=%r>: no such element" % href)
        if ctx["depth"] > 20:
            self.error("<use> nested too deep at %r" % href)
        offset = (1.0, 0.0, 0.0, 1.0, num(el, "x"), num(el, "y"))
        m = multiply(m, offset)
        ctx = dict(ctx, doc=doc, in_part=True, depth=ctx["depth"] + 1, rel=multiply(ctx["rel"], offset))
        if el.get("data-who"):
            if target.get("data-kind") != "character":
                self.error("data-who on <use href=%r>, which is not a character" % href)
            ctx["who_from_use"] = el.get("data-who")
        self.walk(target, m, ctx)

    def shape_box(self, el, m, ctx):
        """The box of a basic shape's geometry (no stroke) under m; None when it draws nothing."""
        tag = local(el.tag)
        if tag == "rect":
            w, h = num(el, "width"), num(el, "height")
            if w <= 0 or h <= 0:
                return None
            x, y = num(el, "x"), num(el, "y")
            return transformed_box((x, y, x + w, y + h), m)
        if tag == "circle":
            r = num(el, "r")
            return ellipse_box(num(el, "cx"), num(el, "cy"), r, r, m) if r > 0 else None
        if tag == "ellipse":
            rx, ry = num(el, "rx"), num(el, "ry")
            return ellipse_box(num(el, "cx"), num(el, "cy"), rx, ry, m) if rx > 0 and ry > 0 else None
        if tag == "line":
            return points_box([apply(m, num(el, "x1"), num(el, "y1")), apply(m, num(el, "x2"), num(el, "y2"))])
        if tag in ("polyline", "polygon"):
            v = [float(s) for s in NUMBER.findall(el.get("points") or "")]
            return points_box([apply(m, v[i], v[i + 1]) for i in range(0, len(v) - 1, 2)])
        if tag == "path":
            return path_box(el.get("d") or "", m)
        if tag == "text":
            return text_box(el, m, ctx)
        return None


def text_box(el, m, ctx):
    """An estimate of a text's box: advance 0.55 em a character (0.6 in monospace), from 0.75 em
    above the baseline to 0.25 em below it."""
    text = "".join(el.itertext()).strip()
    if not text:
        return None
    size = float(NUMBER.match(ctx["font-size"]).group())
    x = float((NUMBER.findall(el.get("x") or "0") or ["0"])[0])
    y = float((NUMBER.findall(el.get("y") or "0") or ["0"])[0])
    advance = 0.6 if "mono" in ctx["font-family"] else 0.55
    width = len(text) * advance * size
    anchor = ctx["text-anchor"]
    x0 = x - width / 2 if anchor == "middle" else x - width if anchor == "end" else x
    return transformed_box((x0, y - 0.75 * size, x0 + width, y + 0.25 * size), m)


# ---------------------------------------------------------------------------------------------
# Regions

def head_of(char):
    """The head's box in art coordinates and the mouth's centre (None without a mouth)."""
    # A pose's arms and hands are not the head, even when raised beside it.
    leaves = [l for l in char.leaves if l.local_box and not {"arm", "hand"} & set(l.classes)]
    if not leaves:
        return None, None
    heads = [l for l in leaves if "head" in l.classes]
    if not heads:  # no marker: the biggest circle in the top half of the part
        circles = [l for l in leaves if local(l.el.tag) == "circle" and l.local_box[3] < 160]
        heads = sorted(circles, key=lambda l: -(l.local_box[2] - l.local_box[0]))[:1]
    if not heads:
        return None, None
    circle = heads[0].local_box
    bottom = circle[3]
    local_box = None
    for l in leaves:
        b = l.local_box
        if l in heads or "mouth" in l.classes or (b[1] + b[3]) / 2 < bottom:
            local_box = union(local_box, b)
    local_box = (local_box[0], local_box[1], local_box[2], min(local_box[3], bottom + HEAD_CHIN))
    box = transformed_box(local_box, char.matrix)
    if heads[0].clip is not None:  # a head seen through a clip (a screen) is cut by it
        box = intersect(box, heads[0].clip)
    mouth = None
    for l in leaves:
        if "mouth" in l.classes and l.shape:
            mouth = ((l.shape[0] + l.shape[2]) / 2, (l.shape[1] + l.shape[3]) / 2)
    return box, mouth


def hands_of(art):
    """Each hand's box: the class="hand" leaves (a hand's circle, a pointing finger) joined where
    their boxes, grown by HAND_JOIN, touch; clipped to the view."""
    boxes = [leaf.box for leaf in art.leaves if "hand" in leaf.classes and leaf.box is not None]
    hands = []
    for box in boxes:
        box = intersect(box, art.view)
        if box is None:
            continue
        merged = True
        while merged:  # join every hand this box touches, then try again with the bigger box
            merged = False
            for i, other in enumerate(hands):
                if intersect(grow(box, HAND_JOIN), grow(other, HAND_JOIN)) is not None:
                    box = union(box, hands.pop(i))
                    merged = True
                    break
        hands.append(box)
    return hands


def box_gap(a, b):
    """The distance between two boxes (0 when they touch or overlap)."""
    dx = max(0.0, a[0] - b[2], b[0] - a[2])
    dy = max(0.0, a[1] - b[3], b[1] - a[3])
    return math.hypot(dx, dy)


def hands_near(art, faces):
    """The hands within HAND_NEAR face widths of a face (any face: one's own or a neighbour's)."""
    return [hand for hand in hands_of(art)
            if any(box_gap(hand, face) <= HAND_NEAR * (face[2] - face[0]) for face in faces)]


def arm_pieces(line, half, least):
    """A polyline cut into boxes about ARM_PIECE stroke widths long (at least `least`), each grown
    by the half stroke."""
    step = max(ARM_PIECE * 2 * half, least)
    points = [line[0]]
    for a, b in zip(line, line[1:]):  # a long straight stretch is split too, not boxed whole
        n = max(1, int(math.ceil(math.hypot(b[0] - a[0], b[1] - a[1]) / step)))
        points.extend((a[0] + (b[0] - a[0]) * i / n, a[1] + (b[1] - a[1]) * i / n) for i in range(1, n + 1))
    pieces, run, run_length = [], [points[0]], 0.0
    for a, b in zip(points, points[1:]):
        run.append(b)
        run_length += math.hypot(b[0] - a[0], b[1] - a[1])
        if run_length >= step - 1e-6:
            pieces.append(grow(points_box(run), half))
            run, run_length = [b], 0.0
    if len(run) > 1:
        pieces.append(grow(points_box(run), half))
    return pieces


def arms_near(art, faces):
    """The pieces of arms raised beside or above a face (any face), each once: the outline and the
    coloured sleeve are the same path drawn twice, so only the widest stroke of a line counts."""
    widest = {}
    for leaf in art.leaves:
        if leaf.arm is None:
            continue
        for line in leaf.arm[0]:
            key = tuple((round(x, 1), round(y, 1)) for x, y in line)
            if len(line) > 1 and leaf.arm[1] > widest.get(key, (None, -1))[1]:
                widest[key] = (line, leaf.arm[1])
    kept = []
    for line, half in widest.values():
        least = ARM_LEAST * min(art.view[2] - art.view[0], art.view[3] - art.view[1])
        for piece in arm_pieces(line, half, least):
            piece = intersect(piece, art.view)
            if piece is None:
                continue
            middle_y = (piece[1] + piece[3]) / 2
            if any(box_gap(piece, face) <= ARM_NEAR * (face[2] - face[0]) and middle_y < face[3] for face in faces):
                kept.append(piece)
    return kept


def is_background(leaf, view):
    if leaf.background is not None:
        return leaf.background
    if leaf.in_part or leaf.props or leaf.char or leaf.clipped:
        return False
    if local(leaf.el.tag) == "text":
        return False
    w, h = view[2] - view[0], view[3] - view[1]
    bw, bh = leaf.shape[2] - leaf.shape[0], leaf.shape[3] - leaf.shape[1]
    return bw >= BG_SPAN * w or (bh >= BG_SPAN * h and bw >= BG_WALL * w)


def largest_empty(free, rows, cols, min_w, min_h):
    """The largest all-free rectangle (row0, col0, rows, cols) of at least min_h x min_w cells, by
    the histogram method; None when there is none."""
    heights = [0] * cols
    best, best_area = None, 0
    for r in range(rows):
        row = free[r]
        for c in range(cols):
            heights[c] = heights[c] + 1 if row[c] else 0
        # For each column, the widest span whose heights are all >= its own.
        left = [0] * cols
        stack = []
        for c in range(cols):
            while stack and heights[stack[-1]] >= heights[c]:
                stack.pop()
            left[c] = stack[-1] + 1 if stack else 0
            stack.append(c)
        right = [cols - 1] * cols
        stack = []
        for c in range(cols - 1, -1, -1):
            while stack and heights[stack[-1]] >= heights[c]:
                stack.pop()
            right[c] = stack[-1] - 1 if stack else cols - 1
            stack.append(c)
        for c in range(cols):
            h = heights[c]
            w = right[c] - left[c] + 1
            if h >= min_h and w >= min_w and h * w > best_area:
                best, best_area = (r - h + 1, left[c], h, w), h * w
    return best


def calm_boxes(blocked, view):
    """Up to CALM_MAX large empty rectangles of the art, largest first, none overlapping."""
    w, h = view[2] - view[0], view[3] - view[1]
    cell = w / CALM_CELLS_X
    cols, rows = CALM_CELLS_X, max(1, int(round(h / cell)))
    cell_h = h / rows
    free = [[True] * cols for _ in range(rows)]

    def block(box):
        x0 = int(math.floor((box[0] - view[0]) / cell))
        x1 = int(math.ceil((box[2] - view[0]) / cell))
        y0 = int(math.floor((box[1] - view[1]) / cell_h))
        y1 = int(math.ceil((box[3] - view[1]) / cell_h))
        for r in range(max(0, y0), min(rows, y1)):
            row = free[r]
            for c in range(max(0, x0), min(cols, x1)):
                row[c] = False

    for b in blocked:
        block(grow(b, CALM_MARGIN))
    min_w = int(math.ceil(CALM_MIN_W * cols - 1e-9))
    min_h = int(math.ceil(CALM_MIN_H * rows - 1e-9))
    found = []
    for _ in range(CALM_MAX):
        best = largest_empty(free, rows, cols, min_w, min_h)
        if best is None:
            break
        r0, c0, nr, nc = best
        box = (view[0] + c0 * cell, view[1] + r0 * cell_h, view[0] + (c0 + nc) * cell, view[1] + (r0 + nr) * cell_h)
        found.append(box)
        for r in range(r0, r0 + nr):
            for c in range(c0, c0 + nc):
                free[r][c] = False
    return found


def fractions(box, view):
    """x, y, w, h of a box in fractions of the view, clamped into it and rounded to 3 decimals."""
    w, h = view[2] - view[0], view[3] - view[1]

    def fx(v):
        return round(min(1.0, max(0.0, (v - view[0]) / w)), 3)

    def fy(v):
        return round(min(1.0, max(0.0, (v - view[1]) / h)), 3)

    x0, y0, x1, y1 = fx(box[0]), fy(box[1]), fx(box[2]), fy(box[3])
    return x0, y0, round(x1 - x0, 3), round(y1 - y0, 3)


def regions_for(svg_path, characters):
    art = ArtReader(svg_path, characters)
    view = art.view
    faces, props = [], []
    for char in art.chars:
        box, mouth = head_of(char)
        box = intersect(box, view)
        if box is None:
            continue
        faces.append((box, char, mouth))
    # A prop drawn only with thin unfilled strokes is thin; one with any filled or thick part is
    # not (a magnifier's handle is part of the magnifier: tails do not cross it).
    by_label = {}
    thin_label = {}
    for leaf in art.leaves:
        for label in leaf.props:
            by_label.setdefault(label, []).extend((piece, id(leaf)) for piece in leaf.pieces)
            thin_label[label] = thin_label.get(label, True) and leaf.thin and label not in NEVER_THIN
    items = [((label, thin_label[label]), box, source) for label, pieces in by_label.items() for box, source in pieces]
    for key, box in prop_shapes.join_cheaply(items):
        box = intersect(box, view)
        if box is not None:
            props.append((key, box))
    for box in hands_near(art, [f[0] for f in faces]):
        props.append((("main", False), box))
    # An arm is a line too: a tail may cross a sleeve (when the arms box the mouth in, it must),
    # but never end on it.
    arms = [(("bras", True), box, i) for i, box in enumerate(arms_near(art, [f[0] for f in faces]))]
    props.extend(prop_shapes.join_cheaply(arms))
    blocked = [leaf.box for leaf in art.leaves if not is_background(leaf, view)]
    calm = calm_boxes(blocked, view)

    regions = []
    for box, char, mouth in sorted(faces, key=lambda f: (f[0][0], f[0][1])):
        x, y, w, h = fractions(box, view)
        if w <= 0 or h <= 0:
            continue
        region = {"kind": "face"}
        if char.who:
            if mouth is None:
                art.error("character %r (part %r) has no mouth (class=\"mouth\")" % (char.who, char.part_id))
            region["who"] = char.who
        region.update(x=x, y=y, w=w, h=h)
        if char.who:
            mx, my, _, _ = fractions((mouth[0], mouth[1], mouth[0], mouth[1]), view)
            region["mouth"] = {"x": mx, "y": my}
        regions.append(region)
    for (label, thin), box in sorted(props, key=lambda p: (p[1][0], p[1][1], p[0])):
        x, y, w, h = fractions(box, view)
        if w > 0 and h > 0:
            regions.append({"kind": "prop", "label": label, "x": x, "y": y, "w": w, "h": h})
            if thin:
                regions[-1]["thin"] = True
    for box in calm:
        x, y, w, h = fractions(box, view)
        regions.append({"kind": "calm", "x": x, "y": y, "w": w, "h": h})
    return regions


# ---------------------------------------------------------------------------------------------
# Stories

def story_files():
    files = []
    for path in sorted(glob.glob(os.path.join(ROOT, "panels", "*.json"))):
        if os.path.basename(path) in ("story.schema.json", "index.json"):
            continue
        files.append(path)
    return files


def svg_for(story_path, image):
    """assets/art-src/STORY/NAME.svg for "../assets/art/STORY/NAME.png", or None."""
    png = os.path.normpath(os.path.join(os.path.dirname(story_path), image))
    art = os.path.join(ROOT, "assets", "art") + os.sep
    if not png.startswith(art) or not png.endswith(".png"):
        return None
    svg = os.path.join(ROOT, "assets", "art-src", png[len(art):-4] + ".svg")
    return svg if os.path.isfile(svg) else None


def variant_svg_for(story_path, image):
    """assets/art-src/STORY/NAME.LANG.svg for "../assets/art/STORY/LANG/NAME.png" (a language's
    variant of art with words drawn in it), or None."""
    png = os.path.normpath(os.path.join(os.path.dirname(story_path), image))
    art = os.path.join(ROOT, "assets", "art") + os.sep
    if not png.startswith(art) or not png.endswith(".png"):
        return None
    parts = png[len(art):-4].split(os.sep)
    if len(parts) < 3:
        return None
    lang = parts[-2]
    svg = os.path.join(ROOT, "assets", "art-src", *parts[:-2], parts[-1] + "." + lang + ".svg")
    return svg if os.path.isfile(svg) else None


def view_box(svg):
    root = ET.parse(svg).getroot()
    return (root.get("viewBox") or "").split(), root.get("width"), root.get("height")


def image_files(layer, default_language):
    """The layer's image in the default language (regions are computed from it), and its other
    languages' files: "image" is a path, or one per language {"fr": …, "en": …}."""
    image = layer.get("image")
    if isinstance(image, dict):
        files = {k: v for k, v in image.items() if isinstance(v, str)}
        if not files:
            return "", {}
        main = files.get(default_language) or next(iter(files.values()))
        return main, {k: v for k, v in files.items() if v != main}
    return image if isinstance(image, str) else "", {}


def layers_of(panel):
    art = panel.get("art")
    if isinstance(art, dict):
        art = art.get("layers")
    return [l for l in art or [] if isinstance(l, dict)]


def process(story_path):
    with open(story_path, encoding="utf-8") as f:
        text = f.read()
    data = json.loads(text)
    if not isinstance(data, dict) or not isinstance(data.get("panels"), list):
        return None
    characters = {c.get("id") for c in data.get("characters", []) if isinstance(c, dict)}
    stale, counts, notes = [], {"face": 0, "prop": 0, "calm": 0}, []
    drawn = False  # has the story any art made from our SVGs?
    problems = []  # a language's variant that does not match the original
    default_language = data.get("language") if isinstance(data.get("language"), str) else "fr"
    for panel in data["panels"]:
        for layer in layers_of(panel):
            main, variants = image_files(layer, default_language)
            svg = svg_for(story_path, main)
            if svg is None:
                continue
            drawn = True
            # A variant (NAME.LANG.svg) is the same drawing with its words translated: the same
            # viewBox, so that the regions of the original are right for it too.
            for lang, image in sorted(variants.items()):
                variant = variant_svg_for(story_path, image)
                if variant is None:
                    problems.append("panel %s: no SVG for the %s image %s (expected assets/art-src/STORY/NAME.%s.svg)"
                                    % (panel.get("id"), lang, image, lang))
                elif view_box(variant) != view_box(svg):
                    problems.append("panel %s: %s has not the viewBox of %s" % (
                        panel.get("id"), os.path.relpath(variant, ROOT), os.path.relpath(svg, ROOT)))
            regions = regions_for(svg, characters)
            for r in regions:
                counts[r["kind"]] += 1
            if layer.get("regions") != regions:
                stale.append(panel.get("id"))
                layer["regions"] = regions
            with_mouth = {r.get("who") for r in regions if r.get("mouth")}
            for b in panel.get("balloons") or []:
                who = b.get("speaker")
                if who and who not in with_mouth:
                    note = "panel %s: speaker %s has no face in the art" % (panel.get("id"), who)
                    if note not in notes:
                        notes.append(note)
    if not drawn:
        return None
    out = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return out, stale, counts, notes, problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when a story's regions are out of date")
    parser.add_argument("--self-test", action="store_true", help="check the geometry and exit")
    parser.add_argument("stories", nargs="*", help="story files (default: panels/*.json)")
    args = parser.parse_args()
    if args.self_test:
        return self_test()
    failed = False
    for path in [os.path.abspath(p) for p in args.stories] or story_files():
        result = process(path)
        if result is None:
            continue
        out, stale, counts, notes, problems = result
        name = os.path.relpath(path, ROOT)
        for problem in problems:
            failed = True
            print("art_regions: %s: %s" % (name, problem))
        summary = "%d faces, %d props, %d calm" % (counts["face"], counts["prop"], counts["calm"])
        if args.check:
            if stale:
                failed = True
                print("art_regions: %s: regions out of date in %s; run scripts/art_regions.py"
                      % (name, ", ".join(str(s) for s in stale)))
            else:
                print("art_regions: %s: %s (up to date)" % (name, summary))
            continue
        for note in notes:
            print("art_regions: %s: %s" % (name, note))
        if stale:
            with open(path, "w", encoding="utf-8") as f:
                f.write(out)
            print("art_regions: %s: %s (updated %s)" % (name, summary, ", ".join(str(s) for s in stale)))
        else:
            print("art_regions: %s: %s (up to date)" % (name, summary))
    return 1 if failed else 0


# ---------------------------------------------------------------------------------------------

def self_test():
    def close(a, b, eps=1e-6):
        if a is None or b is None:
            return a is b
        return all(abs(x - y) <= eps for x, y in zip(a, b))

    def check(name, got, want, eps=1e-6):
        if not close(got, want, eps):
            raise AssertionError("%s: got %r, want %r" % (name, got, want))

    # Transforms compose left to right, as nested groups do.
    m = parse_transform("translate(10 20) scale(2)")
    check("translate then scale", apply(m, 1, 1), (12, 22))
    check("scale(x y)", apply(parse_transform("scale(2, 3)"), 1, 1), (2, 3))
    check("rotate about a centre", apply(parse_transform("rotate(90 10 10)"), 20, 10), (10, 20))
    check("rotate", apply(parse_transform("rotate(90)"), 1, 0), (0, 1))
    check("matrix", apply(parse_transform("matrix(1 0 0 1 5 6)"), 1, 1), (6, 7))
    check("skewX", apply(parse_transform("skewX(45)"), 0, 10), (10, 10))
    check("skewY", apply(parse_transform("skewY(45)"), 10, 0), (10, 10))
    nested = multiply(parse_transform("translate(100 0)"), parse_transform("scale(2) rotate(90)"))
    check("nested <g>/<use>", apply(nested, 1, 0), (100, 2))
    check("list = product", parse_transform("translate(3 4) rotate(30) scale(2 5)"),
          multiply(multiply(parse_transform("translate(3 4)"), parse_transform("rotate(30)")), parse_transform("scale(2 5)")))

    # Paths: relative commands, implicit repeats, H/V, Z, curves (exact, not control points), arcs.
    check("relative lines", path_box("m10 10 l20 0 v20 h-20 z", IDENTITY), (10, 10, 30, 30))
    check("implicit lineto", path_box("M0 0 10 5 20 -5", IDENTITY), (0, -5, 20, 5))
    check("star, relative repeats", path_box("M650 320 l8 16 18 2 -13 12 4 18 -17 -9 -17 9 4 -18 -13 -12 18 -2z", IDENTITY),
          (624, 320, 676, 368))
    check("quadratic bulge", path_box("m0 0 q10 20 20 0", IDENTITY), (0, 0, 20, 10))
    check("cubic bulge", path_box("M0 0 C0 40 40 40 40 0", IDENTITY), (0, 0, 40, 30))
    check("smooth curves", path_box("M0 0 Q10 -20 20 0 T40 0", IDENTITY), (0, -10, 40, 10))
    check("arc, upper half", path_box("M0 0 a10 10 0 0 1 20 0", IDENTITY), (0, -10, 20, 0), 1e-3)
    check("arc, lower half", path_box("M0 0 A10 10 0 0 0 20 0", IDENTITY), (0, 0, 20, 10), 1e-3)
    check("large arc", path_box("M0 0 A10 10 0 1 1 10 10", IDENTITY), (0, -10, 20, 10), 1e-3)
    check("small arc", path_box("M0 0 A10 10 0 0 1 10 10", IDENTITY), (0, 0, 10, 10), 1e-3)
    check("arc, radius too small", path_box("M0 0 A1 1 0 0 1 20 0", IDENTITY), (0, -10, 20, 0), 1e-3)
    check("packed arc flags", path_box("M0 0 a10 10 0 0120 0", IDENTITY), (0, -10, 20, 0), 1e-3)
    check("path under rotation", path_box("M0 0 H10", parse_transform("rotate(90)")), (0, 0, 0, 10))

    # Circles and ellipses under scale and rotation.
    check("circle under scale", ellipse_box(10, 10, 5, 5, parse_transform("scale(2 3)")), (10, 15, 30, 45))
    check("circle under rotation", ellipse_box(0, 0, 5, 5, parse_transform("rotate(33)")), (-5, -5, 5, 5))
    check("ellipse under rotation", ellipse_box(0, 0, 10, 2, parse_transform("rotate(90)")), (-2, -10, 2, 10))

    # Calm areas: the largest empty rectangle of a grid, with its minimum size.
    free = [[True] * 6 for _ in range(4)]
    free[1][2] = False
    check("largest empty", largest_empty(free, 4, 6, 1, 1), (2, 0, 2, 6))
    check("minimum width", largest_empty(free, 4, 6, 3, 3), (0, 3, 4, 3))
    check("none big enough", largest_empty(free, 4, 6, 7, 1), None)
    # A whole panel: a character through nested <g> and <use> transforms, a prop, the calm sky.
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "parts.svg"), "w", encoding="utf-8") as f:
            f.write('<svg xmlns="http://www.w3.org/2000/svg"><defs>'
                    '<g id="kid" data-kind="character" stroke="#000" stroke-width="2">'
                    '<path d="M-10 30 L10 30 L10 60 L-10 60 Z"/>'
                    '<circle class="head" cx="0" cy="15" r="10"/>'
                    '<path class="mouth" d="M-4 20 Q0 24 4 20" fill="none"/>'
                    '<path class="arm" d="M10 35 L25 10" fill="none"/><circle class="hand" cx="25" cy="8" r="4" fill="#fc9"/>'
                    '<circle class="hand" cx="-30" cy="58" r="4" fill="#fc9"/></g>'
                    '<g id="extra" data-kind="character"><circle class="head" cx="0" cy="15" r="10"/></g>'
                    '</defs></svg>')
        panel = os.path.join(tmp, "panel.svg")
        with open(panel, "w", encoding="utf-8") as f:
            f.write('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100">'
                    '<rect width="200" height="100" fill="#CFE8F3"/>'
                    '<g transform="translate(100 20)"><use href="parts.svg#kid" data-who="ana" transform="scale(0.5)"/></g>'
                    '<use href="parts.svg#extra" transform="translate(30 40)"/>'
                    '<rect data-prop="box" x="150" y="60" width="20" height="20" fill="#fff"/>'
                    '<path data-prop="fil" d="M150 95 L190 95" fill="none" stroke="#000" stroke-width="1"/></svg>')
        got = regions_for(panel, {"ana"})
    # ana's raised hand (in her part at (25, 8), r 4 + stroke 1, under translate(100 20) scale(0.5):
    # 110-115 x 21.5-26.5) is a prop, and neither it nor her arm widens her face; her other hand,
    # by her feet, is more than a face width from any face: no region. Her arm (105,37.5)-(112.5,25),
    # half stroke 0.5, cut in 4 px steps into two pieces: the upper one (middle above her chin, 2.85
    # px from her face) is kept as "bras", the lower one (middle under her chin) is not; an arm is
    # thin. The wire, an unfilled 1 px stroke (at most 0.01 of the art's 100 px side), is thin.
    want = [  # worked out by hand (grid cells of 200/120 art px)
        {"kind": "face", "x": 0.1, "y": 0.45, "w": 0.1, "h": 0.2},
        {"kind": "face", "who": "ana", "x": 0.472, "y": 0.22, "w": 0.055, "h": 0.11, "mouth": {"x": 0.5, "y": 0.305}},
        {"kind": "prop", "label": "bras", "x": 0.541, "y": 0.245, "w": 0.024, "h": 0.073, "thin": True},
        {"kind": "prop", "label": "main", "x": 0.55, "y": 0.215, "w": 0.025, "h": 0.05},
        {"kind": "prop", "label": "fil", "x": 0.748, "y": 0.945, "w": 0.205, "h": 0.01, "thin": True},
        {"kind": "prop", "label": "box", "x": 0.75, "y": 0.6, "w": 0.1, "h": 0.2},
        {"kind": "calm", "x": 0.608, "y": 0.0, "w": 0.392, "h": 0.533},
        {"kind": "calm", "x": 0.0, "y": 0.717, "w": 0.717, "h": 0.283},
        {"kind": "calm", "x": 0.0, "y": 0.0, "w": 0.442, "h": 0.383},
    ]
    if got != want:
        raise AssertionError("panel regions: got %s" % json.dumps(got))
    # An image by language: regions from the default language's file, the others' SVGs found as
    # NAME.LANG.svg beside the original.
    layer = {"image": {"en": "../assets/art/road45/en/32-karpman.png", "fr": "../assets/art/road45/32-karpman.png"}}
    main, variants = image_files(layer, "fr")
    if main != "../assets/art/road45/32-karpman.png" or variants != {"en": "../assets/art/road45/en/32-karpman.png"}:
        raise AssertionError("image by language: got %r, %r" % (main, variants))
    if image_files({"image": "a.png"}, "fr") != ("a.png", {}):
        raise AssertionError("a plain image is one file")
    story = os.path.join(ROOT, "panels", "road45.json")
    want_svg = os.path.join(ROOT, "assets", "art-src", "road45", "32-karpman.en.svg")
    if variant_svg_for(story, variants["en"]) != want_svg or variant_svg_for(story, main) is not None:
        raise AssertionError("variant SVG: got %r" % variant_svg_for(story, variants["en"]))
    prop_shapes.self_test()
    print("art_regions: geometry self-test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
