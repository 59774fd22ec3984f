#!/usr/bin/env python3
"""vaultlint benchmark: the floor, vaultlint's commands and the peers, same run.

Generates vaults with ../shared/tools/gen_vault.py (cached), then runs every
command on each vault `--reps` times, alternating between commands so that
machine noise hits all of them alike, and reports the median wall time,
CPU time, notes/s, MB/s and peak RSS (from wait4's rusage of that one child).
Ratios are against the floor and against `vaultlint check`, both measured in
the same run. Writes the table to docs/performance.md.

The peers (remark-cli with remark-validate-links, markdownlint-cli2) are the
tools a user would pick instead; they are pinned in bench/peers and installed
there with `npm ci` on first use. A peer that runs past --peer-timeout is
stopped and reported as "more than" that time.

`vaultlint watch` is started once per vault and timed after the same body
edit as the warm row: its re-check as it reports it, and from the edit to
the report.

This is a benchmark, not a test: nothing here asserts a time.
"""
import argparse
import datetime
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PEERS = os.path.join(ROOT, "bench", "peers")


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


class Sample:
    def __init__(self, wall, cpu, rss_kib, timed_out=False):
        self.wall, self.cpu, self.rss_kib, self.timed_out = wall, cpu, rss_kib, timed_out


def measure(command, cwd=None, timeout=None):
    """One run of `command`: wall and CPU seconds, peak RSS, exit code and stderr.
    Polls wait4 so that a run past `timeout` can be stopped and still be measured."""
    start = time.perf_counter()
    stderr_file = tempfile.TemporaryFile()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr_file, cwd=cwd,
                               start_new_session=True)
    timed_out = False
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG if timeout is not None else 0)
        if pid != 0:
            break
        if time.perf_counter() - start > timeout:
            timed_out = True
            os.killpg(process.pid, signal.SIGKILL)
            _, status, usage = os.wait4(process.pid, 0)
            break
        time.sleep(0.05)
    process.returncode = 0  # reaped above; keeps Popen from waiting again
    wall = time.perf_counter() - start
    stderr_file.seek(0)
    stderr = stderr_file.read().decode(errors="replace")
    stderr_file.close()
    code = os.waitstatus_to_exitcode(status)
    return Sample(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, timed_out), code, stderr


def edit_one_note(vault, rep, rename=False):
    """Changes one note's content, as an editor save would, so a warm check must re-read it.
    A body edit (an HTML comment) changes nothing other notes see; a new id does (any link may
    name it), so the check snapshot cannot answer and the run reads the whole vault (with the
    note cache)."""
    state = os.path.join(vault, ".bench-renamed-note" if rename else ".bench-edited-note")
    if os.path.exists(state):
        with open(state, encoding="utf-8") as f:
            note = f.read()
    else:
        notes = (os.path.join(folder, name)
                 for folder, _, files in sorted(os.walk(vault)) for name in sorted(files)
                 if name.endswith(".md"))
        note = next(notes)
        if rename:  # another note than the body edit's
            note = next(notes)
        with open(state, "w", encoding="utf-8") as f:
            f.write(note)
    with open(note, "rb") as f:
        text = f.read()
    if rename:
        text = (text.replace(b"\nid: bench-", b"\nid: ", 1) if b"\nid: bench-" in text
                else text.replace(b"\nid: ", b"\nid: bench-", 1))
    else:
        marker = b"\n<!-- bench edit -->\n"
        text = text[:-len(marker)] if text.endswith(marker) else text + marker
    with open(note, "wb") as f:
        f.write(text)


WATCH_STATUS = re.compile(r"^\[[0-9:]+\] checked in ([0-9.]+) s \((.*)\); watching for changes$")


def measure_watch(vaultlint, vault, cache_dir, reps):
    """`vaultlint watch` started once on the vault; each rep makes the warm row's body edit and
    waits for the next report. Returns, per rep, the re-check time the watch reports and the
    time from the edit to the report (which adds the 50 ms debounce and printing the report),
    and the watch's peak RSS in KiB."""
    process = subprocess.Popen([vaultlint, "watch", "--color", "never", "--cache-dir", cache_dir, vault],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)

    def next_report():
        for line in process.stdout:
            match = WATCH_STATUS.match(line.rstrip("\n"))
            if match:
                return float(match.group(1)), match.group(2)
        sys.exit("vaultlint watch stopped before its report")

    next_report()  # the report at the start
    rechecks, latencies = [], []
    for rep in range(reps):
        start = time.perf_counter()
        edit_one_note(vault, rep)
        seconds, how = next_report()
        latencies.append(time.perf_counter() - start)
        rechecks.append(seconds)
        if " touched file" not in how:
            print(f"warning: watch was not answered from the touched files: {how}", flush=True)
    with open(f"/proc/{process.pid}/status", encoding="utf-8") as f:
        peak = next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))
    process.send_signal(signal.SIGINT)
    process.wait()
    if reps % 2 == 1:  # each edit toggles: leave the vault as it was generated
        edit_one_note(vault, reps)
    return rechecks, latencies, peak


def peers_installed(install):
    bin_dir = os.path.join(PEERS, "node_modules", ".bin")
    if os.path.exists(os.path.join(bin_dir, "remark")) and os.path.exists(os.path.join(bin_dir, "markdownlint-cli2")):
        return True
    if not install:
        return False
    print("installing the peers (npm ci in bench/peers) ...", flush=True)
    result = subprocess.run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=PEERS)
    return result.returncode == 0


def peer_commands():
    modules = os.path.join(PEERS, "node_modules")
    remark = [os.path.join(modules, ".bin", "remark"), "--use",
              os.path.join(modules, "remark-validate-links", "index.js") + "=repository:false",
              "--quiet", "--frail", "."]
    markdownlint = [os.path.join(modules, ".bin", "markdownlint-cli2"), "**/*.md"]
    return {"peer: remark-cli + remark-validate-links": remark, "peer: markdownlint-cli2": markdownlint}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--vaults", default=None, help="where generated vaults are cached")
    parser.add_argument("--generator", default=os.path.join(ROOT, "..", "shared", "tools", "gen_vault.py"))
    parser.add_argument("--out", default=os.path.join(ROOT, "docs", "performance.md"))
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    parser.add_argument("--no-peers", action="store_true", help="leave the npm peers out")
    parser.add_argument("--peer-reps", type=int, default=1, help="runs of each peer (they are slow)")
    parser.add_argument("--peer-timeout", type=float, default=600, help="seconds before a peer run is stopped")
    args = parser.parse_args()

    vaultlint = os.path.join(args.build, "src", "vaultlint")
    floor = os.path.join(args.build, "bench", "vaultlint_floor")
    for binary in (vaultlint, floor):
        if not os.path.exists(binary):
            sys.exit(f"{binary} is missing: build first (cmake --build {args.build})")
    vaults_dir = args.vaults or os.path.join(args.build, "bench-vaults")
    with_peers = not args.no_peers and peers_installed(install=True)

    rows = []
    for notes in [int(n) for n in args.sizes.split(",")]:
        vault = os.path.join(vaults_dir, f"n{notes}")
        generate(args.generator, notes, vault)
        size = vault_bytes(vault)
        cache_dir = os.path.join(vaults_dir, f"cache-n{notes}")
        cold_cache_dir = os.path.join(vaults_dir, f"cold-cache-n{notes}")
        check = [vaultlint, "check", "--format", "json", "-o", os.devnull]
        commands = {
            "floor (read + cmark-gfm, all cores)": [floor, vault],
            "floor, 1 thread": [floor, vault, "1"],
            "vaultlint check": check + ["--no-cache", vault],
            "vaultlint check -j1": check + ["--no-cache", "-j", "1", vault],
            "vaultlint graph --format dot": [vaultlint, "graph", "--no-cache", "--format", "dot", "-o",
                                             os.devnull, vault],
            # A user's first run: no cache yet, and both cache files written.
            "vaultlint check, cold cache (first run, writes the cache)": check + ["--cache-dir", cold_cache_dir, vault],
            "vaultlint check, warm cache, one note edited": check + ["--cache-dir", cache_dir, vault],
            "vaultlint check, warm cache, an id changed (whole run)": check + ["--cache-dir", cache_dir, vault],
        }
        for command in commands.values():  # warm the page cache, and fill vaultlint's cache
            measure(command)
        samples = {name: [] for name in commands}
        names = list(commands)
        for rep in range(args.reps):
            # A run's place in the round moves its time: in alternating A/Bs on this
            # machine the same binary ran about 0.09 s slower at 100k in the third place
            # than in the second (docs/performance.md). Each rep starts one command later.
            shift = rep % len(names)
            for name in names[shift:] + names[:shift]:
                command = commands[name]
                if "warm" in name:
                    edit_one_note(vault, rep, rename="id changed" in name)
                if "cold cache" in name:
                    shutil.rmtree(cold_cache_dir, ignore_errors=True)
                sample, code, stderr = measure(command)
                if code not in (0, 1):
                    sys.exit(f"{name} failed with {code}: {stderr}")
                samples[name].append(sample)
        if args.reps % 2 == 1:  # each edit toggles: leave the vault as it was generated
            for name in commands:
                if "warm" in name:
                    edit_one_note(vault, args.reps, rename="id changed" in name)
        rechecks, latencies, watch_rss = measure_watch(vaultlint, vault, cache_dir, args.reps)
        samples["vaultlint watch: re-check after one edit (as it reports)"] = [
            Sample(t, None, watch_rss) for t in rechecks]
        samples["vaultlint watch: edit to report (50 ms debounce + printing)"] = [
            Sample(t, None, watch_rss) for t in latencies]
        if with_peers:
            for rep in range(args.peer_reps):
                for name, command in peer_commands().items():
                    sample, code, stderr = measure(command, cwd=vault, timeout=args.peer_timeout)
                    if not sample.timed_out and code not in (0, 1):
                        sys.exit(f"{name} failed with {code}: {stderr[-2000:]}")
                    samples.setdefault(name, []).append(sample)
        floor_time = statistics.median(s.wall for s in samples["floor (read + cmark-gfm, all cores)"])
        check_time = statistics.median(s.wall for s in samples["vaultlint check"])
        for name, values in samples.items():
            wall = statistics.median(s.wall for s in values)
            rows.append({"notes": notes, "bytes": size, "command": name, "wall": wall,
                         "timed_out": any(s.timed_out for s in values),
                         "cpu": None if values[0].cpu is None else statistics.median(s.cpu for s in values),
                         "notes_per_s": notes / wall, "mb_per_s": size / wall / 1e6,
                         "rss_mib": max(s.rss_kib for s in values) / 1024,
                         "vs_floor": wall / floor_time, "vs_check": wall / check_time})

    def more_than(row, text):
        return f"> {text}" if row["timed_out"] else text

    header = ("| notes | MB | command | median wall (s) | median CPU (s) | notes/s | MB/s | peak RSS (MiB) "
              "| / floor | / check |\n"
              "| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
    lines = [f"| {r['notes']} | {r['bytes'] / 1e6:.0f} | {r['command']} | {more_than(r, format(r['wall'], '.3f' if r['wall'] < 1 else '.2f'))} | "
             f"{'-' if r['cpu'] is None else format(r['cpu'], '.2f')} | {r['notes_per_s']:,.0f} | {r['mb_per_s']:.1f} | "
             f"{'-' if r['timed_out'] else format(r['rss_mib'], '.0f')} | {r['vs_floor']:.2f} | "
             f"{more_than(r, format(r['vs_check'], '.1f'))} |"
             for r in rows]
    table = header + "\n".join(lines) + "\n"
    print(table)
    if args.no_write:
        return
    machine = f"{os.cpu_count()} cores, {os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB"
    load = os.getloadavg()[0]
    measured = (f"Measured {datetime.date.today().isoformat()} on {machine} (load average {load:.1f} at the "
                f"end) with `python3 bench/run_bench.py --sizes {args.sizes} --reps {args.reps}"
                f"{' --no-peers' if not with_peers else ''}`: median of {args.reps} alternating runs after one "
                "warm-up run each (page cache warm), peak RSS the largest of the runs; peers "
                f"{args.peer_reps} run(s) each, stopped after {args.peer_timeout:.0f} s. Vaults from "
                "`gen_vault.py --seed 1`. The floor is `bench/floor.cpp`: read every note and parse it with "
                "cmark-gfm on all cores, nothing else. The cold-cache row is a user's first `check`: "
                "no cache yet, so it reads every note and writes both cache files. "
                "The warm rows edit one note before each run and "
                "check with the incremental cache: a body edit, which the check snapshot answers "
                "(docs/cache.md), and a new id, which it cannot, so that run reads the whole vault "
                "through the note cache. The watch rows time a running `vaultlint watch` making the "
                "body edit's re-check: as the watch reports it, and from the edit to the report; its "
                "RSS is the watch process's peak over the whole run.\n\n")
    # The figures go between two markers, so the prose around them (targets, profile) stays.
    begin_marker, end_marker = "<!-- run_bench.py: begin -->\n", "<!-- run_bench.py: end -->\n"
    generated = begin_marker + measured + table + end_marker
    text = "# Performance\n\n" + generated
    if os.path.exists(args.out):
        with open(args.out, encoding="utf-8") as f:
            old = f.read()
        if begin_marker in old and end_marker in old:
            text = old[:old.index(begin_marker)] + generated + old[old.index(end_marker) + len(end_marker):]
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
