#!/usr/bin/env python3
"""Each source file's [SECTION] index (the comment lines at its top) names exactly the section
banners the file holds, in order: an index that names a section living elsewhere, or misses
one, misleads the next reader. Run with the source folders to check (default: src)."""
import pathlib
import re
import sys

BANNER = re.compile(r"^// \[SECTION\] (.+)$")


def check(path: pathlib.Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    index, body = [], []
    at_top = True
    for number, line in enumerate(lines):
        match = BANNER.match(line)
        if at_top and not match and not line.startswith("//"):
            at_top = False
        if not match:
            continue
        # A banner sits between two rules of dashes; an index line does not.
        ruled = 0 < number < len(lines) - 1 and lines[number - 1].startswith("//---") and lines[number + 1].startswith("//---")
        (body if ruled else index).append((number + 1, match.group(1)))
        if not ruled and not at_top:
            return [f"{path}:{number + 1}: a [SECTION] line outside the index and without its rules"]
    if not index and not body:
        return []
    names_index = [name for _, name in index]
    names_body = [name for _, name in body]
    if names_index != names_body:
        return [f"{path}: the index lists {names_index} but the banners are {names_body}"]
    return []


def self_test() -> int:
    import tempfile
    good = "// [SECTION] A\n// [SECTION] B\n#include <x>\n//---\n// [SECTION] A\n//---\nint a;\n//---\n// [SECTION] B\n//---\n"
    stale = "// [SECTION] A\n// [SECTION] Writing\n#include <x>\n//---\n// [SECTION] A\n//---\n"
    with tempfile.TemporaryDirectory() as folder:
        ok = pathlib.Path(folder, "good.cpp")
        ok.write_text(good, encoding="utf-8")
        bad = pathlib.Path(folder, "stale.cpp")
        bad.write_text(stale, encoding="utf-8")
        if check(ok) or not check(bad):
            print("self-test failed: a good index was refused or a stale one passed")
            return 1
    print("self-test passed")
    return 0


def main() -> int:
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    roots = [pathlib.Path(a) for a in sys.argv[1:]] or [pathlib.Path(__file__).resolve().parent.parent / "src"]
    problems = []
    checked = 0
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.suffix in {".cpp", ".hpp", ".h"}:
                checked += 1
                problems += check(path)
    for problem in problems:
        print(problem)
    print(f"{checked} files checked, {len(problems)} index(es) out of date")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
