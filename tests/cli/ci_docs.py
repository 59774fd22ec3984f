#!/usr/bin/env python3
"""The CI jobs of docs/ci.md stay true: both YAML blocks parse, their steps
fit together (the report the check writes is the one uploaded), and their
vaultlint command lines, run as written with the built binary on a copy of
the sample vault, exit 1 and write reports that parse.

usage: ci_docs.py VAULTLINT_BINARY CI_MD SAMPLE_VAULT   (needs python3-yaml)
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

import yaml

from cli_checks import Checks

BINARY, CI_MD, SAMPLE = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3]
# The sample vault's outputs, frozen for the literal tests.
FROZEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "sample_vault.")


def frozen(extension):
    with open(FROZEN + extension, encoding="utf-8") as f:
        return f.read()

BUILT = ".vaultlint-src/build/src/vaultlint"
checks = Checks()
expect = checks.expect

with open(CI_MD, encoding="utf-8") as f:
    blocks = re.findall(r"```yaml\n(.*?)```", f.read(), re.S)
jobs = [yaml.safe_load(block) for block in blocks]
github = next(doc for doc in jobs if "jobs" in doc)
gitlab = next(doc for doc in jobs if "vaultlint" in doc and "image" in doc["vaultlint"])

steps = github["jobs"]["vaultlint"]["steps"]
runs = [step["run"] for step in steps if "run" in step]
uses = {step["uses"].split("@")[0]: step for step in steps if "uses" in step}
expect("github: builds with bootstrap.sh build", "bash .vaultlint-src/scripts/bootstrap.sh build" in runs, runs)
expect("github: fetches vaultlint into the dot folder the build uses",
       any(step.get("with", {}).get("path") == ".vaultlint-src" for step in steps), steps)
upload = uses.get("github/codeql-action/upload-sarif", {})
expect("github: uploads the SARIF file the check writes",
       any("--output vaultlint.sarif" in run for run in runs)
       and upload.get("with", {}).get("sarif_file") == "vaultlint.sarif", (runs, upload))
expect("github: may write security events",
       github["jobs"]["vaultlint"]["permissions"].get("security-events") == "write")
expect("github: uploads even when the check fails", upload.get("if", "").startswith("always()"), upload)

job = gitlab["vaultlint"]
expect("gitlab: builds with bootstrap.sh build",
       "bash .vaultlint-src/scripts/bootstrap.sh build" in job["before_script"], job)
expect("gitlab: the JUnit report it writes is the artifact",
       any("--output vaultlint-junit.xml" in line for line in job["script"])
       and job["artifacts"]["reports"]["junit"] == "vaultlint-junit.xml"
       and job["artifacts"]["when"] == "always", job)

commands = [run for run in runs if BUILT in run] + [line for line in job["script"] if BUILT in line]
expect("two vaultlint command lines", len(commands) == 2, commands)
with tempfile.TemporaryDirectory() as tmp:
    vault = os.path.join(tmp, "vault")
    shutil.copytree(SAMPLE, vault)
    for command in commands:
        run = subprocess.run(command.replace(BUILT, BINARY), shell=True, cwd=vault,
                             capture_output=True, text=True)
        expect(f"exits 1 on the sample vault: {command}", run.returncode == 1, run.stderr)
        if "--format github" in command:
            expect("github annotations on stdout", run.stdout == frozen("github"), run.stdout)
        if "--format text" in command:
            expect("text on stdout", run.stdout == frozen("txt"), run.stdout)
    with open(os.path.join(vault, "vaultlint.sarif"), encoding="utf-8") as f:
        sarif = json.load(f)
    expect("the SARIF file holds every finding",
           sarif["runs"][0]["results"] == json.loads(frozen("sarif"))["runs"][0]["results"])
    junit = ElementTree.parse(os.path.join(vault, "vaultlint-junit.xml")).getroot()
    notes = sum(1 for _, _, files in os.walk(SAMPLE) for name in files if name.endswith(".md"))
    expect("the JUnit file parses, a test case per note",
           len(junit.findall("./testsuite/testcase")) == notes == 38)

sys.exit(checks.exit_code())
