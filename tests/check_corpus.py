#!/usr/bin/python3
"""The corpus of bad inputs (tests/corpus/bad/), through `frise validate` and through the app.

    check_corpus.py FRISE SOURCE_DIR OUT_DIR [--app] [--update] [--jobs N] [--only SUBSTRING]

Each case is a story file, NAME.json (Frise's format or TimelineJS3), with NAME.expected beside it:
the exact lines `frise validate tests/corpus/bad/NAME.json` prints, run from the source folder.
The exit status follows from them: 1 when one is an error, else 0. Inputs too big to commit (a
64 MiB file, 200,001 panels, 100,000 problems on one line...) and those git cannot hold (a folder,
a FIFO) are made in OUT_DIR at each run, with their expectations below.

With --app, every case also goes through the app's own loading path, as a reader opens it:
`frise CASE --screenshot OUT_DIR/shots/NAME.png --print-events` (DISPLAY must be set: CTest runs
this under xvfb-run). The app must exit cleanly within the time limit, draw its frame, and say
`error` when validate finds errors (with the same errors at the same places) or `ready` (with at
least the warnings found when reading: validate's image checks aside, the reader finds those
when it draws). Sanitizer reports on stderr fail the case.

--update rewrites each NAME.expected from what validate prints now (then read the diff).
"""
import argparse
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import time

CASES = "tests/corpus/bad"
SANITIZER = re.compile(r"ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:|SUMMARY: UndefinedBehaviorSanitizer")


def generated_cases(root):
    """The cases made at test time, in `root`: [(name, path, validate, app)], where validate is
    (exit status, [substrings of its output]) and app is (event, [substrings of its detail])."""
    os.makedirs(root, exist_ok=True)
    cases = []

    def story(name, text, validate, app):
        path = os.path.join(root, name)
        with open(path, "w" if isinstance(text, str) else "wb") as f:
            f.write(text)
        cases.append((name, path, validate, app))

    panel = '{"id":"p%d","headline":"Case"}'
    # Just over the 64 MiB a story may weigh: refused before it is read.
    path = os.path.join(root, "limit-file-over-64-mib.json")
    with open(path, "wb") as f:
        head = b'{"frise": 1, "title": "Trop lourd", "panels": [{"id": "a", "headline": "x"}]}'
        f.write(head + b" " * ((64 << 20) + 1 - len(head)))
    cases.append(("limit-file-over-64-mib.json", path, (1, ["error: file is 67108865 bytes; the limit is 67108864"]),
                  # The app's reader says the exact size: it was taken from the file before reading it.
                  ("error", ["67108865 bytes, over the 64 MiB limit"])))
    story("limit-nesting-100.json", '{"frise":1,"title":"x","panels":[{"id":"a","tags":' + "[" * 100 + "]" * 100 + "}]}",
          (1, [":1:112: error: values nest deeper than 64 levels"]), ("error", [":1:112: error: values nest deeper than 64 levels"]))
    story("limit-200001-panels.json", '{"frise":1,"title":"x","panels":[' + ",".join(panel % i for i in range(200001)) + "]}",
          (1, [":1:33: /panels: error: story has 200001 panels; the limit is 200000"]),
          ("error", ["/panels: error: story has 200001 panels; the limit is 200000"]))
    story("limit-text-over-64-kib.json", '{"frise":1,"title":"x","panels":[{"id":"a","caption":"' + "é" * 40000 + '"}]}',
          (1, ["/panels/0/caption: error: text is 80000 bytes long; the limit is 65536"]),
          ("error", ["/panels/0/caption: error: text is 80000 bytes long; the limit is 65536"]))
    story("limit-100000-problems-one-line.json",
          '{"frise":1,"title":"x","panels":[' + ",".join('{"id":"p%d","headline":"h","x":1}' % i for i in range(100000)) + "]}",
          (0, ['/panels/999/x: warning: unknown key "x" (ignored)', "warning: 99000 more problems not shown (0 errors, 99000 warnings)"]),
          ("ready", ['"warnings":1001', '"count":100000']))
    story("limit-timelinejs-200001-events.json",
          '{"events":[' + ",".join('{"start_date":{"year":2000},"text":{"headline":"h"}}' for _ in range(200001)) + "]}",
          (1, [":1:11: /events: error: timeline has 200001 events; the limit is 200000"]),
          ("error", ["/events: error: timeline has 200001 events; the limit is 200000"]))
    # What git cannot hold: a folder named like a story, a FIFO, an image path that is a folder.
    folder = os.path.join(root, "a-folder.json")
    os.makedirs(folder, exist_ok=True)
    # The app takes a folder as a shelf of stories (`frise DIR`): one without any is refused on the
    # command line, before a window opens.
    cases.append(("a-folder.json", folder, (1, ["a-folder.json: error: is a folder, not a story file (frise validate"]),
                  ("exit", ["none of its .json files loads as a story"])))
    fifo = os.path.join(root, "a-fifo.json")
    if not os.path.exists(fifo):
        os.mkfifo(fifo)
    cases.append(("a-fifo.json", fifo, (1, ["a-fifo.json: error: cannot read the file: not a regular file"]),
                  ("error", ["not a regular file"])))
    os.makedirs(os.path.join(root, "images", "folder.png"), exist_ok=True)
    story("image-is-a-folder.json",
          '{"frise": 1, "title": "x", "panels": [{"id": "a", "headline": "h", "art": [{"image": "images/folder.png", '
          '"width": 4, "height": 3, "alt": "x"}]}]}',
          (0, ['/panels/0/art/0/image: warning: image file "images/folder.png" cannot be read: it is a folder, not a file']),
          ("ready", ['"warnings":1']))
    return cases


def committed_cases(source):
    folder = os.path.join(source, CASES)
    names = sorted(n[:-5] for n in os.listdir(folder) if n.endswith(".json"))
    return [(n, os.path.join(CASES, n + ".json"), os.path.join(folder, n + ".expected")) for n in names]


def run(command, cwd, timeout, env=None):
    start = time.monotonic()
    try:
        p = subprocess.run(command, cwd=cwd, capture_output=True, timeout=timeout, env=env)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), time.monotonic() - start
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("utf-8", "replace")
        err = (e.stderr or b"").decode("utf-8", "replace")
        return None, out, err, time.monotonic() - start


def check_validate(frise, source, case_path, expected_lines, expected_exit, exact, timeout, strict=False):
    """Problems with `frise validate [--strict] CASE`, as a list of messages (empty: as expected)."""
    code, out, err, _ = run([frise, "validate"] + (["--strict"] if strict else []) + [case_path], source, timeout)
    problems = []
    if code is None:
        return ["validate did not finish within %d s (a hang)" % timeout]
    if SANITIZER.search(err):
        problems.append("validate: a sanitizer report:\n" + err[-3000:])
    if code != expected_exit:
        problems.append("validate exited %d, expected %d" % (code, expected_exit))
    lines = out.splitlines()
    if exact:
        if lines != expected_lines:
            problems.append("validate printed:\n  " + "\n  ".join(lines) + "\nexpected:\n  " + "\n  ".join(expected_lines))
    else:
        for want in expected_lines:
            if not any(want in line for line in lines):
                problems.append("validate's output lacks %r; it printed:\n  %s" % (want, "\n  ".join(lines[:20])))
    return problems


def app_run(frise, source, case_path, out_dir, name, timeout):
    shots = os.path.join(out_dir, "shots")
    state = os.path.join(out_dir, "state", name)
    shutil.rmtree(state, ignore_errors=True)
    # Under AddressSanitizer the app is checked for memory errors and undefined behaviour, not
    # for leaks: the system's OpenGL driver (llvmpipe) and D-Bus leave allocations at exit that no
    # suppression can name (their stacks end in unloaded or generated code). `frise validate`
    # keeps the leak check. Ignored by a build without sanitizers.
    asan = os.environ.get("ASAN_OPTIONS", "")
    env = dict(os.environ, XDG_STATE_HOME=state, ASAN_OPTIONS=(asan + ":" if asan else "") + "detect_leaks=0")
    shot = os.path.join(shots, name + ".png")
    if os.path.exists(shot):
        os.remove(shot)
    code, out, err, seconds = run([frise, case_path, "--size", "640x480", "--screenshot", shot, "--print-events"],
                                  source, timeout, env)
    events = []
    for line in out.splitlines():
        if line.startswith('{"event":'):
            try:
                events.append(json.loads(line))
            except ValueError:
                pass
    return code, events, err, shot, seconds


def check_app(result, timeout, want_event, want_details, min_warnings=0):
    code, events, err, shot, _ = result
    problems = []
    if code is None:
        return ["the app did not finish within %d s (a hang); stderr:\n%s" % (timeout, err[-2000:])]
    if SANITIZER.search(err):
        problems.append("the app: a sanitizer report:\n" + err[-4000:])
    if want_event == "exit":  # refused before any window: exit 1, the reason on stderr
        if code != 1:
            problems.append("the app exited %d, expected 1; stderr:\n%s" % (code, err[-2000:]))
        problems += ["the app's stderr lacks %r: %s" % (want, err[-800:]) for want in want_details if want not in err]
        return problems
    if code != 0:
        problems.append("the app exited %d; stderr:\n%s" % (code, err[-2000:]))
    first = [e for e in events if e.get("event") in ("ready", "error")]
    if not first:
        problems.append("the app said neither ready nor error")
        return problems
    event = first[0]
    if event["event"] != want_event:
        problems.append("the app said %s, expected %s: %s" % (event["event"], want_event, json.dumps(event)[:600]))
        return problems
    # Searched in the detail as JSON ('"warnings":1') and in its diagnostics as text.
    detail = json.dumps(event["detail"], ensure_ascii=False, separators=(",", ":"))
    text = detail + "\n" + "\n".join(event["detail"].get("diagnostics", []))
    for want in want_details:
        if want not in text:
            problems.append("the app's %s event lacks %r: %s" % (want_event, want, detail[:800]))
    if event["event"] == "ready" and event["detail"].get("warnings", 0) < min_warnings:
        problems.append("the app counts %s warnings, expected at least %d" % (event["detail"].get("warnings"), min_warnings))
    if not os.path.exists(shot) or os.path.getsize(shot) == 0:
        problems.append("the app wrote no screenshot")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("frise")
    parser.add_argument("source")
    parser.add_argument("out")
    parser.add_argument("--app", action="store_true", help="also open every case in the app (needs DISPLAY)")
    parser.add_argument("--update", action="store_true", help="rewrite the .expected files from validate's output")
    parser.add_argument("--jobs", type=int, default=max(2, os.cpu_count() or 2))
    parser.add_argument("--timeout", type=float, default=30, help="seconds each run may take")
    parser.add_argument("--only", default="", help="only the cases whose name holds this")
    args = parser.parse_args()
    source = os.path.realpath(args.source)
    frise = os.path.realpath(args.frise)
    out = os.path.realpath(args.out)
    os.makedirs(os.path.join(out, "shots"), exist_ok=True)
    started = time.monotonic()

    committed = [c for c in committed_cases(source) if args.only in c[0]]
    if args.update:
        for name, path, expected in committed:
            code, text, err, _ = run([frise, "validate", path], source, args.timeout)
            with open(expected, "w", encoding="utf-8") as f:
                f.write(text)
            print("updated %s (exit %s)" % (os.path.relpath(expected, source), code))
        return 0

    # Every check as (case name, function returning problems), run on a pool: they are processes.
    checks = []
    for name, path, expected_file in committed:
        if not os.path.exists(expected_file):
            checks.append((name, lambda f=expected_file: ["no %s beside the case" % os.path.basename(f)]))
            continue
        with open(expected_file, encoding="utf-8") as f:
            expected = f.read().splitlines()
        if not expected:
            checks.append((name, lambda: ["the .expected file is empty: every bad input has a diagnostic"]))
            continue
        has_error = any(" error: " in line for line in expected)
        checks.append((name, lambda p=path, e=expected, x=int(has_error): check_validate(frise, source, p, e, x, True, args.timeout)))
        if not has_error:
            # Warnings alone pass validate; with --strict the same lines fail it.
            checks.append((name + " (--strict)", lambda p=path, e=expected:
                           check_validate(frise, source, p, e, 1, True, args.timeout, strict=True)))
        if args.app:
            absolute = os.path.join(source, path)
            folder = os.path.dirname(path)
            # The reader names the story by its full path, and the folder its images must stay in too.
            errors = [line.replace(path, absolute, 1).replace('"%s"' % folder, '"%s"' % os.path.dirname(absolute))
                      for line in expected if " error: " in line]
            # The warnings found when reading (validate's look into the image files aside).
            reading_warnings = sum(1 for line in expected if " warning: " in line and ': warning: image file "' not in line)

            def app_check(p=path, n=name, e=errors, w=reading_warnings):
                result = app_run(frise, source, p, out, n, args.timeout)
                return check_app(result, args.timeout, "error" if e else "ready", e, w)
            checks.append((name + " (app)", app_check))
    generated = [c for c in generated_cases(os.path.join(out, "generated")) if args.only in c[0]]
    for name, path, (exit_status, wanted), (event, details) in generated:
        checks.append((name, lambda p=path, w=wanted, x=exit_status: check_validate(frise, source, p, w, x, False, args.timeout)))
        if args.app:
            checks.append((name + " (app)", lambda p=path, n=name, ev=event, d=details:
                           check_app(app_run(frise, source, p, out, n, args.timeout), args.timeout, ev, d)))

    failures = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = [(name, pool.submit(check)) for name, check in checks]
        for name, future in futures:
            problems = future.result()
            if problems:
                failures += 1
                print("FAIL: %s\n  %s" % (name, "\n  ".join("\n  ".join(p.splitlines()) for p in problems)))
            else:
                print("ok:   %s" % name)
    print("\n%d cases (%d in %s, %d made in %s), %d checks, %d failed, %.1f s"
          % (len(committed) + len(generated), len(committed), CASES, len(generated), os.path.join(out, "generated"),
             len(checks), failures, time.monotonic() - started))
    # The 64 MiB input is not kept.
    big = os.path.join(out, "generated", "limit-file-over-64-mib.json")
    if os.path.exists(big):
        os.remove(big)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
