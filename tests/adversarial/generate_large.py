#!/usr/bin/env python3
"""Writes the large hostile notes of the adversarial corpus into OUT_DIR.

usage: generate_large.py OUT_DIR
They are too big to keep in the repository, so the test generates them into
the build folder each run; the same bytes every time (no randomness but a
fixed-seed generator). Their expected diagnostics are in expected/ like the
others'.
"""
import os
import random
import sys

MiB = 1024 * 1024


def frontmatter(yaml):
    return b"---\n" + yaml + b"\n---\n# Large\n"


def nested_block_map(levels):
    return b"".join(b" " * i + b"k:\n" for i in range(levels)) + b" " * levels + b"x"


def billion_laughs(levels, width):
    names = [f"l{i}".encode() for i in range(levels)]
    lines = [names[0] + b": &" + names[0] + b" [" + b", ".join([b"lol"] * width) + b"]"]
    for prev, name in zip(names, names[1:]):
        lines.append(name + b": &" + name + b" [" + b", ".join([b"*" + prev] * width) + b"]")
    return b"\n".join(lines + [b"related: *" + names[-1]])


NOTES = {
    # Front matter
    "large-flow-brackets-100k.md": lambda: frontmatter(b"related: " + b"[" * 100000),
    "large-flow-braces-100k.md": lambda: frontmatter(b"related: " + b"{a: " * 100000),
    "large-block-nesting-1000.md": lambda: frontmatter(nested_block_map(1000)),
    "large-billion-laughs-20x20.md": lambda: frontmatter(billion_laughs(20, 20)),
    "large-frontmatter-300k.md": lambda: frontmatter(b"".join(b"k%d: v\n" % i for i in range(40000))),
    "large-frontmatter-long-key.md": lambda: frontmatter(b"k" * 200000 + b": v"),
    # Body: cmark-gfm's quadratic and deep shapes
    "large-unclosed-cdata.md": lambda: b"# C\n\n" + b"a <![CDATA[" * 100000 + b"\n",
    "large-square-table.md": lambda: b"# T\n\n|" + b"a|" * 5000 + b"\n|" + b"-|" * 5000 + b"\n" + b"|x|\n" * 5000,
    "large-table-padding.md": lambda: b"# T\n\n|" + b"a|" * 300 + b"\n|" + b"-|" * 300 + b"\n" + b"|x|\n" * 10000,
    "large-nested-blockquotes.md": lambda: b"# Q\n\n" + b">" * 100000 + b" [[q]]\n",
    "large-nested-inline-lists.md": lambda: b"# L\n\n" + b"- " * 50000 + b"[[l]]\n",
    "large-bracket-run.md": lambda: b"# B\n\n" + b"[" * 200000 + b"\n\n" + b"]" * 200000 + b"\n",
    "large-wikilink-openers.md": lambda: b"# W\n\n" + b"[[" * 200000 + b"\n",
    "large-emphasis-run.md": lambda: b"# E\n\n" + b"*a **a " * 50000 + b"b" + b" a** a*" * 50000 + b"\n",
    "large-nested-emphasis-heading.md": lambda: b"# " + b"*a **a " * 100000 + b"b" + b" a** a*" * 100000 + b"\n[[h]]\n",
    "large-self-links.md": lambda: b"---\nid: many\n---\n# Many\n\n" + b"[[large-self-links]] [[many#Many]]\n" * 50000,
    "large-one-line.md": lambda: b"# One line\n\n" + b"word " * (1 * MiB) + b"[[x]]",
    # Bytes
    "large-random-binary.md": lambda: random.Random(6).randbytes(256 * 1024),
    "large-over-size-cap.md": lambda: b"# Big\n\n" + (b"x" * 1023 + b"\n") * (16 * 1024 + 1),
}


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, make in NOTES.items():
        with open(os.path.join(out, name), "wb") as f:
            f.write(make())


if __name__ == "__main__":
    main()
