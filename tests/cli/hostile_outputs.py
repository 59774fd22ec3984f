#!/usr/bin/env python3
"""Hostile file names and note content reach every report intact and inert.

usage: hostile_outputs.py VAULTLINT
A vault whose file names, ids, titles, tags and link targets hold quotes,
backslashes, newlines, '<', '&', '%', ANSI escape sequences and right-to-left
marks is checked in every format. Each output is read back with a real
parser (json, xml.etree, html.parser, the GitHub workflow-command grammar)
and must give back the same files and messages as the JSON report; the text
report must carry no raw terminal control or bidirectional character at all.
The HTML graph page's embedded data must parse back to the same names with no
'<' in it (nothing can close its <script> element).
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.parse
import xml.etree.ElementTree

from cli_checks import Checks, HtmlRows

BINARY = sys.argv[1]
checks = Checks()
expect = checks.expect

ESC = "\x1b"
RLO, LRM, LRI, PDI = "\u202e", "\u200e", "\u2066", "\u2069"
HOSTILE = f'"q" \\b <t> &amp; 50%25 %0A {ESC}[31mred{ESC}[0m {RLO}txt.exe{LRM}'

# vault-relative path (str, or bytes for a name that is not UTF-8) -> content
NOTES = {
    f"esc{ESC}[2J{ESC}]0;title\x07.md":
        f'---\nid: "id {ESC}[1m{RLO}"\ntags: ["t<&>\\\\", "%0A"]\n---\n'
        f"# Title {ESC}]8;;http://x{ESC}\\ {RLO}evil\n\n[[missing {HOSTILE}]]\n",
    f"rlo{RLO}dm.exe.md": f"# R\n\n[[nowhere{LRI}x{PDI}]] and [m](no{RLO}file.md)\n",
    'quote"s, colon: %41.md': '---\nid: dup\n---\n[[also "missing" %0A::error file=x::pwned]]\n',
    "lt<gt>&amp;.md": "---\nid: dup\n---\n[[../../etc/passwd]] [p](/etc/passwd) [q](../../../etc/passwd)\n",
    "new\nline.md": "---\nbad: [\n---\n[[a\\|b]]\n",
    "back\\slash\ttab.md": "---\ntype: claim\n---\n[[x]] ![[y.png]]\n",
    b"latin1-\xe9t\xe9.md": b"[[ok]]\n",
    b"csi-\x9b31m.md": b"[[ok]]\n",
}

BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def forbidden_in_terminal(text):
    return sorted({c for c in text if (ord(c) < 0x20 and c != "\n") or 0x7f <= ord(c) <= 0x9f or c in BIDI})


def run_bytes(*args):
    return subprocess.run([BINARY, *args], capture_output=True)


def xml_text(text):
    """What XML 1.0 can carry: control characters other than tab, LF, CR are
    dropped, and so are bytes that are not UTF-8 (U+FFFD in the JSON report)."""
    return "".join(c for c in text if (ord(c) >= 0x20 or c in "\t\n\r") and c != "\ufffd")


def github_visible(text):
    """A JSON string as the GitHub report must show it: control characters
    percent-encoded (the runner decodes only %25, %0D, %0A, %3A, %2C)."""
    return "".join("".join(f"%{b:02X}" for b in c.encode()) if ord(c) < 0x20 and c not in "\r\n"
                   or 0x7f <= ord(c) <= 0x9f else c for c in text)


def github_unescape(text):
    return (text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":")
            .replace("%2C", ",").replace("%25", "%"))


def write_vault(root):
    for path, content in NOTES.items():
        raw = os.fsencode(path) if isinstance(path, str) else path
        full = os.path.join(os.fsencode(root), raw)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(content.encode("utf-8") if isinstance(content, str) else content)


def check_text(vault, diagnostics):
    for color in ("never", "always"):
        run = run_bytes("check", "--color", color, vault)
        text = run.stdout.decode("utf-8", errors="strict")
        if color == "always":  # vaultlint's own SGR codes are the only escapes allowed
            text = re.sub("\x1b\\[(?:0|1|2|31|33)m", "", text)
        expect(f"text ({color}): exit 1", run.returncode == 1, run.stderr)
        expect(f"text ({color}): no raw control or bidi character", not forbidden_in_terminal(text),
               forbidden_in_terminal(text))
        lines = text.splitlines()
        expect(f"text ({color}): one line per finding plus the summary",
               len(lines) == len(diagnostics) + 1, f"{len(lines)} lines, {len(diagnostics)} findings")
    run = run_bytes("check", "--color", "never", vault)
    text = run.stdout.decode("utf-8")
    expect("text: an ESC in a file name is shown as \\x1b",
           "esc\\x1b[2J\\x1b]0;title\\x07.md:" in text, text)
    expect("text: RLO in a file name is shown as \\u202e", "rlo\\u202edm.exe.md:" in text, text)
    expect("text: a byte that is not UTF-8 is shown as \\xHH", "csi-\\x9b31m.md:" in text, text)


def check_json(vault):
    run = run_bytes("check", "--format", "json", vault)
    report = json.loads(run.stdout.decode("utf-8"))
    diagnostics = report["diagnostics"]
    files = {d["file"] for d in diagnostics}
    expected_names = {p if isinstance(p, str) else p.decode("utf-8", errors="replace") for p in NOTES}
    expect("json: every hostile note is reported under its own name",
           files == expected_names, sorted(files ^ expected_names))
    messages = [d["message"] for d in diagnostics]
    expect("json: a hostile link target is quoted exactly",
           f"no note matches 'missing {HOSTILE}'" in messages, messages)
    expect("json: links out of the vault are reported, never followed",
           sum("outside the vault" in m for m in messages) == 2, messages)
    expect("json: a link to /etc/passwd means the vault's own etc/passwd",
           "'/etc/passwd' points to 'etc/passwd', which does not exist" in messages, messages)
    return diagnostics


def check_sarif(vault, diagnostics):
    run = run_bytes("check", "--format", "sarif", vault)
    results = json.loads(run.stdout.decode("utf-8"))["runs"][0]["results"]
    pairs = sorted((urllib.parse.unquote(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                                         errors="replace"), r["message"]["text"]) for r in results)
    expected = sorted((d["file"], d["message"]) for d in diagnostics)
    expect("sarif: uris decode to the files, messages equal JSON's", pairs == expected,
           [p for p in pairs if p not in expected][:3])


def check_junit(vault, diagnostics):
    run = run_bytes("check", "--format", "junit", vault)
    root = xml.etree.ElementTree.fromstring(run.stdout)
    cases = {c.get("name"): [f.get("message") for f in c.findall("failure")] for c in root.iter("testcase")}
    expected = {}
    for d in diagnostics:
        expected.setdefault(xml_text(d["file"]), []).append(xml_text(d["message"]))
    got = {name: messages for name, messages in cases.items() if messages}
    expect("junit: parses; failures per file equal JSON's (minus XML-forbidden characters)",
           got == expected, sorted(set(got) ^ set(expected)))


def check_github(vault, diagnostics):
    run = run_bytes("check", "--format", "github", vault)
    lines = run.stdout.decode("utf-8").split("\n")
    expect("github: output ends with a newline", lines[-1] == "", lines[-1:])
    grammar = re.compile(r"^::(error|warning) file=([^,:]*),line=(\d+),col=(\d+),title=([^,:]*)::(.*)$")
    parsed = [grammar.match(line) for line in lines[:-1]]
    expect("github: one well-formed command per line, one per finding",
           all(parsed) and len(parsed) == len(diagnostics), [l for l, p in zip(lines, parsed) if not p][:3])
    got = sorted((github_unescape(m.group(2)), github_unescape(m.group(6))) for m in parsed if m)
    expected = sorted((github_visible(d["file"]), github_visible(d["message"])) for d in diagnostics)
    expect("github: file and message unescape to JSON's, controls left visibly encoded",
           got == expected, [g for g in got if g not in expected][:3])
    expect("github: no raw control character", not forbidden_in_terminal(
        "".join(lines).replace("\u202e", "").replace("\u200e", "").replace("\u2066", "").replace("\u2069", "")))


def check_html(vault, diagnostics):
    with tempfile.TemporaryDirectory() as out:
        report = os.path.join(out, "report.html")
        run = run_bytes("check", "--format", "html", "-o", report, vault)
        expect("html report: exit 1", run.returncode == 1, run.stderr)
        with open(report, "rb") as f:
            text = f.read().decode("utf-8")
        expect("html report: no raw control character", not [c for c in text if ord(c) < 0x20 and c not in "\n"])
        rows = HtmlRows(text)
        by_rule = sorted(row[-1] for row in rows.rows[:len(diagnostics)])
        expect("html report: one row per finding by rule and by file", len(rows.rows) == 2 * len(diagnostics),
               (len(rows.rows), len(diagnostics)))
        expect("html report: messages equal JSON's (minus characters HTML cannot carry)",
               by_rule == sorted(xml_text(d["message"]) for d in diagnostics),
               [m for m in by_rule if m not in [xml_text(d["message"]) for d in diagnostics]][:3])
        graph = os.path.join(out, "graph.html")
        run = run_bytes("graph", "--format", "html", "-o", graph, vault)
        if run.returncode != 0 and b"html" in run.stderr:
            print("note: this build has no html graph format (VAULTLINT_HTML=OFF)")
            return
        with open(graph, "rb") as f:
            page = f.read().decode("utf-8")
        opening = '<script id="vaultlint-data" type="application/json">'
        start = page.index(opening) + len(opening)
        data = page[start:page.index("</script>", start)]
        expect("html graph: the embedded data holds no '<' (cannot close its script)", "<" not in data)
        expect("html graph: three script elements, each closed once",
               page.count("<script") == 3 and page.lower().count("</script") == 3)
        parsed = json.loads(data)
        paths = {n["path"] for n in parsed["notes"]}
        expected_names = {p if isinstance(p, str) else p.decode("utf-8", errors="replace") for p in NOTES}
        expect("html graph: every hostile note under its own name", paths == expected_names,
               sorted(paths ^ expected_names))
        messages = sorted(f[5] for f in parsed["findings"])
        expect("html graph: findings on notes carry JSON's messages exactly",
               messages == sorted(d["message"] for d in diagnostics if d["file"] in paths),
               messages[:3])
        written = {b[1] for b in parsed["broken"]}
        expect("html graph: a hostile broken target is kept exactly", f"missing {HOSTILE}" in written,
               sorted(written))
        front = [n["front_matter"] for n in parsed["notes"] if n["path"].startswith("esc")]
        expect("html graph: front matter is carried as written (ESC and RLO included)",
               front and f'id: "id {ESC}[1m{RLO}"' in front[0], front)


def main():
    with tempfile.TemporaryDirectory() as vault:
        write_vault(vault)
        diagnostics = check_json(vault)
        check_text(vault, diagnostics)
        check_sarif(vault, diagnostics)
        check_junit(vault, diagnostics)
        check_github(vault, diagnostics)
        check_html(vault, diagnostics)
    return checks.exit_code()


if __name__ == "__main__":
    sys.exit(main())
