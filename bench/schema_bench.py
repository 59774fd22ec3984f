#!/usr/bin/env python3
"""What note schemas cost `check`: the same vault with and without a schema for
every note type (the schemas `vaultlint schema infer` writes for that vault),
runs alternating so machine noise hits both alike; median wall time and peak
RSS of each, and the ratio. A benchmark, not a test: nothing here asserts.

usage: schema_bench.py VAULTLINT VAULT [--reps N] [--jobs J]
"""
import argparse
import os
import statistics
import subprocess
import tempfile
import time


def measure(command):
    """Wall seconds, CPU seconds (user + system) and peak RSS (KiB) of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"{' '.join(command)} exited {code}")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("vault")
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        schemas = os.path.join(work, "schemas.yaml")
        subprocess.run([args.binary, "schema", "infer", "-o", schemas, args.vault], check=True)
        types = sum(1 for line in open(schemas, encoding="utf-8") if line.startswith("  ") and line[2] != " ")
        runs = {"without schemas": [], "with schemas": []}
        configs = {"without schemas": os.devnull, "with schemas": schemas}
        for rep in range(args.reps):
            for name, config in configs.items():
                wall, cpu, rss = measure([args.binary, "check", "--no-cache", "-j", str(args.jobs), "--config", config,
                                          "-o", os.devnull, args.vault])
                runs[name].append((wall, cpu, rss))
                print(f"  rep {rep + 1} {name}: {wall:.2f} s wall, {cpu:.2f} s CPU, {rss / 1024:.0f} MiB",
                      flush=True)
    medians = {name: [statistics.median(run[i] for run in r) for i in range(3)] for name, r in runs.items()}
    for name, (wall, cpu, rss) in medians.items():
        print(f"{name}: median {wall:.2f} s wall, {cpu:.2f} s CPU, peak RSS {rss / 1024:.0f} MiB")
    with_, without = medians["with schemas"], medians["without schemas"]
    print(f"{types} types with a schema; with/without: wall {with_[0] / without[0]:.3f}x, "
          f"CPU {with_[1] / without[1]:.3f}x (medians of {args.reps} alternating runs, -j {args.jobs})")


if __name__ == "__main__":
    main()
