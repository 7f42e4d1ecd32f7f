#!/usr/bin/python3
"""Checks the lettering of stories as a letterer would, from `frise layout`'s JSON lines:
no balloon over a face or a prop (anyone's), no tail tip on the upper part of its speaker's face,
no tail across another balloon, face or prop, no glued balloon without a tail over someone
else's head, no two tails merging at one point, no speech tail ending far from its speaker's mouth
(unless, when nothing else fits, it stops above the head), no tail up through its speaker's
chest, no balloon left of an earlier one at its level, no tail lying flat along its balloon's edge, no needle of a tail across the panel,
balloons apart, strip labels apart, no text under 14 px. Prints how many panels list balloons
in the dialogue strip, and how many tails stop above the head instead of by the mouth. Usage: check_lettering.py FRISE STORY.json... (each at 360x640, 720x480 and 1280x800, in
every language of the story); exits 1 on any problem, listing each."""
import json
import math
import subprocess
import sys

SIZES = ["360x640", "720x480", "1280x800"]
MIN_TEXT_PX = 14
# A tail is no longer than this share of the art's smaller side; from the paper above the art
# (a tall window), it may cross the art's height.
MAX_TAIL_SHARE = 0.45
MAX_TAIL_FROM_PAPER = 0.8
LOOM_REACH = 0.35


def overlap(a, b):
    """Rectangles [x, y, w, h] share area (touching edges do not count)."""
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def inside(p, r):
    return r[0] <= p[0] <= r[0] + r[2] and r[1] <= p[1] <= r[1] + r[3]


def segment_meets(a, b, r):
    """Liang-Barsky: does the segment a-b touch the interior of rectangle r?"""
    t0, t1 = 0.0, 1.0
    for axis in (0, 1):
        d = b[axis] - a[axis]
        low, high = r[axis] - a[axis], r[axis] + r[axis + 2] - a[axis]
        if abs(d) < 1e-9:
            if low > 0 or high < 0:
                return False
            continue
        near, far = sorted((low / d, high / d))
        t0, t1 = max(t0, near), min(t1, far)
        if t0 > t1:
            return False
    return True


def triangle_meets(tri, r):
    a, b, c = tri
    # Shrunk by a hair so that a wedge touching a balloon's edge at its base is not a crossing.
    r = [r[0] + 0.5, r[1] + 0.5, r[2] - 1, r[3] - 1]
    if r[2] <= 0 or r[3] <= 0:
        return False
    if segment_meets(a, b, r) or segment_meets(b, c, r) or segment_meets(c, a, r):
        return True

    def cross(o, p, q):
        return (p[0] - o[0]) * (q[1] - o[1]) - (p[1] - o[1]) * (q[0] - o[0])
    p = (r[0], r[1])
    d = [cross(a, b, p), cross(b, c, p), cross(c, a, p)]
    return not (min(d) < 0 < max(d))


def looms_over_someone_else(panel, b, label):
    """A speaker's glued balloon, without a tail, over another head (up to LOOM_REACH of the art's
    height above it) that is nearer to it than the speaker's: the eye drops from a balloon to the
    head below it, and reads it as that person's."""
    if not b.get("joined"):
        return []
    faces = [k for k in panel["keep_clear"] if k["kind"] == "face"]
    speaker = next((f for f in faces if f.get("who") == b["speaker"]), None)
    if not speaker:
        return []
    r = b["rect"]
    middle, bottom = r[0] + r[2] / 2, r[1] + r[3]

    def above(face, within):
        x, y, w, _ = face["rect"]
        return x - w / 2 < middle < x + w * 1.5 and y >= bottom - 1 and y - bottom < within * panel["art"][3]
    if above(speaker, 0.12):  # right over the speaker's own head
        return []
    to_speaker = abs(middle - (speaker["rect"][0] + speaker["rect"][2] / 2))
    for f in faces:
        x, _, w, _ = f["rect"]
        if f is not speaker and above(f, LOOM_REACH) and abs(middle - (x + w / 2)) < to_speaker:
            return [f"{label}: glued without a tail over the head of {f['who'] or 'someone'}, who is nearer than the speaker"]
    return []


def check_panel(panel, where, stats):
    problems = []
    pid = panel["id"]
    balloons = panel["balloons"]
    keep = panel["keep_clear"]
    if panel["text_px"] and panel["text_px"] < MIN_TEXT_PX - 0.01:
        problems.append(f"{where} {pid}: text drawn at {panel['text_px']} px, under {MIN_TEXT_PX}")
    for i, b in enumerate(balloons):
        label = f"{where} {pid}: balloon {i} ({b['speaker'] or b['kind']})"
        for k in keep:
            if overlap(b["rect"], k["rect"]):
                problems.append(f"{label} covers the {k['kind']} of {k['who'] or 'someone'} at {k['rect']}")
        for j in range(i):
            # A speaker's second balloon is glued to the first (joined): that overlap is the join.
            if overlap(b["rect"], balloons[j]["rect"]) and not (b.get("joined") and j == i - 1):
                problems.append(f"{label} overlaps balloon {j}")
        # Reading order: never left of an earlier balloon at its level (the eye would reach it first).
        for j in range(i - 1):
            e = balloons[j]["rect"]
            if b["rect"][0] + b["rect"][2] <= e[0] + 2 * panel["text_px"] and b["rect"][1] < e[1] + e[3] * 0.85 - 0.5:
                problems.append(f"{label} sits left of balloon {j} at its level: it would be read first")
        tail = b["tail"]
        if not tail:
            problems += looms_over_someone_else(panel, b, label)
            continue
        tri = (tail["base"][0], tail["base"][1], tail["tip"])
        base = [(tail["base"][0][0] + tail["base"][1][0]) / 2, (tail["base"][0][1] + tail["base"][1][1]) / 2]
        reach = math.dist(base, tail["tip"])
        art = panel["art"]
        r = b["rect"]
        off_art = r[0] < art[0] - 0.5 or r[1] < art[1] - 0.5 or r[0] + r[2] > art[0] + art[2] + 0.5
        on_paper = (panel.get("lettering") or panel.get("lettering_beside")) and off_art
        limit = max(MAX_TAIL_SHARE * min(art[2], art[3]), MAX_TAIL_FROM_PAPER * art[3] if on_paper else 0)
        # A wedge, not a sliver lying along the balloon's edge (it reads as a hairline).
        (ax, ay), (bx, by) = tail["base"]
        base_w = math.dist((ax, ay), (bx, by))
        if base_w >= 1:
            tx, ty = tail["tip"][0] - base[0], tail["tip"][1] - base[1]
            height = abs((bx - ax) * ty - (by - ay) * tx) / base_w
            lateral = abs((bx - ax) * tx + (by - ay) * ty) / base_w
            if height < 0.2 * base_w - 0.5 or lateral > 2.5 * height + 0.5:
                problems.append(f"{label}: its tail lies along the balloon's edge (a sliver, not a wedge)")
        if reach > limit + 0.5:
            problems.append(f"{label}: its tail is a needle, {reach:.0f} px long (at most {limit:.0f})")
        own_faces = [k for k in keep if k["kind"] == "face" and k["who"] == b["speaker"] and k.get("mouth")]
        if own_faces and b["kind"] != "thought":
            face = min(own_faces, key=lambda k: math.dist(k["mouth"], tail["tip"]))
            size = max(face["rect"][2], face["rect"][3])
            if face["rect"][1] > tail["tip"][1]:
                stats["over_head"] += 1  # allowed when nothing else fits: counted, not failed
            elif math.dist(face["mouth"], tail["tip"]) > size:
                problems.append(f"{label}: its tail ends {math.dist(face['mouth'], tail['tip']):.0f} px from the mouth")
            else:
                stats["by_mouth"] += 1
        for k in keep:
            own = k["kind"] == "face" and k["who"] == b["speaker"] and b["speaker"]
            if own:
                face = k["rect"]
                # The upper part of the face, and just beside it: a tip there points at the eyes.
                upper = [face[0] - face[2] * 0.15, face[1], face[2] * 1.3, face[3] * 0.6]
                if inside(tail["tip"], upper):
                    problems.append(f"{label}: its tail ends on or beside the upper part of the speaker's face")
                # From a balloon below, a tail up through the speaker's chest reads as a sign on them.
                chest = [face[0] + 1, face[1] + face[3] * 1.15 + 1, face[2] - 2, face[3] * 1.2 - 2]
                if tail["tip"][1] < base[1] and triangle_meets(tri, chest):
                    problems.append(f"{label}: its tail climbs through the speaker's chest")
                continue
            if k.get("thin"):  # a line (an arrow, a raised arm): a tail may cross it, not end on it
                if inside(tail["tip"], k["rect"]):
                    problems.append(f"{label}: its tail ends on a line of the art ({k.get('label')}) at {k['rect']}")
                continue
            if triangle_meets(tri, k["rect"]):
                problems.append(f"{label}: its tail crosses the {k['kind']} of {k['who'] or 'someone'}")
        for j, other in enumerate(balloons):
            if j != i and triangle_meets(tri, other["rect"]):
                problems.append(f"{label}: its tail crosses balloon {j}")
            # Two tails coming the same way to one point merge into one double line; straight at
            # each other (from above and below), they read as one line from balloon to balloon.
            if j < i and other["tail"] and math.dist(other["tail"]["tip"], tail["tip"]) < 0.9 * panel["text_px"]:
                o = other["tail"]
                o_base = [(o["base"][0][0] + o["base"][1][0]) / 2, (o["base"][0][1] + o["base"][1][1]) / 2]
                u = (tail["tip"][0] - base[0], tail["tip"][1] - base[1])
                v = (o["tip"][0] - o_base[0], o["tip"][1] - o_base[1])
                lengths = math.hypot(*u) * math.hypot(*v)
                cosine = (u[0] * v[0] + u[1] * v[1]) / lengths if lengths > 0 else 0
                if cosine > 0.5:
                    problems.append(f"{label}: its tail runs into the tail of balloon {j} at one point")
                elif cosine < -0.87:
                    problems.append(f"{label}: its tail meets the tail of balloon {j} head-on, one line through the face")
    labels = panel.get("strip_labels", [])
    for i, a in enumerate(labels):
        for b in labels[:i]:
            if overlap(a["rect"], b["rect"]):
                problems.append(f"{where} {pid}: strip labels \"{a['text']}\" and \"{b['text']}\" overlap")
    return problems


def main() -> int:
    frise, *stories = sys.argv[1:]
    problems, panels, balloons = [], 0, 0
    for story in stories:
        with open(story, encoding="utf-8") as f:
            languages = json.load(f).get("languages") or [None]
        for size in SIZES:
            for lang in languages:
                command = [frise, "layout", story, "--size", size] + (["--lang", lang] if lang else [])
                run = subprocess.run(command, capture_output=True, text=True, check=False)
                where = f"{story} {size} {lang}:"
                if run.returncode != 0:
                    problems.append(f"{where} frise layout failed: {run.stderr.strip()}")
                    continue
                lines = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
                if not lines:
                    problems.append(f"{where} frise layout printed no panel")
                stats = {"by_mouth": 0, "over_head": 0}
                for panel in lines:
                    panels += 1
                    balloons += len(panel["balloons"])
                    problems += check_panel(panel, where, stats)
                strip = sum(1 for p in lines if p["dialogue_strip"])
                print(f"{where} {strip}/{len(lines)} panels use the dialogue strip "
                      f"({sum(p['strip_lines'] for p in lines)} lines); speech tails: {stats['by_mouth']} by the mouth, "
                      f"{stats['over_head']} above the head")
    for p in problems:
        print(p)
    print(f"{panels} panels, {balloons} balloons over the art checked; {len(problems)} problem(s)")
    # A check that saw nothing proves nothing.
    if panels == 0 or balloons == 0:
        print("FAIL: no balloon was laid out over the art")
        return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
