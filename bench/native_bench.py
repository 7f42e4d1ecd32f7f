#!/usr/bin/env python3
"""The native half of scripts/bench.sh: runs bench/frise_bench_load and bench/frise_bench_frame
from a native build and writes their numbers as JSON (medians of the runs; the load benchmark
already takes the median of its own rounds, each in a fresh process).

    bench/native_bench.py BUILD_DIR OUT.json [--runs 3] [--rounds 10]

Peak RSS comes from /usr/bin/time -v when it is installed (the largest process of the run: the
load benchmark's parent holds the JSON text and the warm rounds' story too), else from the
kernel's accounting of the children (getrusage), which says the same thing.
"""
import json
import os
import re
import resource
import statistics
import subprocess
import sys

TIME = "/usr/bin/time"


def run(command):
    """Runs a benchmark; returns its stdout and its peak RSS in KiB."""
    if os.access(TIME, os.X_OK):
        done = subprocess.run([TIME, "-v"] + command, capture_output=True, text=True)
        match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
        rss = int(match.group(1)) if match else 0
    else:
        # ru_maxrss of the children is the largest child so far: fork once so it is this one's.
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read)
            done = subprocess.run(command, capture_output=True, text=True)
            rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            os.write(write, json.dumps([done.returncode, done.stdout, done.stderr, rss]).encode())
            os._exit(0)
        os.close(write)
        with os.fdopen(read) as pipe:
            code, out, err, rss = json.loads(pipe.read())
        os.waitpid(pid, 0)
        done = subprocess.CompletedProcess(command, code, out, err)
    if done.returncode != 0:
        sys.exit("native bench: %s failed (%d): %s" % (" ".join(command), done.returncode, done.stderr[-2000:]))
    return done.stdout, rss


def number(pattern, text):
    match = re.search(pattern, text)
    if not match:
        sys.exit("native bench: no %r in the output:\n%s" % (pattern, text))
    return float(match.group(1))


def load(build, panels, runs, rounds):
    first, again, cpu, json_kib, rss = [], [], [], 0, []
    for _ in range(runs):
        out, peak = run([os.path.join(build, "bench", "frise_bench_load"), str(panels), str(rounds)])
        first.append(number(r"fresh process: median ([\d.]+) ms", out))
        cpu.append(number(r"fresh process: median [\d.]+ ms \(CPU ([\d.]+) ms\)", out))
        again.append(number(r"same process: median ([\d.]+) ms", out))
        json_kib = number(r"\((\d+) KiB of JSON\)", out)
        rss.append(peak)
    return {"panels": panels, "json_kib": json_kib, "first_ms": statistics.median(first), "cpu_ms": statistics.median(cpu),
            "again_ms": statistics.median(again), "peak_rss_kib": max(rss), "runs": runs, "rounds": rounds}


def frame(build, story, runs, frames=2000):
    found = {"turning": [[], []], "reading": [[], []]}
    rss = []
    for _ in range(runs):
        out, peak = run([os.path.join(build, "bench", "frise_bench_frame"), str(story), str(frames)])
        for name, (median, p99) in found.items():
            line = next((l for l in out.splitlines() if name in l), "")
            median.append(number(r"median ([\d.]+) ms", line))
            p99.append(number(r"p99 ([\d.]+) ms", line))
        rss.append(peak)
    result = {"story": str(story), "frames": frames, "runs": runs, "peak_rss_kib": max(rss)}
    for name, (median, p99) in found.items():
        result[name] = {"median_ms": statistics.median(median), "p99_ms": statistics.median(p99)}
    return result


def main(args):
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    build, out = args[0], args[1]
    runs = int(args[args.index("--runs") + 1]) if "--runs" in args else 3
    rounds = int(args[args.index("--rounds") + 1]) if "--rounds" in args else 10
    results = {"load": [], "frame": []}
    for panels in (100, 10000, 100000):
        print("native: load+validate %d panels" % panels, file=sys.stderr)
        # 100,000 panels take seconds a round: fewer rounds keep the whole under a minute.
        results["load"].append(load(build, panels, runs, rounds if panels < 100000 else max(3, rounds // 2)))
    print("native: frame CPU time, 10,000 generated panels", file=sys.stderr)
    results["frame"].append(frame(build, 10000, runs))
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w") as f:
        json.dump(results, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
