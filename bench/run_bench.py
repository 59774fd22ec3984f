#!/usr/bin/env python3
"""vaultlint benchmark: the floor, vaultlint's commands and (optionally) peers, same run.

Generates vaults with ../shared/tools/gen_vault.py (cached), then runs every
command on each vault `--reps` times, alternating between commands so that
machine noise hits all of them alike, and reports the median wall time, notes/s,
MB/s and peak RSS (from wait4's rusage of that one child). Ratios are against
the floor measured in the same run. Writes the table to docs/performance.md.

This is a benchmark, not a test: nothing here asserts a time.
"""
import argparse
import datetime
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def generate(generator, notes, out):
    meta_file = os.path.join(out, ".expected.json")
    if os.path.exists(meta_file):
        with open(meta_file, encoding="utf-8") as f:
            if json.load(f).get("notes") == notes:
                return
    print(f"generating {notes} notes in {out} ...", flush=True)
    subprocess.run([sys.executable, generator, "--notes", str(notes), "--seed", "1", "--out", out],
                   check=True, stdout=subprocess.DEVNULL)


def vault_bytes(vault):
    with open(os.path.join(vault, ".expected.json"), encoding="utf-8") as f:
        return json.load(f)["stats"]["bytes"]


def measure(command, cwd=None):
    """Wall seconds and peak RSS (KiB) of one run of `command`."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=cwd)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    stderr = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss, code, stderr


def touch_one_note(vault):
    """Appends nothing but bumps one note's mtime, as an editor save would."""
    for folder, _, files in os.walk(vault):
        for name in sorted(files):
            if name.endswith(".md"):
                path = os.path.join(folder, name)
                os.utime(path)
                return


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--vaults", default=None, help="where generated vaults are cached")
    parser.add_argument("--generator", default=os.path.join(ROOT, "..", "shared", "tools", "gen_vault.py"))
    parser.add_argument("--out", default=os.path.join(ROOT, "docs", "performance.md"))
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    args = parser.parse_args()

    vaultlint = os.path.join(args.build, "src", "vaultlint")
    floor = os.path.join(args.build, "bench", "vaultlint_floor")
    for binary in (vaultlint, floor):
        if not os.path.exists(binary):
            sys.exit(f"{binary} is missing: build first (cmake --build {args.build})")
    vaults_dir = args.vaults or os.path.join(args.build, "bench-vaults")
    listing = subprocess.run([vaultlint, "--help"], capture_output=True, text=True).stdout
    has_graph = any(line.split()[:1] == ["graph"] for line in listing.splitlines())

    rows = []
    for notes in [int(n) for n in args.sizes.split(",")]:
        vault = os.path.join(vaults_dir, f"n{notes}")
        generate(args.generator, notes, vault)
        size = vault_bytes(vault)
        commands = {
            "floor (read + cmark-gfm, all cores)": [floor, vault],
            "floor, 1 thread": [floor, vault, "1"],
            "vaultlint check": [vaultlint, "check", "--format", "json", "-o", os.devnull, vault],
            "vaultlint check -j1": [vaultlint, "check", "-j", "1", "--format", "json", "-o", os.devnull, vault],
        }
        if has_graph:
            commands["vaultlint graph --format dot"] = [vaultlint, "graph", "--format", "dot", "-o", os.devnull, vault]
        for command in commands.values():  # warm the page cache
            measure(command)
        samples = {name: [] for name in commands}
        for _ in range(args.reps):
            for name, command in commands.items():
                wall, rss, code, stderr = measure(command)
                if code not in (0, 1):
                    sys.exit(f"{name} failed with {code}: {stderr}")
                samples[name].append((wall, rss))
        floor_time = statistics.median(w for w, _ in samples["floor (read + cmark-gfm, all cores)"])
        check_time = statistics.median(w for w, _ in samples["vaultlint check"])
        for name, values in samples.items():
            wall = statistics.median(w for w, _ in values)
            rss = max(r for _, r in values)
            rows.append({"notes": notes, "bytes": size, "command": name, "wall": wall,
                         "notes_per_s": notes / wall, "mb_per_s": size / wall / 1e6, "rss_mib": rss / 1024,
                         "vs_floor": wall / floor_time, "vs_check": wall / check_time})

    header = ("| notes | MB | command | median wall (s) | notes/s | MB/s | peak RSS (MiB) | / floor | / check |\n"
              "| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n")
    lines = [f"| {r['notes']} | {r['bytes'] / 1e6:.0f} | {r['command']} | {r['wall']:.3f} | {r['notes_per_s']:,.0f} | "
             f"{r['mb_per_s']:.1f} | {r['rss_mib']:.0f} | {r['vs_floor']:.2f} | {r['vs_check']:.2f} |"
             for r in rows]
    table = header + "\n".join(lines) + "\n"
    print(table)
    if args.no_write:
        return
    machine = f"{os.cpu_count()} cores, {os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB"
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# Performance\n\n")
        f.write(f"Measured {datetime.date.today().isoformat()} on {machine} with `python3 bench/run_bench.py "
                f"--sizes {args.sizes} --reps {args.reps}`: median of {args.reps} alternating runs after one "
                "warm-up run each (page cache warm), peak RSS the largest of the runs. Vaults from "
                "`gen_vault.py --seed 1`. The floor is `bench/floor.cpp`: read every note and parse it with "
                "cmark-gfm on all cores, nothing else.\n\n")
        f.write(table)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
