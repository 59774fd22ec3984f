#!/usr/bin/env python3
"""The bash completion offers subcommands, options and rule names; `cmake --install` puts the
binary, the man page and both completions where bash, zsh and man look for them."""
import os
import subprocess
import sys
import tempfile

from cli_checks import Checks

BINARY, SOURCE, BUILD = sys.argv[1:4]
checks = Checks()
expect = checks.expect
BASH_COMPLETION = os.path.join(SOURCE, "completions", "vaultlint.bash")


def complete(*words):
    """COMPREPLY of _vaultlint for the command line `words` (the last one being completed)."""
    script = (f'source "{BASH_COMPLETION}"\n'
              f'COMP_WORDS=({" ".join(repr(w) for w in words)})\n'
              f'COMP_CWORD={len(words) - 1}\n'
              '_vaultlint\nprintf "%s\\n" "${COMPREPLY[@]}"\n')
    run = subprocess.run(["bash", "--norc", "--noprofile", "-c", script], capture_output=True, text=True)
    return sorted(line for line in run.stdout.splitlines() if line)


expect("the first word completes to every subcommand",
       complete(BINARY, "") == sorted(["init", "check", "watch", "rules", "explain", "graph", "stats", "path",
                                       "backlinks", "schema", "--help", "--version"]), complete(BINARY, ""))
expect("watch --deb completes to --debounce", complete(BINARY, "watch", "--deb") == ["--debounce"],
       complete(BINARY, "watch", "--deb"))
expect("'ch' completes to check", complete(BINARY, "ch") == ["check"], complete(BINARY, "ch"))
expect("check --form completes to --format", complete(BINARY, "check", "--form") == ["--format"])
expect("check --format completes to the formats",
       complete(BINARY, "check", "--format", "") == sorted(["text", "json", "sarif", "github", "junit"]))
expect("explain completes rule names from the binary",
       complete(BINARY, "explain", "broken-l") == ["broken-link"], complete(BINARY, "explain", "broken-l"))
expect("init completes --force", complete(BINARY, "init", "--fo") == ["--force"])
zsh = subprocess.run(["zsh", "-n", os.path.join(SOURCE, "completions", "_vaultlint")], capture_output=True,
                     text=True) if os.path.exists("/usr/bin/zsh") else None
if zsh is not None:
    expect("the zsh completion parses", zsh.returncode == 0, zsh.stderr)

with tempfile.TemporaryDirectory() as prefix:
    install = subprocess.run(["cmake", "--install", BUILD, "--prefix", prefix], capture_output=True, text=True)
    expect("cmake --install succeeds", install.returncode == 0, install.stderr)
    for path in ["bin/vaultlint", "share/man/man1/vaultlint.1", "share/bash-completion/completions/vaultlint",
                 "share/zsh/site-functions/_vaultlint"]:
        expect(f"installs {path}", os.path.isfile(os.path.join(prefix, path)), os.listdir(prefix))
    page_path = os.path.join(prefix, "share/man/man1/vaultlint.1")
    page = open(page_path, encoding="utf-8").read() if os.path.exists(page_path) else ""
    expect("the man page has every subcommand's help",
           page.startswith(".TH VAULTLINT 1") and all(f".SS vaultlint {c}\n" in page for c in
                                                      ["init", "check", "watch", "rules", "explain", "graph", "stats",
                                                       "path", "backlinks", "schema", "schema infer"])
           and "vaultlint explain broken-link" in page and BINARY not in page, page[:300])
    if os.path.exists("/usr/bin/groff") and page:
        rendered = subprocess.run(["groff", "-man", "-Tutf8", "-ww", page_path], capture_output=True, text=True)
        expect("groff renders the man page without warnings",
               rendered.returncode == 0 and rendered.stderr == "" and "vaultlint init" in rendered.stdout,
               rendered.stderr)

sys.exit(checks.exit_code())
