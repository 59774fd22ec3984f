#!/usr/bin/env python3
"""`vaultlint watch`: a report at the start, then one after each change,
answered from the files the watcher saw touched when it can; the same
findings as `check`; a clean stop on SIGINT that leaves no temporary file.

usage: watch_command.py VAULTLINT_BINARY
"""
import json
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

import cli_checks
from cli_checks import Checks, write

BINARY = os.path.abspath(sys.argv[1])
checks = Checks()
expect = checks.expect
STATUS = re.compile(r"^\[\d\d:\d\d:\d\d\] checked in [0-9.]+ s \((.*)\); watching for changes$")


class Watch:
    """A running `vaultlint watch`; each report is the lines up to its status line."""

    def __init__(self, *args):
        self.process = subprocess.Popen([BINARY, "watch", "--color", "never", *args],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.lines = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def report(self):
        """The next report's finding lines and how it was answered (None on EOF or timeout)."""
        found = []
        while True:
            try:
                line = self.lines.get(timeout=30)
            except queue.Empty:
                return found, None
            if line is None:
                return found, None
            match = STATUS.match(line)
            if match:
                return found, match.group(1)
            found.append(line)


def check_lines(vault, cache):
    result = cli_checks.run(BINARY, "check", "--color", "never", "--cache-dir", cache, vault)
    return result.stdout.splitlines()


def write_old(vault, path, text):
    """Writes a note dated an hour ago: its mtime alone then proves it unchanged later."""
    write(vault, path, text)
    then = time.time() - 3600
    os.utime(os.path.join(vault, path), (then, then))


with tempfile.TemporaryDirectory() as vault, tempfile.TemporaryDirectory() as cache:
    write_old(vault, "a.md", "---\nid: a\n---\n[[b]]\n")
    write_old(vault, "notes/b.md", "---\nid: b\n---\n[[a]]\n")
    # A long debounce: a busy test machine must not split one write into two runs.
    watch = Watch("--cache-dir", cache, "--max-runs", "4", "--debounce", "200", vault)
    found, how = watch.report()
    expect("first report: the vault is clean", found == ["2 notes checked: 0 errors, 0 warnings"], found)
    expect("first report: a whole run", how == "whole vault read", how)

    write(vault, "notes/b.md", "---\nid: b\n---\n[[a]] [[nowhere]]\n")
    found, how = watch.report()
    expect("after an edit: the new finding",
           found == ["notes/b.md:4:7: error: no note matches 'nowhere' [broken-link]",
                     "2 notes checked: 1 error, 0 warnings"], found)
    expect("after an edit: only the touched note read", how == "1 touched file, 1 note re-read", how)

    write(vault, "a.md", "---\nid: a\n---\n[[b]] [[b#Nope]]\n")
    found, how = watch.report()
    expect("after a second edit: both notes' findings, as check finds them",
           found == check_lines(vault, cache + "/other"), (found, check_lines(vault, cache + "/other")))
    expect("after a second edit: the files touched since the snapshot",
           how == "2 touched files, 2 notes re-read", how)

    write(vault, "new/c.md", "# C\n[[a]]\n")
    found, how = watch.report()
    expect("after a new folder and note: a whole run", how == "whole vault read", how)
    expect("after a new folder and note: its findings",
           "new/c.md:1:1: warning: note has no front matter [missing-frontmatter]" in found, found)
    watch.process.wait(timeout=30)
    expect("--max-runs: stops, with check's exit status", watch.process.returncode == 1,
           watch.process.returncode)

    # A note edited while no watch ran is found by the first run's walk, and
    # must still count as changed when a later run is told only of another.
    write(vault, "a.md", "---\nid: a\n---\n[[b]] [[gone-before]]\n")
    watch = Watch("--cache-dir", cache, "--debounce", "200", vault)
    found, how = watch.report()
    expect("restarted: answered from the snapshot and a walk", how.startswith("every file stat-ed, "), how)
    write(vault, "notes/b.md", "---\nid: b\n---\n[[a]]\n")
    found, how = watch.report()
    expect("an edit made before the watch began is still seen after a told run",
           found == check_lines(vault, cache + "/third"), (found, check_lines(vault, cache + "/third")))
    expect("... with its finding", "a.md:4:7: error: no note matches 'gone-before' [broken-link]" in found,
           found)
    expect("... answered from the touched files", " touched files, " in how, how)

    # SIGINT ends the watch between runs; the cache holds no half-written file.
    watch.process.send_signal(signal.SIGINT)
    watch.process.wait(timeout=30)
    expect("SIGINT: the last run's exit status", watch.process.returncode == 1, watch.process.returncode)
    leftovers = [name for name in os.listdir(cache) if name.endswith(".tmp") or name.startswith(".")]
    expect("SIGINT: no temporary file left in the cache", leftovers == [], leftovers)

    # The vault itself removed: nothing is left to watch, so the watch ends with exit 2.
    with tempfile.TemporaryDirectory() as parent:
        doomed = os.path.join(parent, "vault")
        write_old(doomed, "a.md", "# A\n")
        watch = Watch("--cache-dir", cache, doomed)
        watch.report()
        shutil.rmtree(doomed)
        watch.process.wait(timeout=30)
        expect("a removed vault: the watch ends with exit 2", watch.process.returncode == 2,
               watch.process.returncode)

    # --format json: each run is check's JSON document on one line; the status goes to stderr.
    watch = subprocess.Popen([BINARY, "watch", "--format", "json", "--cache-dir", cache, "--debounce", "200",
                              "--max-runs", "2", vault], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first = watch.stdout.readline()
    write(vault, "a.md", "---\nid: a\n---\n[[b]] [[json-missing]]\n")
    second = watch.stdout.readline()
    rest, err = watch.communicate(timeout=30)
    expected = json.loads(cli_checks.run(BINARY, "check", "--format", "json", "--cache-dir", cache + "/json",
                                         vault).stdout)
    expect("--format json: one line per run, nothing else", rest == "" and first.count("\n") == 1,
           (first, rest))
    expect("--format json: the second run is check's document",
           json.loads(second) == expected, (second, expected))
    expect("--format json: the new finding is in it",
           any(d["target"] == "json-missing" for d in json.loads(second)["diagnostics"]), second)
    expect("--format json: status lines on stderr", len([l for l in err.splitlines() if STATUS.match(l)]) == 2, err)

    # A --config outside the vault is watched too: turning a rule off takes effect at once.
    with tempfile.TemporaryDirectory() as configs:
        config = os.path.join(configs, "strict.yaml")
        with open(config, "w", encoding="utf-8") as f:
            f.write("rules:\n  broken-link: error\n")
        watch = Watch("--config", config, "--cache-dir", cache, "--debounce", "200", "--max-runs", "2", vault)
        found, how = watch.report()
        expect("--config elsewhere: broken links reported",
               any("[broken-link]" in line for line in found), found)
        with open(config, "w", encoding="utf-8") as f:
            f.write("rules:\n  broken-link: off\n")
        found, how = watch.report()
        expect("--config elsewhere: its edit is seen, broken-link now off",
               how is not None and not any("[broken-link]" in line for line in found), (how, found))
        watch.process.wait(timeout=30)

    failed = subprocess.run([BINARY, "watch", os.path.join(vault, "nowhere")], capture_output=True,
                            text=True, timeout=30)
    expect("a missing vault: exit 2", failed.returncode == 2, failed.returncode)

sys.exit(checks.exit_code())
