#!/usr/bin/env python3
"""No read-only command writes inside the vault.

usage: read_only_commands.py VAULTLINT SAMPLE_VAULT
Every subcommand `vaultlint --help` lists is run on the sample vault, in
every output format, to stdout and with --output into a folder outside the
vault; afterwards every file and folder of the vault has the same bytes and
the same modification time, and nothing was added or removed. A subcommand
this script does not know fails the test, so a new one cannot slip by.
"""
import os
import re
import subprocess
import sys
import tempfile

from cli_checks import Checks

BINARY, VAULT = sys.argv[1], sys.argv[2]
checks = Checks()
expect = checks.expect


def snapshot(root):
    state = {}
    for folder, dirs, files in os.walk(root):
        state[folder] = ("dir", os.stat(folder).st_mtime_ns)
        for name in files:
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                state[path] = (f.read(), os.stat(path).st_mtime_ns)
    return state


def invocations(out):
    """Arguments of each read-only run, by subcommand."""
    return {
        "check": [["check", "--format", f, VAULT] for f in ("text", "json", "sarif", "github", "junit")]
        + [["check", "--format", "json", "--format", "sarif", "-o", f"{out}/r.json", "-o", f"{out}/r.sarif",
            VAULT],
           ["check", "--quiet", "--max-warnings", "0", "--color", "always", VAULT]],
        "watch": [["watch", "--max-runs", "1", VAULT]],
        "rules": [["rules"]],
        "explain": [["explain", "broken-link"]],
        "graph": [["graph", "--format", f, VAULT] for f in ("dot", "json", "graphml")]
        + [["graph", "--cluster", "folder", "--include-missing", "-o", f"{out}/g.dot", VAULT],
           ["graph", "--from", "concept-spaced-repetition", "--depth", "2", VAULT]],
        "stats": [["stats", VAULT], ["stats", "--format", "json", VAULT]],
        "path": [["path", "concept-spaced-repetition", "Hermann Ebbinghaus", VAULT],
                 ["path", "concept-spaced-repetition", "quote-bad-bytes", VAULT]],
        "backlinks": [["backlinks", "Spaced Repetition", VAULT]],
        "init": [["init", "-o", f"{out}/init.yaml", VAULT], ["init", "-o", "-", VAULT]],
        "schema": [["schema", "infer", VAULT], ["schema", "infer", "-o", f"{out}/schemas.yaml", VAULT]],
    }


def listed_subcommands():
    text = subprocess.run([BINARY, "--help"], capture_output=True, text=True).stdout
    section = text.split("Subcommands:", 1)[1].split("\n\n", 1)[0]  # not the examples after it
    return {m.group(1) for m in re.finditer(r"^  (\S+)\s", section, re.MULTILINE)}


def main():
    before = snapshot(VAULT)
    with tempfile.TemporaryDirectory() as out:
        runs = invocations(out)
        listed = listed_subcommands()
        expect("every subcommand in --help is exercised", listed == set(runs), sorted(listed ^ set(runs)))
        for name, argument_lists in runs.items():
            for arguments in argument_lists:
                run = subprocess.run([BINARY, *arguments], capture_output=True)
                expect(f"{' '.join(arguments[:-1] if arguments[-1] == VAULT else arguments)}: exits 0 or 1",
                       run.returncode in (0, 1), run.stderr)
        expect("--output files were written outside the vault",
               sorted(os.listdir(out)) == ["g.dot", "init.yaml", "r.json", "r.sarif", "schemas.yaml"], os.listdir(out))
    after = snapshot(VAULT)
    expect("no file or folder was added or removed", set(before) == set(after),
           sorted(set(before) ^ set(after)))
    changed = [path for path in before if path in after and before[path] != after[path]]
    expect("every file keeps its bytes and mtime", not changed, changed)
    return checks.exit_code()


if __name__ == "__main__":
    sys.exit(main())
