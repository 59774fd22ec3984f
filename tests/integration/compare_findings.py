#!/usr/bin/env python3
"""`vaultlint check --format json` must find exactly the defects gen_vault.py injected.

Compares the set of (rule, file, line, column) with .expected.json's defects; for
invalid-frontmatter only (rule, file), since its position is the YAML parser's.
Prints precision and recall per vault; fails on any difference.
"""
import json
import os
import subprocess
import sys


def key(defect):
    if defect["rule"] == "invalid-frontmatter":
        return (defect["rule"], defect["file"], None, None)
    return (defect["rule"], defect["file"], defect["line"], defect["column"])


def main() -> int:
    binary, vaults_dir = sys.argv[1], sys.argv[2]
    listing = os.path.join(vaults_dir, "vaults.txt")
    if not os.path.exists(listing):
        print("SKIP: no generated vaults")
        return 77
    failed = False
    for name in open(listing, encoding="utf-8").read().split():
        vault = os.path.join(vaults_dir, name)
        with open(os.path.join(vault, ".expected.json"), encoding="utf-8") as f:
            expected = {key(d) for d in json.load(f)["defects"]}
        run = subprocess.run([binary, "check", "--format", "json", vault], capture_output=True,
                             text=True)
        if run.returncode not in (0, 1):
            print(f"{name}: vaultlint exited {run.returncode}: {run.stderr}")
            failed = True
            continue
        report = json.loads(run.stdout)
        found = {key(d) for d in report["diagnostics"]}
        hits = len(expected & found)
        precision = hits / len(found) if found else 1.0
        recall = hits / len(expected) if expected else 1.0
        print(f"{name}: expected {len(expected)}, found {len(found)}, "
              f"precision {precision:.2%}, recall {recall:.2%}")
        want_exit = 1 if any(d["severity"] == "error" for d in report["diagnostics"]) else 0
        if run.returncode != want_exit:
            print(f"  exit code {run.returncode}, expected {want_exit}")
            failed = True
        for missing in sorted(expected - found, key=str)[:20]:
            print(f"  missed: {missing}")
        for extra in sorted(found - expected, key=str)[:20]:
            print(f"  extra:  {extra}")
        failed |= expected != found
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
