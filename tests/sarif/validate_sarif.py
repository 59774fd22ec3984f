#!/usr/bin/env python3
"""Validates `vaultlint check --format sarif` output against the SARIF 2.1.0
JSON schema with a real validator (ajv, through node).

usage: validate_sarif.py VAULTLINT WORK_DIR VAULT...
Installs tests/sarif/package-lock.json into WORK_DIR with `npm ci` (once),
then writes one SARIF log per vault and validates them all.
"""
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main() -> int:
    binary, work, vaults = sys.argv[1], sys.argv[2], sys.argv[3:]
    os.makedirs(work, exist_ok=True)
    for name in ("package.json", "package-lock.json"):
        shutil.copyfile(os.path.join(HERE, name), os.path.join(work, name))
    modules = os.path.join(work, "node_modules")
    if not os.path.isdir(os.path.join(modules, "@microsoft", "jest-sarif")):
        npm = shutil.which("npm")
        if npm is None:
            print("npm not found: install nodejs and npm (scripts/bootstrap.sh test does)")
            return 1
        install = subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=work)
        if install.returncode != 0:
            print("npm ci failed")
            return 1
    logs = []
    for i, vault in enumerate(vaults):
        log = os.path.join(work, f"vault{i}.sarif")
        run = subprocess.run([binary, "check", "--format", "sarif", "--output", log, vault],
                             capture_output=True, text=True)
        if run.returncode not in (0, 1):
            print(f"vaultlint failed on {vault}: {run.stderr}")
            return 1
        logs.append(log)
    env = dict(os.environ, NODE_PATH=modules)
    validate = ["node", os.path.join(HERE, "validate.js")]
    # The validator must catch a broken log, or its "ok" means nothing.
    with open(logs[0], encoding="utf-8") as f:
        broken = json.load(f)
    broken["runs"][0]["results"][0]["level"] = "fatal"
    broken_log = os.path.join(work, "broken.sarif")
    with open(broken_log, "w", encoding="utf-8") as f:
        json.dump(broken, f)
    if subprocess.run([*validate, broken_log], env=env, capture_output=True).returncode == 0:
        print("the validator accepted a log with level 'fatal'")
        return 1
    return subprocess.run([*validate, *logs], env=env).returncode


if __name__ == "__main__":
    sys.exit(main())
