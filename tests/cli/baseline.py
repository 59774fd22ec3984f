#!/usr/bin/env python3
"""check --write-baseline / --baseline end to end: recorded findings stay
hidden when lines move, new ones are reported, fixed ones are mentioned,
and a missing or corrupt baseline is a clear error (exit 2)."""
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

with tempfile.TemporaryDirectory() as tmp:
    vault = os.path.join(tmp, "vault")
    base = os.path.join(tmp, "baseline.json")
    write(vault, "a.md", "---\nid: a\n---\n# A\n\n[[gone]] and [[gone]]\n\n[[b]]\n")
    write(vault, "b.md", "---\nid: b\n---\n# B\n\n[[a]] [[missing]]\n")

    written = run("check", "--write-baseline", base, vault)
    expect("--write-baseline exits 0 though there are errors", written.returncode == 0, written.stderr)
    expect("--write-baseline reports nothing on stdout", written.stdout == "", written.stdout)
    expect("--write-baseline says what it recorded",
           written.stderr == f"vaultlint: recorded 3 findings in {base}\n", written.stderr)
    with open(base, encoding="utf-8") as f:
        text = f.read()
    doc = json.loads(text)
    expect("the baseline counts identical findings",
           doc["findings"] == [
               {"file": "a.md", "rule": "broken-link", "message": "no note matches 'gone'", "count": 2},
               {"file": "b.md", "rule": "broken-link", "message": "no note matches 'missing'", "count": 1},
           ], text)
    expect("no temporary file is left beside it", sorted(os.listdir(tmp)) == ["baseline.json", "vault"],
           os.listdir(tmp))
    again = run("check", "--write-baseline", base, vault)
    with open(base, encoding="utf-8") as f:
        expect("writing it again gives the same bytes", f.read() == text)

    clean = run("check", "--baseline", base, vault)
    expect("a vault as recorded passes", clean.returncode == 0, clean.stdout + clean.stderr)
    expect("and reports nothing", clean.stdout == "2 notes checked: 0 errors, 0 warnings\n", clean.stdout)

    # Move lines around: findings keep their keys.
    write(vault, "a.md", "---\nid: a\n---\n# A\n\nIntro.\n\n[[b]]\n\nLater: [[gone]].\n\n[[gone]]\n")
    moved = run("check", "--baseline", base, vault)
    expect("moved findings are still known", moved.returncode == 0 and "0 errors" in moved.stdout,
           moved.stdout)

    # Add a finding: a third [[gone]] and a new target.
    write(vault, "a.md", "---\nid: a\n---\n# A\n\n[[gone]] [[gone]] [[gone]] [[new]]\n\n[[b]]\n")
    added = run("check", "--baseline", base, vault)
    expect("a new finding fails the run", added.returncode == 1, added.stdout)
    expect("only the new findings are reported",
           added.stdout == "a.md:6:19: error: no note matches 'gone' [broken-link]\n"
                           "a.md:6:28: error: no note matches 'new' [broken-link]\n"
                           "2 notes checked: 2 errors, 0 warnings\n", added.stdout)

    # Remove one: nothing is reported, the stale entry is mentioned.
    write(vault, "a.md", "---\nid: a\n---\n# A\n\n[[gone]]\n\n[[b]]\n")
    removed = run("check", "--baseline", base, vault)
    expect("a fixed finding passes", removed.returncode == 0, removed.stdout)
    expect("a fixed finding is not reported", "error:" not in removed.stdout, removed.stdout)
    expect("stale entries are mentioned",
           removed.stderr == f"vaultlint: {base}: 1 recorded finding no longer found; "
                             "--write-baseline records the vault as it is now\n", removed.stderr)

    json_run = run("check", "--baseline", base, "--format", "json", vault)
    expect("other formats see the same filtered findings",
           json.loads(json_run.stdout)["diagnostics"] == [], json_run.stdout)

    missing = run("check", "--baseline", os.path.join(tmp, "nope.json"), vault)
    expect("a missing baseline exits 2", missing.returncode == 2, missing.stderr)
    expect("a missing baseline is named",
           missing.stderr == f"vaultlint: {tmp}/nope.json: cannot read the baseline file\n",
           missing.stderr)
    corrupt = os.path.join(tmp, "corrupt.json")
    write(tmp, "corrupt.json", '{\n  "vaultlint_baseline": 1,\n  "findings": [\n')
    bad = run("check", "--baseline", corrupt, vault)
    expect("a corrupt baseline exits 2", bad.returncode == 2, bad.stderr)
    expect("a corrupt baseline names file and line", bad.stderr.startswith(f"vaultlint: {corrupt}:4: "),
           bad.stderr)
    both = run("check", "--baseline", base, "--write-baseline", base, vault)
    expect("--baseline with --write-baseline is a usage error", both.returncode == 2, both.stderr)
    unwritable = run("check", "--write-baseline", os.path.join(tmp, "no", "dir", "b.json"), vault)
    expect("an unwritable baseline exits 2", unwritable.returncode == 2, unwritable.stderr)

sys.exit(checks.exit_code())
