#!/usr/bin/env python3
"""`vaultlint init`: the config it writes for the sample vault (checked literally), what `check`
finds with it, that it never replaces a config unasked, and that on generated vaults `check`
after `init` finds exactly the injected defects."""
import functools
import json
import os
import shutil
import sys
import tempfile

import cli_checks
from cli_checks import Checks

BINARY, SAMPLE, EXPECTED_CONFIG, EXPECTED_CHECK, VAULTS_DIR = sys.argv[1:6]
checks = Checks()
expect = checks.expect
run = functools.partial(cli_checks.run, BINARY)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def key(defect):
    if defect["rule"] == "invalid-frontmatter":
        return (defect["rule"], defect["file"], None, None)
    return (defect["rule"], defect["file"], defect["line"], defect["column"])


with tempfile.TemporaryDirectory() as tmp:
    vault = os.path.join(tmp, "demo")
    shutil.copytree(SAMPLE, vault)
    os.remove(os.path.join(vault, ".vaultlint.yaml"))
    shutil.rmtree(os.path.join(vault, ".schemas"))
    config = os.path.join(vault, ".vaultlint.yaml")

    made = run("init", vault)
    expect("init writes VAULT/.vaultlint.yaml and says so",
           made.returncode == 0 and made.stdout == f"wrote {config}; `vaultlint check {vault}` uses it\n",
           (made.returncode, made.stdout, made.stderr))
    expect("the sample vault's config is the expected one", read(config) == read(EXPECTED_CONFIG),
           read(config))
    checked = run("check", "--no-cache", "--color", "never", vault)
    expect("check with it finds what tests/data/sample_init_check.txt lists",
           checked.returncode == 1 and checked.stdout == read(EXPECTED_CHECK), checked.stdout)

    with open(config, "a", encoding="utf-8") as f:
        f.write("# edited by hand\n")
    edited = read(config)
    again = run("init", vault)
    expect("init refuses to replace an existing config",
           again.returncode == 2 and again.stderr == f"vaultlint: {config} already exists; --force replaces it\n"
           and read(config) == edited, (again.returncode, again.stderr))
    printed = run("init", "-o", "-", vault)
    expect("init -o - prints the config and leaves the file alone",
           printed.returncode == 0 and printed.stdout == read(EXPECTED_CONFIG) and read(config) == edited,
           printed.stderr)
    forced = run("init", "--force", vault)
    expect("init --force replaces it", forced.returncode == 0 and read(config) == read(EXPECTED_CONFIG),
           forced.stderr)
    other = os.path.join(tmp, "elsewhere.yaml")
    aside = run("init", "-o", other, vault)
    expect("init -o FILE writes FILE", aside.returncode == 0 and read(other) == read(EXPECTED_CONFIG),
           aside.stderr)

listing = os.path.join(VAULTS_DIR, "vaults.txt")
if not os.path.exists(listing):
    print("SKIP: no generated vaults")
    sys.exit(77 if not checks.failures else checks.exit_code())
for name in read(listing).split():
    with tempfile.TemporaryDirectory() as tmp:
        vault = os.path.join(tmp, name)
        shutil.copytree(os.path.join(VAULTS_DIR, name), vault)
        made = run("init", vault)
        checked = run("check", "--no-cache", "--format", "json", vault)
        expected = {key(d) for d in json.loads(read(os.path.join(vault, ".expected.json")))["defects"]}
        found = {key(d) for d in json.loads(checked.stdout)["diagnostics"]} if checked.stdout else set()
        expect(f"{name}: check after init finds exactly the injected defects",
               made.returncode == 0 and found == expected,
               (made.stderr, sorted(expected - found)[:5], sorted(found - expected)[:5]))

sys.exit(checks.exit_code())
