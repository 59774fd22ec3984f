#!/usr/bin/env python3
"""Runs the adversarial corpus: every hostile note alone, then all together.

usage: run_corpus.py VAULTLINT WORK_DIR [--update]
The notes are tests/adversarial/notes/ (small, kept in the repository) and
the large ones generate_large.py writes into WORK_DIR/large. Each note is
copied alone into a one-note vault and checked with `vaultlint check --color
never` under a time bound (PER_NOTE_SECONDS); its exact output must equal
expected/<note>.txt. Then the whole corpus is checked as one vault against
expected/whole-corpus.txt. --update rewrites the expected files (read the
diff before committing it).
"""
import os
import shutil
import subprocess
import sys
import time

from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cli"))
from cli_checks import Checks  # noqa: E402

PER_NOTE_SECONDS = 20
WHOLE_CORPUS_SECONDS = 120


def check(binary, vault, limit):
    """Returns (exit code or 'timeout', stdout, seconds)."""
    start = time.monotonic()
    try:
        run = subprocess.run([binary, "check", "--color", "never", "--jobs", "1", str(vault)],
                             capture_output=True, timeout=limit)
    except subprocess.TimeoutExpired:
        return "timeout", b"", time.monotonic() - start
    output = run.stdout + (b"stderr: " + run.stderr if run.stderr else b"")
    return run.returncode, output, time.monotonic() - start


def compare(checks, name, expected_file, code, output, seconds, limit, update):
    header = f"exit {code}\n".encode()
    actual = header + output
    if update:
        expected_file.write_bytes(actual)
    expected = expected_file.read_bytes() if expected_file.exists() else b"(no expected file)\n"
    checks.expect(f"{name}: done in {seconds:.2f}s (bound {limit}s)", code != "timeout", "timed out")
    checks.expect(f"{name}: output as expected", actual == expected,
                  f"\n--- expected\n{expected.decode('utf-8', 'replace')}"
                  f"--- actual\n{actual.decode('utf-8', 'replace')}")


def main():
    binary, work = sys.argv[1], Path(sys.argv[2])
    update = "--update" in sys.argv[3:]
    checks = Checks()
    large = work / "large"
    subprocess.run([sys.executable, str(HERE / "generate_large.py"), str(large)], check=True)
    notes = sorted(HERE.joinpath("notes").iterdir()) + sorted(large.iterdir())
    checks.expect("the corpus has at least 40 notes", len(notes) >= 40, len(notes))
    expected_dir = HERE / "expected"
    expected_dir.mkdir(exist_ok=True)

    whole = work / "whole-corpus"
    shutil.rmtree(whole, ignore_errors=True)
    whole.mkdir(parents=True)
    for note in notes:
        alone = work / "alone"
        shutil.rmtree(alone, ignore_errors=True)
        alone.mkdir()
        shutil.copyfile(note, alone / note.name)
        shutil.copyfile(note, whole / note.name)
        code, output, seconds = check(binary, alone, PER_NOTE_SECONDS)
        compare(checks, note.name, expected_dir / (note.stem + ".txt"), code, output, seconds,
                PER_NOTE_SECONDS, update)
    shutil.rmtree(work / "alone", ignore_errors=True)

    code, output, seconds = check(binary, whole, WHOLE_CORPUS_SECONDS)
    compare(checks, "whole corpus as one vault", expected_dir / "whole-corpus.txt", code, output,
            seconds, WHOLE_CORPUS_SECONDS, update)
    shutil.rmtree(whole, ignore_errors=True)
    shutil.rmtree(large, ignore_errors=True)
    return checks.exit_code()


if __name__ == "__main__":
    sys.exit(main())
