#!/usr/bin/env python3
"""The HTML graph page and report of the sample vault, without a browser.

usage: html_pages.py VAULTLINT VAULT EXPECTED_DATA [--update]
The graph page's embedded data must equal EXPECTED_DATA byte for byte; the
page must stand alone (no external script, style, image or link), keep its
data inside its own <script> element, and carry cytoscape. The report must
parse as HTML and hold every finding of the JSON report once per grouping,
with its notes linked into graph.html.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.parse

from cli_checks import Checks, HtmlRows

checks = Checks()
expect = checks.expect
DATA_OPEN = '<script id="vaultlint-data" type="application/json">'


def data_block(page):
    start = page.index(DATA_OPEN) + len(DATA_OPEN)
    return page[start:page.index("</script>", start)]


def main():
    binary, vault, expected_file = sys.argv[1:4]
    update = "--update" in sys.argv
    with tempfile.TemporaryDirectory() as work:
        graph = os.path.join(work, "graph.html")
        run = subprocess.run([binary, "graph", "--format", "html", "-o", graph, vault], capture_output=True, text=True)
        expect("graph html: exit 0", run.returncode == 0, run.stderr)
        with open(graph, encoding="utf-8") as f:
            page = f.read()
        data = data_block(page)
        if update:
            with open(expected_file, "w", encoding="utf-8") as f:
                f.write(data + "\n")
        with open(expected_file, encoding="utf-8") as f:
            expected = f.read()
        expect("graph html: the embedded data equals the expected file", data + "\n" == expected,
               "\n".join(l for l in set(data.splitlines()) ^ set(expected.splitlines()))[:2000])
        parsed = json.loads(data)
        graph_json = json.loads(subprocess.run([binary, "graph", "--format", "json", vault],
                                               capture_output=True, text=True).stdout)
        expect("graph html: as many notes and edges as the JSON export",
               (len(parsed["notes"]), len(parsed["edges"])) == (len(graph_json["nodes"]), len(graph_json["links"])))
        expect("graph html: no external resource",
               not re.search(r'(src|href)\s*=\s*["\']?(https?:)?//', page, re.I), None)
        with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "web",
                               "package-lock.json"), encoding="utf-8") as f:
            pinned = json.load(f)["packages"]["node_modules/cytoscape"]["version"]
        expect(f"graph html: the pinned cytoscape {pinned} is inline, its licence notice with it",
               f'.version="{pinned}"' in page and "The Cytoscape Consortium" in page and "<script src" not in page)
        expect("graph html: exactly three scripts, each closed once",
               page.count("<script") == 3 and page.lower().count("</script") == 3)

        report = os.path.join(work, "report.html")
        run = subprocess.run([binary, "check", "--format", "html", "-o", report, vault], capture_output=True, text=True)
        expect("report html: exit 1 (the sample has errors)", run.returncode == 1, run.stderr)
        with open(report, encoding="utf-8") as f:
            collector = HtmlRows(f.read())
        findings = json.loads(subprocess.run([binary, "check", "--format", "json", vault],
                                             capture_output=True, text=True).stdout)["diagnostics"]
        expect("report html: every finding twice, by rule and by file",
               len(collector.rows) == 2 * len(findings), (len(collector.rows), len(findings)))
        expect("report html: each message is shown as the JSON report has it",
               sorted(row[-1] for row in collector.rows[:len(findings)]) == sorted(d["message"] for d in findings))
        note_links = {urllib.parse.unquote(l.split("#note=", 1)[1]) for l in collector.links if l and "#note=" in l}
        expect("report html: every file with findings links to graph.html#note=PATH",
               note_links == {d["file"] for d in findings} and
               all(l.startswith("graph.html") for l in collector.links if l and "#note=" in l),
               sorted(note_links ^ {d["file"] for d in findings}))
        for graph_page, prefix in (("", None), ("pages/g.html", "pages/g.html#note=")):
            run = subprocess.run([binary, "check", "--format", "html", "--graph-page", graph_page, vault],
                                 capture_output=True, text=True)
            links = [l for l in HtmlRows(run.stdout).links if l and "#note=" in l]
            expect(f"report html: --graph-page '{graph_page}' " + ("links notes to it" if prefix else "leaves notes unlinked"),
                   all(l.startswith(prefix) for l in links) and len(links) > 0 if prefix else links == [],
                   links[:3])
    return checks.exit_code()


if __name__ == "__main__":
    sys.exit(main())
