#!/usr/bin/env python3
"""The sample vault's findings equal the hand-checked list in .expected-findings.txt."""
import json
import os
import subprocess
import sys


def main() -> int:
    binary, vault = sys.argv[1], sys.argv[2]
    expected = set()
    with open(os.path.join(vault, ".expected-findings.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                location, rule = line.rsplit(": ", 1)
                path, row, col = location.rsplit(":", 2)
                expected.add((path, row, col, rule))
    run = subprocess.run([binary, "check", "--format", "json", vault], capture_output=True, text=True)
    found = set()
    for d in json.loads(run.stdout)["diagnostics"]:
        exact = d["rule"] != "invalid-frontmatter"
        found.add((d["file"], str(d["line"]) if exact else "?", str(d["column"]) if exact else "?",
                   d["rule"]))
    for item in sorted(expected - found):
        print("missed:", item)
    for item in sorted(found - expected):
        print("extra: ", item)
    print(f"{len(expected)} expected, {len(found)} found, {len(expected & found)} equal")
    return 0 if expected == found else 1


if __name__ == "__main__":
    sys.exit(main())
