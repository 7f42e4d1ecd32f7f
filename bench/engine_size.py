#!/usr/bin/env python3
"""What the web engine weighs, and where its bytes go (issue 13's size target: frise.wasm +
frise.js at most 250 KB gzipped).

    bench/engine_size.py SITE_DIR [--top N]

Prints frise.wasm and frise.js raw and gzipped (level 9, as a server would send them), the
wasm's sections (code, data: the embedded fonts and locales), and, when the wasm keeps its
function names (linked with --profiling-funcs), the code by origin (Dear ImGui, SDL, Frise's
core and view, nlohmann-json, libc++, stb) and the largest functions. Numbers only: no target
is checked here.
"""
import collections
import gzip
import os
import sys

SECTION_NAMES = {0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global",
                 7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "data count"}


def leb128(data, at):
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def read_name(data, at):
    length, at = leb128(data, at)
    return data[at:at + length].decode("utf-8", "replace"), at + length


def sections(data):
    at = 8  # magic and version
    while at < len(data):
        kind = data[at]
        size, at = leb128(data, at + 1)
        yield kind, at, size
        at += size


def imported_functions(data, start):
    count, at = leb128(data, start)
    functions = 0
    for _ in range(count):
        _, at = read_name(data, at)
        _, at = read_name(data, at)
        kind = data[at]
        at += 1
        if kind == 0:  # function: a type index
            _, at = leb128(data, at)
            functions += 1
        elif kind == 1:  # table: element type, limits
            flags, at = leb128(data, at + 1)
            _, at = leb128(data, at)
            if flags & 1:
                _, at = leb128(data, at)
        elif kind == 2:  # memory: limits
            flags, at = leb128(data, at)
            _, at = leb128(data, at)
            if flags & 1:
                _, at = leb128(data, at)
        elif kind == 3:  # global: type, mutability
            at += 2
    return functions


def function_names(data, start, size):
    name, at = read_name(data, start)
    names = {}
    if name != "name":
        return names
    end = start + size
    while at < end:
        sub = data[at]
        length, at = leb128(data, at + 1)
        sub_end = at + length
        if sub == 1:
            count, at = leb128(data, at)
            for _ in range(count):
                index, at = leb128(data, at)
                names[index], at = read_name(data, at)
        at = sub_end
    return names


def origin(name):
    if "nlohmann" in name:
        return "nlohmann-json"
    if name.startswith(("ImGui", "Im", "ImFont", "ImDraw")) or "ImGui" in name[:48]:
        return "Dear ImGui"
    if name.startswith(("SDL", "Blit", "Emscripten_", "GLES2_")) or "SDL_" in name[:24]:
        return "SDL"
    if "stbi" in name:
        return "stb_image"
    if "stbtt" in name:
        return "stb_truetype"
    if "frise::view" in name:
        return "Frise view"
    if "frise::platform" in name:
        return "Frise platform"
    if "frise" in name or name == "main":
        return "Frise core"
    if name.startswith("std::") or "std::__2" in name:
        return "libc++"
    if name.startswith(("emscripten", "__", "_emscripten", "dl", "em_")):
        return "C library and runtime"
    return "other (C library, unnamed)"


def main(args):
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    site = args[0]
    top = int(args[args.index("--top") + 1]) if "--top" in args else 15
    total_gz = 0
    for name in ("frise.wasm", "frise.js"):
        data = open(os.path.join(site, name), "rb").read()
        packed = len(gzip.compress(data, 9))
        total_gz += packed
        print("%-10s %9d bytes  %8d gzipped" % (name, len(data), packed))
    print("%-10s %9s        %8d gzipped (engine)" % ("", "", total_gz))
    data = open(os.path.join(site, "frise.wasm"), "rb").read()
    imports = 0
    bodies, names = [], {}
    print("\nsections of frise.wasm:")
    for kind, start, size in sections(data):
        label = SECTION_NAMES.get(kind, str(kind))
        if kind == 0:
            label += " (" + read_name(data, start)[0] + ")"
        print("  %-22s %9d" % (label, size))
        if kind == 2:
            imports = imported_functions(data, start)
        elif kind == 10:
            count, at = leb128(data, start)
            for _ in range(count):
                length, at = leb128(data, at)
                bodies.append(length)
                at += length
        elif kind == 0:
            names.update(function_names(data, start, size))
    if not names:
        print("\n(no function names: link with --profiling-funcs for the breakdown)")
        return 0
    by_origin = collections.Counter()
    named = []
    for i, length in enumerate(bodies):
        name = names.get(i + imports, "?")
        by_origin[origin(name)] += length
        named.append((length, name))
    print("\ncode by origin (%d functions, %d bytes):" % (len(bodies), sum(bodies)))
    for name, length in by_origin.most_common():
        print("  %-28s %9d" % (name, length))
    print("\nlargest functions:")
    for length, name in sorted(named, reverse=True)[:top]:
        print("  %7d  %s" % (length, name[:110]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
