#!/usr/bin/env python3
"""`vaultlint graph --format json` on a generated vault has, per edge kind,
exactly the links gen_vault.py's .expected.json counts, and one node per note.

usage: graph_json_ground_truth.py VAULTLINT VAULTS_DIR [NAME]
"""
import collections
import json
import os
import subprocess
import sys


def main() -> int:
    binary, vaults_dir = sys.argv[1], sys.argv[2]
    name = sys.argv[3] if len(sys.argv) > 3 else "n3000-s7001-x3"
    root = os.path.join(vaults_dir, name)
    if not os.path.exists(os.path.join(root, ".expected.json")):
        print(f"SKIP: {root} was not generated")
        return 77
    with open(os.path.join(root, ".expected.json"), encoding="utf-8") as f:
        expected = json.load(f)
    run = subprocess.run([binary, "graph", "--format", "json", root], capture_output=True, text=True)
    if run.returncode != 0:
        print(f"vaultlint graph exited {run.returncode}: {run.stderr}")
        return 1
    graph = json.loads(run.stdout)
    got = collections.Counter(link["kind"] for link in graph["links"])
    want = {kind: count for kind, count in expected["edges"].items() if count}
    ok = dict(got) == want
    print(f"{name}: links per kind {dict(sorted(got.items()))}, expected {dict(sorted(want.items()))}")
    nodes = len(graph["nodes"])
    if nodes != expected["notes"]:
        print(f"{name}: {nodes} nodes, expected {expected['notes']}")
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
