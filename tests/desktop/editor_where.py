#!/usr/bin/env python3
"""Where the editor last said a field, a button, a thumbnail or a marker is, from the app's
--print-events file: "x y" (its centre), or "0 0" when it never did.
  editor_where.py EVENTS NAME"""
import json
import sys

r = None
for line in open(sys.argv[1]):
    e = json.loads(line)
    if e["event"] == "editor" and sys.argv[2] in e["detail"]["fields"]:
        r = e["detail"]["fields"][sys.argv[2]]
print(int(r[0] + r[2] / 2), int(r[1] + r[3] / 2)) if r else print("0 0")
