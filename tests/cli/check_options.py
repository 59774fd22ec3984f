#!/usr/bin/env python3
"""`vaultlint check` options end to end: --max-warnings, --quiet, and
several --format/--output pairs in one run."""
import functools
import json
import os
import sys
import tempfile

import cli_checks
from cli_checks import Checks, write

BINARY = sys.argv[1]
checks = Checks()
expect = checks.expect
run = functools.partial(cli_checks.run, BINARY)


with tempfile.TemporaryDirectory() as root:
    # Two warnings (no front matter), no error.
    write(root, "a.md", "# A\n\nSee [[b]].\n")
    write(root, "b.md", "# B\n\nSee [[a]].\n")

    plain = run("check", root)
    expect("warnings alone exit 0", plain.returncode == 0, plain.stdout)
    at_limit = run("check", "--max-warnings", "2", root)
    expect("warnings equal to --max-warnings exit 0", at_limit.returncode == 0, at_limit.stderr)
    over = run("check", "--max-warnings", "1", root)
    expect("more warnings than --max-warnings exit 1", over.returncode == 1, over.stderr)
    expect("--max-warnings says why", "2 warnings, more than --max-warnings 1" in over.stderr,
           over.stderr)
    zero = run("check", "--max-warnings", "0", root)
    expect("--max-warnings 0 fails on any warning", zero.returncode == 1)
    bad = run("check", "--max-warnings", "-1", root)
    expect("a negative --max-warnings is a usage error", bad.returncode == 2, bad.stderr)

    quiet = run("check", "--quiet", root)
    expect("--quiet hides warnings", "warning" not in quiet.stdout.replace("0 warnings", ""),
           quiet.stdout)
    expect("--quiet summary counts what is shown", quiet.stdout == "2 notes checked: 0 errors, 0 warnings\n",
           repr(quiet.stdout))
    quiet_limit = run("check", "--quiet", "--max-warnings", "0", root)
    expect("--max-warnings counts warnings hidden by --quiet", quiet_limit.returncode == 1)

    write(root, "c.md", "# C\n\nSee [[nowhere]].\n")
    quiet_errors = run("check", "-q", "--format", "json", root)
    doc = json.loads(quiet_errors.stdout)
    expect("--quiet keeps errors", [d["rule"] for d in doc["diagnostics"]] == ["broken-link"],
           quiet_errors.stdout)
    expect("errors still exit 1 with --quiet", quiet_errors.returncode == 1)

    # Several formats in one run: the i-th --output goes with the i-th --format.
    sarif = os.path.join(root, "out", "report.sarif")
    os.makedirs(os.path.dirname(sarif))
    junit = os.path.join(root, "out", "report.xml")
    multi = run("check", "--format", "text", "--format", "sarif", "--format", "junit",
                "--output", "-", "--output", sarif, "--output", junit, root)
    expect("several formats exit like one", multi.returncode == 1, multi.stderr)
    expect("text goes to stdout", multi.stdout.endswith("3 notes checked: 1 error, 3 warnings\n"),
           multi.stdout)
    with open(sarif, encoding="utf-8") as f:
        log = json.load(f)
    expect("sarif goes to its file", len(log["runs"][0]["results"]) == 4, log)
    with open(junit, encoding="utf-8") as f:
        xml = f.read()
    expect("junit goes to its file", '<testsuite name="vaultlint" tests="3" failures="3"' in xml, xml)

    defaulted = run("check", "--format", "github", "--format", "json", "--output", "-", root)
    expect("outputs missing at the end default to stdout",
           "::error file=c.md,line=3,col=5,title=broken-link::no note matches 'nowhere'\n{" in defaulted.stdout
           and defaulted.stdout.endswith("}\n"), defaulted.stdout)
    too_many = run("check", "--output", "x", "--output", "y", root)
    expect("more outputs than formats is a usage error", too_many.returncode == 2, too_many.stderr)
    unknown = run("check", "--format", "yaml", root)
    expect("an unknown format is a usage error", unknown.returncode == 2, unknown.stderr)

sys.exit(checks.exit_code())
