#!/usr/bin/env python3
"""Exit codes and error messages of `vaultlint check`, end to end."""
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


def snapshot(root):
    state = {}
    for folder, _, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                state[path] = (f.read(), os.stat(path).st_mtime_ns)
    return state


with tempfile.TemporaryDirectory() as root:
    write(root, "concepts/a.md", '---\nid: "a"\ntype: "concept"\n---\n# A\n\nSee [[b]].\n')
    write(root, "concepts/b.md", '---\nid: "b"\ntype: "concept"\n---\n# B\n\nSee [[a]].\n')
    before = snapshot(root)
    clean = run("check", root)
    expect("clean vault exits 0", clean.returncode == 0, clean.stdout + clean.stderr)
    expect("clean vault prints the summary", clean.stdout == "2 notes checked: 0 errors, 0 warnings\n",
           repr(clean.stdout))

    write(root, "claims/c.md", '---\nid: "c"\ntype: "claim"\n---\nSee [[a]] and [[nowhere]].\n')
    before = snapshot(root)
    broken = run("check", root)
    expect("an error finding exits 1", broken.returncode == 1, broken.stdout)
    expect("gcc-style line", "claims/c.md:5:15: error: no note matches 'nowhere' [broken-link]\n"
           in broken.stdout, broken.stdout)
    expect("warnings are reported", "claims/c.md:1:1: warning:" in broken.stdout, broken.stdout)

    write(root, ".vaultlint.yaml", "rules:\n  broken-link: warning\n")
    relaxed = run("check", root)
    expect("a rule lowered to warning exits 0", relaxed.returncode == 0, relaxed.stdout)

    write(root, ".vaultlint.yaml", "rules:\n  broken-link: off\n  unsourced-claim: off\n")
    silent = run("check", root)
    expect("rules turned off report nothing", silent.stdout == "3 notes checked: 0 errors, 0 warnings\n",
           silent.stdout)

    write(root, ".vaultlint.yaml", "rules:\n  broken-link: error\norphan_typez: [concept]\n")
    bad_key = run("check", root)
    expect("an unknown config key exits 2", bad_key.returncode == 2, bad_key.stderr)
    expect("the error names the key and its line",
           bad_key.stderr.strip().endswith(".vaultlint.yaml:3: unknown key 'orphan_typez'"), bad_key.stderr)

    write(root, ".vaultlint.yaml", "rules:\n  broken-lnk: error\n")
    bad_rule = run("check", root)
    expect("an unknown rule exits 2 naming it", bad_rule.returncode == 2 and
           ".vaultlint.yaml:2: unknown rule 'broken-lnk'" in bad_rule.stderr, bad_rule.stderr)

    write(root, ".vaultlint.yaml", "orphan_types: concept\n")
    bad_type = run("check", root)
    expect("a wrong value type exits 2", bad_type.returncode == 2 and
           ".vaultlint.yaml:1: 'orphan_types' must be a list of strings" in bad_type.stderr, bad_type.stderr)

    write(root, ".vaultlint.yaml", "rules: [\n")
    bad_yaml = run("check", root)
    expect("invalid config YAML exits 2", bad_yaml.returncode == 2 and "invalid YAML" in bad_yaml.stderr,
           bad_yaml.stderr)
    os.remove(os.path.join(root, ".vaultlint.yaml"))

    with tempfile.TemporaryDirectory() as elsewhere:
        config = os.path.join(elsewhere, "strict.yaml")
        with open(config, "w", encoding="utf-8") as f:
            f.write("rules:\n  unsourced-claim: error\n")
        explicit = run("check", "--config", config, "--format", "json", root)
        report = json.loads(explicit.stdout)
        severities = {d["rule"]: d["severity"] for d in report["diagnostics"]}
        expect("--config is used", severities.get("unsourced-claim") == "error", explicit.stdout)
        output = os.path.join(elsewhere, "report.json")
        written = run("check", "--format", "json", "--output", output, root)
        expect("--output writes the report, not stdout", written.stdout == "" and
               json.load(open(output, encoding="utf-8"))["summary"]["errors"] == 1, written.stdout)

    expect("no command ever writes inside the vault", snapshot(root) == before, "vault changed")

missing = run("check", "/nonexistent/vault")
expect("a missing vault exits 2", missing.returncode == 2 and "/nonexistent/vault" in missing.stderr,
       missing.stderr)
usage = run("check", "--format", "xml", ".")
expect("a bad option exits 2", usage.returncode == 2, usage.stderr)
listing = run("rules")
expect("rules lists every rule", listing.returncode == 0 and listing.stdout.startswith("ambiguous-link"),
       listing.stdout)

sys.exit(checks.exit_code())
