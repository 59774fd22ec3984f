#!/usr/bin/env python3
"""The incremental cache never changes an answer.

usage: cache_equivalence.py VAULTLINT GENERATED_VAULT
Copies a generated vault to a temporary folder and drives it through edits,
a rename, a delete, a new note, a touch, a config change and a corrupted
cache file. After each step the full `check --format json` report and the
`graph --format json` export with the cache are compared with a cold run
(--no-cache), and the number of notes taken from the cache is checked
where it is known.
"""
import os
import shutil
import sys
import tempfile
import time

from cli_checks import Checks, run

BINARY, SOURCE = sys.argv[1], sys.argv[2]
checks = Checks()
expect = checks.expect


def outputs(vault, *cache_args):
    check = run(BINARY, "check", "--format", "json", *cache_args, vault)
    graph = run(BINARY, "graph", "--format", "json", *cache_args, vault)
    return check.returncode, check.stdout, graph.stdout, check.stderr + graph.stderr


def compare(vault, cache, step, named=()):
    """`named`: notes to check as a change too (`check VAULT NOTE...`), as pre-commit does."""
    if named:
        warm = run(BINARY, "check", "--format", "json", "--cache-dir", cache, vault, *named)
        cold = run(BINARY, "check", "--format", "json", "--no-cache", vault, *named)
        expect(f"{step}: the change's report equals the cold run's",
               (warm.returncode, warm.stdout) == (cold.returncode, cold.stdout))
    warm = outputs(vault, "--cache-dir", cache)
    cold = outputs(vault, "--no-cache")
    expect(f"{step}: check report equals the cold run's", warm[:2] == cold[:2])
    expect(f"{step}: graph export equals the cold run's", warm[2] == cold[2])
    expect(f"{step}: nothing on stderr", warm[3] == "" and cold[3] == "", warm[3] + cold[3])


def notes(vault):
    found = []
    for folder, dirs, files in os.walk(vault):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [os.path.join(folder, f) for f in sorted(files) if f.endswith(".md")]
    return found


def main():
    if not os.path.isdir(SOURCE):
        print(f"SKIP: {SOURCE} not generated")
        return 77
    with tempfile.TemporaryDirectory() as tmp:
        vault, cache = os.path.join(tmp, "vault"), os.path.join(tmp, "cache")
        shutil.copytree(SOURCE, vault)
        compare(vault, cache, "first run fills the cache")
        kept = sorted(os.listdir(cache))
        expect("a note cache and a check snapshot, outside the vault",
               len(kept) == 2 and kept[0].endswith(".cache") and kept[1] == kept[0][:-6] + ".check",
               kept)
        compare(vault, cache, "unchanged vault")

        paths = notes(vault)
        with open(paths[3], "a", encoding="utf-8") as f:
            f.write("\nA new [[link-to-nowhere]] and [[" + os.path.basename(paths[4])[:-3] + "#No such heading]].\n")
        compare(vault, cache, "edit adds broken links", named=[paths[3], paths[4]])

        os.rename(paths[5], os.path.join(os.path.dirname(paths[5]), "renamed note.md"))
        compare(vault, cache, "rename")

        os.remove(paths[6])
        compare(vault, cache, "delete")

        with open(os.path.join(vault, "brand new.md"), "w", encoding="utf-8") as f:
            f.write("---\nid: brand-new\ntype: concept\nrelated: [missing-id]\n---\n# New\n"
                    "<!-- vaultlint-disable-next-line broken-link -->\n[[suppressed-nowhere]]\n"
                    "<!-- vaultlint-disable no-such-rule -->\n[[reported-nowhere]]\n")
        compare(vault, cache, "new note")

        os.utime(paths[7])
        compare(vault, cache, "touch without change")

        with open(paths[8], "rb") as f:
            original = f.read()
        with open(paths[8], "wb") as f:  # same size, other bytes
            f.write(original.replace(b"e", b"E", 3))
        compare(vault, cache, "same-size edit", named=[paths[8]])

        with open(os.path.join(vault, ".vaultlint.yaml"), "w", encoding="utf-8") as f:
            f.write("edge_fields: [related]\n")
        compare(vault, cache, "config change")

        for name in sorted(os.listdir(cache)):
            cache_file = os.path.join(cache, name)
            with open(cache_file, "r+b") as f:
                f.seek(os.path.getsize(cache_file) // 2)
                f.write(b"\xff\xfe garbage")
            compare(vault, cache, f"corrupted {name[-6:]} file")
            with open(cache_file, "wb") as f:
                f.write(b"")
            compare(vault, cache, f"empty {name[-6:]} file")
        compare(vault, cache, "after rebuilding")
    return checks.exit_code()


if __name__ == "__main__":
    sys.exit(main())
