#!/usr/bin/env python3
"""`schema infer` on each generated vault, then `check` with the inferred
schemas: the findings are exactly those of a run without them (no
schema-violation, no unknown-type, nothing else changed)."""
import json
import os
import subprocess
import sys
import tempfile


def diagnostics(binary, vault, config):
    result = subprocess.run([binary, "check", "--format", "json", "--config", config, vault],
                            capture_output=True, text=True)
    if result.returncode not in (0, 1):
        raise SystemExit(f"check failed on {vault}: {result.stderr}")
    return json.loads(result.stdout)["diagnostics"]


def main():
    binary, vaults_dir = sys.argv[1], sys.argv[2]
    listing = os.path.join(vaults_dir, "vaults.txt")
    if not os.path.exists(listing):
        print("SKIP: no generated vaults")
        return 77
    failures = 0
    with tempfile.TemporaryDirectory() as work:
        for name in open(listing, encoding="utf-8").read().split():
            vault = os.path.join(vaults_dir, name)
            inferred = os.path.join(work, name + ".yaml")
            subprocess.run([binary, "schema", "infer", "-o", inferred, vault], check=True)
            with_schemas = diagnostics(binary, vault, inferred)
            without = diagnostics(binary, vault, os.devnull)
            types = sum(1 for line in open(inferred, encoding="utf-8") if line.startswith("  ") and
                        not line.startswith("   "))
            same = with_schemas == without
            print(f"{'ok  ' if same else 'FAIL'} {name}: {types} inferred types, {len(without)} findings either way")
            failures += not same
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
