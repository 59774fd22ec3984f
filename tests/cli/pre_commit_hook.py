#!/usr/bin/env python3
"""The pre-commit hook of .pre-commit-hooks.yaml, run by the real pre-commit
tool in a throw-away git repository: a commit that adds a broken link, or
deletes or renames a note that an unstaged note still links to, is refused
with the diagnostic shown; clean commits pass. Needs no network: the hooks
repository is a local git copy of this repository's .pre-commit-hooks.yaml.

usage: pre_commit_hook.py VAULTLINT_BINARY HOOKS_YAML
"""
import os
import shutil
import subprocess
import sys
import tempfile

from cli_checks import Checks, write

BINARY, HOOKS_YAML = os.path.abspath(sys.argv[1]), sys.argv[2]
checks = Checks()
expect = checks.expect

if shutil.which("pre-commit") is None:
    print("FAIL pre-commit is not installed (Debian package pre-commit; scripts/bootstrap.sh test)")
    sys.exit(1)


def git(cwd, *args):
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, env=ENV)


def commit(cwd, message):
    """git commit, as a user would run it: the installed hook runs pre-commit."""
    run = git(cwd, "commit", "-m", message)
    return run.returncode, run.stdout + run.stderr


with tempfile.TemporaryDirectory() as tmp:
    ENV = dict(os.environ)
    ENV.update({
        "PATH": os.path.dirname(BINARY) + os.pathsep + ENV.get("PATH", ""),
        "PRE_COMMIT_HOME": os.path.join(tmp, "cache"),
        "HOME": tmp,  # no user git config or pre-commit state from outside
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org",
    })
    ENV.pop("GIT_DIR", None)
    ENV.pop("GIT_INDEX_FILE", None)

    hooks = os.path.join(tmp, "hooks")
    os.makedirs(hooks)
    shutil.copy(HOOKS_YAML, os.path.join(hooks, ".pre-commit-hooks.yaml"))
    git(hooks, "init", "-q")
    git(hooks, "add", ".")
    git(hooks, "commit", "-q", "-m", "hooks")
    rev = git(hooks, "rev-parse", "HEAD").stdout.strip()

    vault = os.path.join(tmp, "vault")
    os.makedirs(vault)
    git(vault, "init", "-q")
    write(vault, ".pre-commit-config.yaml",
          f"repos:\n  - repo: {hooks}\n    rev: {rev}\n    hooks:\n      - id: vaultlint\n")
    write(vault, "a.md", "---\ntags: [t]\n---\n# A\n\nSee [[b]] and [[c]].\n")
    write(vault, "b.md", "---\ntags: [t]\n---\n# B\n\nSee [[a]].\n")
    write(vault, "c.md", "---\ntags: [t]\n---\n# C\n")
    installed = subprocess.run(["pre-commit", "install"], cwd=vault, capture_output=True, text=True,
                               env=ENV)
    expect("pre-commit install", installed.returncode == 0, installed.stdout + installed.stderr)

    git(vault, "add", ".")
    code, out = commit(vault, "clean start")
    expect("a clean first commit passes", code == 0, out)
    expect("the hook ran", "vaultlint" in out and "Passed" in out, out)

    write(vault, "b.md", "---\ntags: [t]\n---\n# B\n\nSee [[a]] and [[nowhere]].\n")
    git(vault, "add", "b.md")
    code, out = commit(vault, "broken link")
    expect("a commit adding a broken link is refused", code != 0, out)
    expect("the diagnostic is shown",
           "b.md:6:15: error: no note matches 'nowhere' [broken-link]" in out, out)

    write(vault, "b.md", "---\ntags: [t]\n---\n# B\n\nSee [[a]] and [[c]].\n")
    git(vault, "add", "b.md")
    code, out = commit(vault, "fixed")
    expect("the fixed commit passes", code == 0, out)

    git(vault, "rm", "-q", "c.md")
    code, out = commit(vault, "delete c")
    expect("deleting a note that other notes still link to is refused", code != 0, out)
    expect("the links into the deleted note are shown",
           "a.md:6:15: error: no note matches 'c' [broken-link]" in out
           and "b.md:6:15: error: no note matches 'c' [broken-link]" in out, out)
    git(vault, "reset", "-q", "HEAD", "c.md")
    git(vault, "checkout", "--", "c.md")

    git(vault, "mv", "b.md", "bee.md")
    code, out = commit(vault, "rename b")
    expect("renaming a note that another note links to is refused", code != 0, out)
    expect("the link to the old name is shown",
           "a.md:6:5: error: no note matches 'b' [broken-link]" in out, out)
    write(vault, "a.md", "---\ntags: [t]\n---\n# A\n\nSee [[bee]] and [[c]].\n")
    git(vault, "add", "a.md")
    code, out = commit(vault, "rename b, fix the link")
    expect("the rename with its links fixed passes", code == 0, out)

    write(vault, "notes.txt", "not a note\n")
    git(vault, "add", "notes.txt")
    code, out = commit(vault, "no markdown")
    expect("a commit without Markdown still runs the hook and passes", code == 0 and "vaultlint" in out,
           out)

    # A vault in a folder of a bigger repository: the folder is the hook's argument, and git
    # (asked from that folder) must still see the index being committed.
    repo = os.path.join(tmp, "repo")
    os.makedirs(repo)
    git(repo, "init", "-q")
    write(repo, ".pre-commit-config.yaml",
          f"repos:\n  - repo: {hooks}\n    rev: {rev}\n    hooks:\n      - id: vaultlint\n"
          "        args: [notes]\n")
    write(repo, "README.md", "# The repository, not a note: [[nothing]]\n")
    write(repo, "notes/.vaultlint.yaml", "")
    write(repo, "notes/x.md", "---\ntags: [t]\n---\nSee [[y]].\n")
    write(repo, "notes/y.md", "---\ntags: [t]\n---\n# Y\n")
    subprocess.run(["pre-commit", "install"], cwd=repo, capture_output=True, env=ENV)
    git(repo, "add", ".")
    code, out = commit(repo, "start")
    expect("a vault in a folder: the README beside it is no note", code == 0, out)
    git(repo, "rm", "-q", "notes/y.md")
    code, out = commit(repo, "delete y")
    expect("a vault in a folder: deleting a linked note is refused",
           code != 0 and "x.md:4:5: error: no note matches 'y' [broken-link]" in out, out)

sys.exit(checks.exit_code())
