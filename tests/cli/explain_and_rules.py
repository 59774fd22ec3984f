#!/usr/bin/env python3
"""`vaultlint rules` and `vaultlint explain RULE`: every rule listed with its
summary, and each page printed byte for byte as docs/rules/RULE.md holds it."""
import functools
import os
import re
import sys

import cli_checks
from cli_checks import Checks

BINARY, DOCS = sys.argv[1], sys.argv[2]
checks = Checks()
expect = checks.expect
run = functools.partial(cli_checks.run, BINARY)

pages = sorted(name[:-3] for name in os.listdir(os.path.join(DOCS, "rules"))
               if name.endswith(".md") and name != "README.md")
listing = run("rules")
lines = listing.stdout.splitlines()
rows = [re.match(r"^([a-z-]+) +(error|warning|off) +(\S.*)$", line) for line in lines[:len(pages)]]
expect("rules exits 0", listing.returncode == 0, listing.stderr)
expect("rules lists every rule that has a page, with a severity and a summary",
       all(rows) and [row.group(1) for row in rows] == pages, lines)
expect("rules then points at explain",
       lines[len(pages):] == ["", "`vaultlint explain RULE` prints a rule's page: what it checks, why, a bad and a",
                              "good example, and how to configure or suppress it."], lines[len(pages):])

for rule in pages:
    with open(os.path.join(DOCS, "rules", rule + ".md"), "rb") as f:
        page = f.read()
    shown = cli_checks.subprocess.run([BINARY, "explain", rule], capture_output=True)
    expect(f"explain {rule} prints docs/rules/{rule}.md exactly", shown.returncode == 0 and shown.stdout == page,
           shown.stderr)

typo = run("explain", "broken-lnk")
expect("explain of an unknown rule exits 2 and names the closest rule",
       typo.returncode == 2 and typo.stdout == "" and typo.stderr ==
       "vaultlint: unknown rule 'broken-lnk'; did you mean 'broken-link'? (`vaultlint rules` lists every rule)\n",
       (typo.returncode, typo.stderr))
far = run("explain", "spelling")
expect("explain of a rule like no other exits 2 without a guess",
       far.returncode == 2 and far.stderr == "vaultlint: unknown rule 'spelling' (`vaultlint rules` lists every rule)\n",
       far.stderr)
missing = run("explain")
expect("explain without a rule is a usage error", missing.returncode == 2, missing.stderr)

sys.exit(checks.exit_code())
