#!/usr/bin/env python3
"""`vaultlint check FILE...` and `--staged`: the vault found from the files,
the same findings as a full run for the named notes, findings elsewhere that
point into them, and broken references to notes that git's index deletes or
renames.

usage: change_check.py VAULTLINT_BINARY SAMPLE_VAULT
"""
import functools
import json
import os
import subprocess
import sys
import tempfile

import cli_checks
from cli_checks import Checks, write

BINARY, SAMPLE = os.path.abspath(sys.argv[1]), sys.argv[2]
checks = Checks()
expect = checks.expect
run = functools.partial(cli_checks.run, BINARY)


def findings(result):
    return [(d["file"], d["line"], d["column"], d["rule"], d["message"])
            for d in json.loads(result.stdout)["diagnostics"]]


def lines(result):
    return result.stdout.splitlines()


# The same answers as a full run, note by note, on the sample vault.
full = findings(run("check", "--format", "json", SAMPLE))
notes = sorted(os.path.relpath(os.path.join(folder, name), SAMPLE)
               for folder, _, names in os.walk(SAMPLE) for name in names if name.endswith(".md"))
extra = {}
for note in notes:
    one = run("check", "--format", "json", os.path.join(SAMPLE, note))
    got = findings(one)
    own = [f for f in full if f[0] == note]
    expect(f"{note}: every finding of the full run", [f for f in got if f[0] == note] == own,
           (got, own))
    expect(f"{note}: nothing the full run lacks", all(f in full for f in got), got)
    expect(f"{note}: one note checked", json.loads(one.stdout)["summary"]["notes"] == 1, one.stdout)
    extra.update({note: [f for f in got if f[0] != note]})
expect("findings in other notes that point into a named note",
       extra["concepts/concept-retrieval-practice.md"] == [
           ("problems/prereqs/prereq-broken-anchors.md", 8, 43, "broken-heading",
            "no heading 'Ways to practice' in 'concepts/concept-retrieval-practice.md'; "
            "did you mean 'ways to practise'?")]
       and extra["problems/entities/overview-tools.md"] == extra["problems/entities/archive/overview-tools.md"]
       and [f[3] for f in extra["problems/entities/overview-tools.md"]] == ["ambiguous-link"], extra)

with tempfile.TemporaryDirectory() as tmp:
    # A vault marked by .obsidian inside a bigger git work tree.
    repo = os.path.join(tmp, "repo")
    vault = os.path.join(repo, "notes")
    os.makedirs(os.path.join(vault, ".obsidian"))
    write(repo, "README.md", "# not a note of the vault\n")
    write(vault, "t.md", "---\nid: t\naliases: [Tee]\n---\n# T\n\n## Current\n")
    write(vault, "a.md", "---\nid: a\n---\n[[t#Old Heading]] [[Tee]] [[nowhere]]\n")
    write(vault, "img.png", "png")
    write(vault, "b.md", "---\nid: b\n---\n![[img.png]] [[a]] [t](t.md)\n")
    subprocess.run(["git", "init", "-q", repo], check=True)

    by_file = run("check", "notes/t.md", cwd=repo)
    expect("the vault is the folder holding .obsidian", by_file.returncode == 1, by_file.stdout + by_file.stderr)
    expect("a link into the named note is reported where it is",
           lines(by_file) == ["a.md:4:1: error: no heading 'Old Heading' in 't.md' [broken-heading]",
                              "1 note checked: 1 error, 0 warnings"], by_file.stdout)
    write(vault, "sub/t.md", "---\nid: t2\n---\n# T2\n")
    new_twin = run("check", os.path.join(vault, "sub", "t.md"))
    expect("a new note that makes links elsewhere ambiguous",
           lines(new_twin)[:1] == ["a.md:4:1: error: 't#Old Heading' matches 2 notes: sub/t.md, t.md [ambiguous-link]"],
           new_twin.stdout)
    os.remove(os.path.join(vault, "sub", "t.md"))

    named = run("check", vault, os.path.join(vault, "a.md"))
    expect("a vault folder and a note of it",
           lines(named) == ["a.md:4:1: error: no heading 'Old Heading' in 't.md' [broken-heading]",
                            "a.md:4:27: error: no note matches 'nowhere' [broken-link]",
                            "1 note checked: 2 errors, 0 warnings"], named.stdout)

    two = run("check", os.path.join(repo, "README.md"), os.path.join(vault, "a.md"))
    expect("notes of two vaults are a usage error", two.returncode == 2 and "check one vault at a time" in two.stderr,
           two.stderr)
    missing = run("check", os.path.join(vault, "zz.md"))
    expect("a missing file is a usage error",
           missing.returncode == 2 and missing.stderr == f"vaultlint: {vault}/zz.md: no such file or folder\n",
           missing.stderr)
    outside = run("check", vault, os.path.join(repo, "README.md"))
    expect("a file outside the named vault is said to be skipped",
           outside.returncode == 0 and outside.stderr == f"vaultlint: {repo}/README.md is not inside the "
                                                          f"vault {vault}; not checked\n", outside.stderr)
    picture = run("check", os.path.join(vault, "img.png"))
    expect("a file that is not a note is said to be skipped",
           picture.returncode == 0 and picture.stderr.endswith("img.png is not a note of the vault "
                                                               "(not .md, hidden or ignored); not checked\n"),
           picture.stderr)
    nowhere = os.path.join(tmp, "loose")
    write(nowhere, "x.md", "# x\n")
    lost = run("check", os.path.join(nowhere, "x.md"))
    expect("a file in no vault and no git work tree is a usage error",
           lost.returncode == 2 and "no folder above it holds .vaultlint.yaml, .obsidian or .git" in lost.stderr,
           lost.stderr)
    no_git = run("check", "--staged", nowhere)
    expect("--staged outside git is a usage error",
           no_git.returncode == 2 and no_git.stderr.startswith("vaultlint: --staged: git diff failed in "),
           no_git.stderr)

    # --staged: what git's index removes, with the id and aliases from HEAD.
    git = functools.partial(subprocess.run, cwd=repo, check=True, capture_output=True)
    env = ["-c", "user.name=t", "-c", "user.email=t@example.org"]
    git(["git", "add", "."])
    git(["git", *env, "commit", "-q", "-m", "start"])
    clean = run("check", "--staged", "notes", cwd=repo)
    expect("nothing staged: nothing reported", lines(clean) == ["0 notes checked: 0 errors, 0 warnings"],
           clean.stdout + clean.stderr)
    git(["git", "mv", "notes/t.md", "notes/t-renamed.md"])
    write(vault, "t-renamed.md", "---\nid: t\n---\n# T\n\n## Current\n")  # the alias is dropped
    git(["git", "add", "notes/t-renamed.md"])
    git(["git", "rm", "-q", "notes/img.png"])
    renamed = run("check", "--staged", cwd=vault)
    expect("broken references to renamed and deleted files, wherever they are",
           lines(renamed) == [
               "a.md:4:19: error: no note matches 'Tee' [broken-link]",
               "b.md:4:1: error: embedded 'img.png' matches no note or file [broken-embed]",
               "b.md:4:20: error: 't.md' points to 't.md', which does not exist [broken-markdown-link]",
               "0 notes checked: 3 errors, 0 warnings"], renamed.stdout + renamed.stderr)
    with_file = run("check", "--staged", os.path.join(vault, "t-renamed.md"))
    expect("--staged with the renamed note named: its findings too",
           with_file.returncode == 1 and lines(with_file)[-1] == "1 note checked: 4 errors, 0 warnings",
           with_file.stdout)
    unstaged = run("check", os.path.join(vault, "t-renamed.md"))
    expect("without --staged git is not asked",
           lines(unstaged) == ["a.md:4:1: error: no heading 'Old Heading' in 't-renamed.md' [broken-heading]",
                               "1 note checked: 1 error, 0 warnings"], unstaged.stdout)

sys.exit(checks.exit_code())
