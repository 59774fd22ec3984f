#!/usr/bin/env python3
"""Note schemas end to end: `schema infer` round-trips on the sample vault,
schema config errors exit 2 naming the file and line, and the schema rules
reach every output format."""
import functools
import json
import os
import sys
import tempfile

import cli_checks
from cli_checks import Checks, write

BINARY, SAMPLE = sys.argv[1], sys.argv[2]
SCHEMA_RULES = {"schema-violation", "unknown-type"}
checks = Checks()
expect = checks.expect
run = functools.partial(cli_checks.run, BINARY)


def findings(result):
    return [(d["file"], d["line"], d["column"], d["rule"], d["message"])
            for d in json.loads(result.stdout)["diagnostics"]]


with tempfile.TemporaryDirectory() as work:
    inferred = os.path.join(work, "inferred.yaml")
    infer = run("schema", "infer", "-o", inferred, SAMPLE)
    expect("schema infer -o exits 0 and prints nothing", infer.returncode == 0 and infer.stdout == "",
           infer.stdout + infer.stderr)
    with_inferred = run("check", "--format", "json", "--config", inferred, SAMPLE)
    without = run("check", "--format", "json", "--config", os.devnull, SAMPLE)
    schema_findings = [f for f in findings(with_inferred) if f[3] in SCHEMA_RULES]
    expect("the inferred schemas load and hold for the vault they came from", with_inferred.returncode in (0, 1) and
           not schema_findings, with_inferred.stderr + repr(schema_findings))
    expect("and they change nothing else", findings(with_inferred) == findings(without),
           repr(set(findings(with_inferred)) ^ set(findings(without))))

with tempfile.TemporaryDirectory() as root:
    write(root, "claims/c.md", '---\nid: c\ntype: claim\noriginDay: one\n---\n# C\n')
    write(root, "schemas/claim.json", '{"properties": {"originDay": {"type": "integer"}}}\n')
    write(root, ".vaultlint.yaml", "schemas:\n  claim: schemas/claim.json\n")
    found = run("check", root)
    expect("a schema violation is an error, positioned at the value", found.returncode == 1 and
           "claims/c.md:4:12: error: /originDay: expected integer, got string \"one\" [schema-violation]\n"
           in found.stdout, found.stdout + found.stderr)
    github = run("check", "--format", "github", root)
    expect("and reaches the GitHub format", "::error file=claims/c.md,line=4,col=12,title=schema-violation::"
           in github.stdout, github.stdout)

    write(root, "schemas/claim.json", '{"properties": {"originDay": {"type": "integer"},}}\n')
    broken = run("check", root)
    expect("a schema file that does not parse exits 2", broken.returncode == 2, broken.stderr)
    expect("naming the config line, the schema file and its line",
           ".vaultlint.yaml:2: schema for 'claim': " in broken.stderr and
           os.path.join(root, "schemas", "claim.json") + ":1: invalid JSON" in broken.stderr, broken.stderr)

    write(root, ".vaultlint.yaml", "rules: {}\nschemas:\n  claim:\n    type: objet\n")
    bad_inline = run("check", root)
    expect("an inline schema valijson refuses exits 2 with its line",
           bad_inline.returncode == 2 and ".vaultlint.yaml:3: schema for 'claim': Unrecognised JSON type name 'objet'"
           in bad_inline.stderr, bad_inline.stderr)
    infer_bad_config = run("schema", "infer", root)
    expect("schema infer reads the same config", infer_bad_config.returncode == 2, infer_bad_config.stderr)

usage = run("schema")
expect("schema without a subcommand exits 2", usage.returncode == 2, usage.stderr)
missing = run("schema", "infer", "/nonexistent/vault")
expect("schema infer on a missing vault exits 2", missing.returncode == 2 and "/nonexistent/vault" in missing.stderr,
       missing.stderr)

sys.exit(checks.exit_code())
