#!/usr/bin/env python3
"""The HTML pages in a real browser: headless Chromium driven by pages.js.

usage: run_browser_tests.py VAULTLINT WORK_DIR SAMPLE_VAULT [GEN_VAULT] [--screenshot PNG]
Writes graph.html and report.html of SAMPLE_VAULT into WORK_DIR, installs
tests/browser/package-lock.json (playwright-core) there with `npm ci`, and
runs pages.js against them; with GEN_VAULT, also a generated 10,000-note vault
(whose load time it prints). Exits 77 (skipped) when Chromium is not
installed: scripts/bootstrap.sh test installs it. VAULTLINT_CHROMIUM names
another Chromium binary.
"""
import argparse
import filecmp
import json
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
LARGE_NOTES = 10000
# A note whose title, id, tag and link target would run script or fetch if the
# page ever handled them as HTML; the page must show them as text.
HOSTILE_TITLE = '<img src=x onerror="document.title=1"> </script><script>alert(1)</script> & \u202eRTL'
HOSTILE_NOTE = ('---\nid: "</script><!--"\ntags: ["<b>t</b>"]\n---\n# ' + HOSTILE_TITLE +
                '\n\n[[<iframe src=x>]] [[ok]]\n')


def run(*command, ok=(0,)):
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode not in ok:
        raise SystemExit(f"{' '.join(command)} exited {result.returncode}: {result.stderr}")
    return result.stdout


def expectations(binary, vault):
    """What the pages must show, from vaultlint's JSON outputs."""
    graph = json.loads(run(binary, "graph", "--format", "json", vault))
    report = json.loads(run(binary, "check", "--format", "json", vault, ok=(0, 1)))
    titles = {n["id"]: n["title"] for n in graph["nodes"]}
    into = {}
    for link in graph["links"]:
        into.setdefault(link["target"], []).append(titles[link["source"]])
    # The note most linked to, and the first note with a broken-link finding.
    note = max(sorted(into), key=lambda path: len(into[path]))
    broken = next(d for d in report["diagnostics"] if d["rule"] == "broken-link")
    with open(os.path.join(vault, note), encoding="utf-8") as f:
        front_matter_line = f.read().split("\n")[1]
    diagnostics = report["diagnostics"]
    return {
        "notes": len(graph["nodes"]),
        "links": len(graph["links"]),
        "search": titles[note],
        "note": note,
        "backlink_titles": into[note],
        "front_matter_line": front_matter_line,
        "broken_note": broken["file"],
        "broken_target": broken["target"],
        "errors": sum(d["severity"] == "error" for d in diagnostics),
        "warnings": sum(d["severity"] == "warning" for d in diagnostics),
        "rules": len({d["rule"] for d in diagnostics}),
    }


def page_data(html_file):
    with open(html_file, encoding="utf-8") as f:
        html = f.read()
    start = html.index('<script id="vaultlint-data" type="application/json">')
    start = html.index(">", start) + 1
    return json.loads(html[start:html.index("</script>", start)])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("work")
    parser.add_argument("vault")
    parser.add_argument("gen_vault", nargs="?")
    parser.add_argument("--screenshot", help="where to save the graph page's screenshot")
    args = parser.parse_args()
    # VAULTLINT_CHROMIUM names another Chromium binary (or, for a try of the skip, none).
    chromium = os.environ.get("VAULTLINT_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not os.access(chromium, os.X_OK):
        print(f"SKIP: no Chromium at {chromium} (apt-get install chromium; scripts/bootstrap.sh test "
              "installs it)")
        return 77
    os.makedirs(args.work, exist_ok=True)
    for name in ("package.json", "package-lock.json"):
        shutil.copyfile(os.path.join(HERE, name), os.path.join(args.work, name))
    modules = os.path.join(args.work, "node_modules")
    # npm ci again whenever the lock file is not the one the modules were installed from.
    stamp = os.path.join(modules, ".vaultlint-package-lock.json")
    if not (os.path.exists(stamp) and filecmp.cmp(stamp, os.path.join(HERE, "package-lock.json"), shallow=False)):
        npm = shutil.which("npm")
        if npm is None:
            print("npm not found: install nodejs and npm (scripts/bootstrap.sh test does)")
            return 1
        if subprocess.run([npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=args.work).returncode:
            print("npm ci failed")
            return 1
        shutil.copyfile(os.path.join(HERE, "package-lock.json"), stamp)

    graph = os.path.join(args.work, "graph.html")
    report = os.path.join(args.work, "report.html")
    run(args.binary, "graph", "--format", "html", "-o", graph, args.vault)
    run(args.binary, "check", "--format", "html", "-o", report, args.vault, ok=(0, 1))
    expected = expectations(args.binary, args.vault)
    expected["broken"] = len(page_data(graph)["broken"])
    expected_file = os.path.join(args.work, "expected.json")
    with open(expected_file, "w", encoding="utf-8") as f:
        json.dump(expected, f)

    command = ["node", os.path.join(HERE, "pages.js"), chromium, graph, report, expected_file,
               args.screenshot or os.path.join(args.work, "graph-page.png")]
    if args.gen_vault and os.path.exists(args.gen_vault):
        large_vault = os.path.join(args.work, f"n{LARGE_NOTES}")
        if not os.path.exists(os.path.join(large_vault, ".expected.json")):
            run(sys.executable, args.gen_vault, "--notes", str(LARGE_NOTES), "--seed", "10",
                "--out", large_vault)
        large = os.path.join(args.work, "large.html")
        start = time.monotonic()
        run(args.binary, "graph", "--format", "html", "-o", large, "--no-cache", large_vault)
        print(f"vaultlint graph --format html on {LARGE_NOTES} notes: {time.monotonic() - start:.2f} s")
        command += [large, str(LARGE_NOTES)]
    elif args.gen_vault:
        print(f"note: {args.gen_vault} not found; the {LARGE_NOTES}-note page is not measured")
    hostile_vault = os.path.join(args.work, "hostile")
    os.makedirs(hostile_vault, exist_ok=True)
    with open(os.path.join(hostile_vault, 'x "<q>" &amp;.md'), "w", encoding="utf-8") as f:
        f.write(HOSTILE_NOTE)
    with open(os.path.join(hostile_vault, "ok.md"), "w", encoding="utf-8") as f:
        f.write("# OK\n")
    hostile = os.path.join(args.work, "hostile.html")
    run(args.binary, "graph", "--format", "html", "-o", hostile, hostile_vault)
    hostile_expected = os.path.join(args.work, "hostile.json")
    with open(hostile_expected, "w", encoding="utf-8") as f:
        json.dump({"page": hostile, "title": HOSTILE_TITLE, "path": 'x "<q>" &amp;.md',
                   "id": "</script><!--", "broken": "<iframe src=x>"}, f)
    env = dict(os.environ, NODE_PATH=modules, VAULTLINT_HOSTILE=hostile_expected)
    return subprocess.run(command, env=env).returncode


if __name__ == "__main__":
    sys.exit(main())
