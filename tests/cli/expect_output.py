#!/usr/bin/env python3
"""Runs a command and requires its exact stdout and exit code.

usage: expect_output.py --exit N --expected FILE -- COMMAND...
Paths under the repository are printed relative to the vault, so the output
does not depend on where the repository sits.
"""
import argparse
import difflib
import subprocess
import sys


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--exit", type=int, required=True)
    parser.add_argument("--expected", required=True)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    run = subprocess.run(command, capture_output=True, text=True)
    with open(args.expected, encoding="utf-8") as f:
        expected = f.read()
    ok = True
    if run.stdout != expected:
        ok = False
        sys.stdout.writelines(difflib.unified_diff(expected.splitlines(True), run.stdout.splitlines(True),
                                                   "expected", "actual"))
    if run.returncode != args.exit:
        ok = False
        print(f"exit code {run.returncode}, expected {args.exit}; stderr: {run.stderr}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
