#!/usr/bin/python3
"""Writes the image files of the bad-input corpus (tests/corpus/bad/images/), committed so that
they also seed the image fuzzer. Run it again only to change them:

    tests/make_corpus_images.py            # PNGs with the standard library, JPEGs with ImageMagick

Every file is tiny (the 8192 x 8192 PNG too: one bit per pixel, all zero, about 8 KB) and the
output is the same at each run.
"""
import os
import random
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus", "bad", "images")


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png(width, height, depth, colour, rows, palette=None):
    """A PNG of `rows` (each a bytes of packed samples, filter 0 added here)."""
    raw = b"".join(b"\0" + row for row in rows)
    out = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, 0))
    if palette is not None:
        out += chunk(b"PLTE", palette)
    out += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    return out


def noise(count, seed):
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(count))


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def jpeg(name, size, grey, quality=80):
    """A JPEG made by ImageMagick from a deterministic noise PPM/PGM."""
    w, h = size
    channels = 1 if grey else 3
    header = ("P5" if grey else "P6") + f"\n{w} {h}\n255\n"
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "in.pgm" if grey else "in.ppm")
        with open(source, "wb") as f:
            f.write(header.encode() + noise(w * h * channels, w * h + channels))
        target = os.path.join(tmp, "out.jpg")
        subprocess.run(["convert", source, "-strip", "-quality", str(quality), target], check=True)
        with open(target, "rb") as f:
            return f.read()


def main():
    if not shutil.which("convert"):
        sys.exit("make_corpus_images.py: ImageMagick's convert is needed for the JPEGs")
    os.makedirs(OUT, exist_ok=True)
    rgb_4x3 = png(4, 3, 8, 2, [noise(12, y) for y in range(3)])
    write("rgb-4x3.png", rgb_4x3)
    write("grey-8x6.png", png(8, 6, 8, 0, [noise(8, 10 + y) for y in range(6)]))
    write("grey-alpha-4x4.png", png(4, 4, 8, 4, [noise(8, 20 + y) for y in range(4)]))
    palette = bytes([0, 0, 0, 255, 255, 255, 200, 70, 40, 46, 125, 107])
    write("palette-8x6.png", png(8, 6, 8, 3, [bytes((x + y) % 4 for x in range(8)) for y in range(6)], palette))
    # A palette image without its PLTE chunk: its colours are nowhere.
    write("palette-no-plte.png", png(8, 6, 8, 3, [bytes(8) for _ in range(6)]))
    write("rgb-16bit-4x4.png", png(4, 4, 16, 2, [noise(24, 30 + y) for y in range(4)]))
    big = png(64, 64, 8, 2, [noise(192, 50 + y) for y in range(64)])
    write("truncated.png", big[: len(big) // 2])
    write("signature-only.png", big[:8])
    write("empty.png", b"")
    write("zero-size.png", png(0, 0, 8, 2, []))
    # 8192 x 8192 at one bit per pixel, every pixel black: 8 KB that would decode to 256 MiB.
    write("huge-8192x8192.png", png(8192, 8192, 1, 0, [bytes(1024)] * 8192))
    write("wide-8193x1.png", png(8193, 1, 1, 0, [bytes(1025)]))
    # Its image data is not zlib at all.
    write("corrupt-data.png", big[:33] + chunk(b"IDAT", noise(200, 60)) + chunk(b"IEND", b""))
    # Copied as text somewhere: its signature's CR LF became LF (the reason the signature has one).
    write("text-mode-copy.png", big[:4] + b"\n\x1a\n" + big[8:])
    write("text.png", b"This is not a picture, it is a note about one.\n")
    write("drawing.png", b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"></svg>\n')
    write("page-404.jpg", b"<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body>Not Found</body></html>\n")
    write("anim.png", b"GIF89a\x04\x00\x03\x00\x00\x00\x00,\x00\x00\x00\x00\x04\x00\x03\x00\x00\x02\x02D\x01\x00;")
    write("photo.png", b"RIFF\x1a\x00\x00\x00WEBPVP8 \x0e\x00\x00\x00" + bytes(14))
    write("binary.png", bytes([0, 1, 2, 3, 250, 251, 252, 253]) * 4)
    write("grey-8x8.jpg", jpeg("grey-8x8.jpg", (8, 8), grey=True))
    colour = jpeg("colour-64x48.jpg", (64, 48), grey=False)
    write("colour-64x48.jpg", colour)
    write("truncated.jpg", colour[: len(colour) // 2])
    write("no-end-marker.jpg", colour[:-2])
    write("header-only.jpg", colour[:20])
    # A DHT segment declaring 472 codes (the bytes past the end count as 0), past the 256 a Huffman
    # table holds: Debian's stb_image 2.27 writes past its tables on it (found by fuzz_image;
    # tests/fuzz/crashes/image-1.bin, the same 9 bytes).
    write("huffman-overflow.jpg", bytes.fromhex("ffd8ffc4001400ffd9"))
    # A progressive 4096 x 4096 JPEG whose DC coefficients, summed from block to block, are
    # scaled past int's range (signed overflow in Debian's stb_image 2.27: found by fuzz_image;
    # tests/fuzz/crashes/image-3.jpg, the same 411 bytes).
    crashes = os.path.join(os.path.dirname(OUT), "..", "..", "fuzz", "crashes")
    with open(os.path.join(crashes, "image-3.jpg"), "rb") as f:
        write("dc-overflow.jpg", f.read())
    # A progressive 16 x 4096 JPEG whose Huffman codes map outside their table (an out-of-bounds
    # read in Debian's stb_image 2.27: found by fuzz_image; tests/fuzz/crashes/image-2.jpg).
    with open(os.path.join(crashes, "image-2.jpg"), "rb") as f:
        write("huffman-symbol-out-of-bounds.jpg", f.read())


if __name__ == "__main__":
    main()
