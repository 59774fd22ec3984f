#!/usr/bin/env python3
"""The graph exports load in the tools they are meant for.

usage: graph_consumers.py VAULTLINT SAMPLE_VAULT EXPECTED_NEO4J_DIR
Graphviz renders the DOT (sample vault, and a vault of hostile file names)
and reads back every note path as a node name; NetworkX loads the JSON and
the GraphML with exactly the notes and edges `vaultlint stats` counts; a
CSV reader with Neo4j's quoting rules reads back the same nodes and edges
from the Neo4j import files, which for the sample vault are also compared
byte for byte with EXPECTED_NEO4J_DIR.
"""
import collections
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree

from cli_checks import Checks, write

try:
    import networkx
except ImportError:
    print("SKIP: networkx is not installed (scripts/bootstrap.sh test installs python3-networkx)")
    sys.exit(77)
if shutil.which("dot") is None:
    print("SKIP: Graphviz dot is not installed (scripts/bootstrap.sh test installs graphviz)")
    sys.exit(77)

BINARY, SAMPLE, EXPECTED_NEO4J = sys.argv[1], sys.argv[2], sys.argv[3]
checks = Checks()
expect = checks.expect


def vaultlint(*args):
    run = subprocess.run([BINARY, *args], capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(f"vaultlint {' '.join(args)} exited {run.returncode}: {run.stderr}")
    return run.stdout


def dot_node_names(dot_text, label):
    """Renders with dot -Tsvg (must succeed without warnings) and returns the
    note node names dot -Tjson reads back."""
    svg = subprocess.run(["dot", "-Tsvg"], input=dot_text, capture_output=True, text=True)
    expect(f"{label}: dot -Tsvg succeeds", svg.returncode == 0 and svg.stdout.startswith("<?xml"),
           svg.stderr)
    expect(f"{label}: dot -Tsvg prints no warning", svg.stderr == "", svg.stderr)
    try:
        xml.etree.ElementTree.fromstring(svg.stdout.encode("utf-8"))
        expect(f"{label}: the SVG is well-formed XML", True)
    except xml.etree.ElementTree.ParseError as e:
        expect(f"{label}: the SVG is well-formed XML", False, e)
    parsed = subprocess.run(["dot", "-Tjson"], input=dot_text, capture_output=True, text=True)
    objects = json.loads(parsed.stdout, strict=False).get("objects", [])
    return {o["name"] for o in objects
            if "nodes" not in o and not o["name"].startswith("//")}


def dot_id(path):
    """What Graphviz keeps of a quoted ID: only \\" is unescaped."""
    path = path.replace("\\", "\\\\").replace("\n", "\\n")
    return "".join(f"\\x{ord(c):02x}" if ord(c) < 0x20 and c != "\t" else c for c in path)


def xml_text(text):
    """What survives XML 1.0: control characters other than tab, LF, CR are dropped."""
    return "".join(c for c in text if ord(c) >= 0x20 or c in "\t\n\r")


def check_vault(vault, label):
    stats = json.loads(vaultlint("stats", "--format", "json", vault))
    data = json.loads(vaultlint("graph", "--format", "json", vault))
    paths = [n["path"] for n in data["nodes"]]
    expect(f"{label}: JSON has one node per note", len(paths) == stats["notes"],
           f"{len(paths)} vs {stats['notes']}")

    for variant in ([], ["--cluster", "type"], ["--cluster", "folder", "--include-missing"]):
        names = dot_node_names(vaultlint("graph", *variant, vault), f"{label} {variant}")
        expect(f"{label} {variant}: DOT node names are the note paths",
               names == {dot_id(p) for p in paths}, sorted(names ^ {dot_id(p) for p in paths}))

    g = networkx.node_link_graph(data)
    kinds = collections.Counter(kind for _, _, kind in g.edges(data="kind"))
    expect(f"{label}: networkx JSON node count", g.number_of_nodes() == stats["notes"])
    expect(f"{label}: networkx JSON edge count", g.number_of_edges() == stats["edges"],
           f"{g.number_of_edges()} vs {stats['edges']}")
    expect(f"{label}: networkx JSON edges per kind",
           {k: v for k, v in stats["edges_by_kind"].items() if v} == dict(kinds), kinds)
    expect(f"{label}: networkx JSON node ids are the paths", set(g.nodes) == set(paths))

    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "graph.graphml")
        vaultlint("graph", "--format", "graphml", "-o", out, vault)
        h = networkx.read_graphml(out)
    expect(f"{label}: networkx GraphML node count", h.number_of_nodes() == stats["notes"])
    expect(f"{label}: networkx GraphML edge count", h.number_of_edges() == stats["edges"],
           f"{h.number_of_edges()} vs {stats['edges']}")
    expect(f"{label}: GraphML node ids are the paths (without XML-forbidden characters)",
           set(h.nodes) == {xml_text(p) for p in paths}, sorted(set(h.nodes) ^ {xml_text(p) for p in paths}))
    lines = [d.get("line") for _, _, d in h.edges(data=True)]
    expect(f"{label}: GraphML line is read as int", all(isinstance(x, int) for x in lines), lines[:3])
    titles = {n: d.get("title") for n, d in h.nodes(data=True)}
    expect(f"{label}: GraphML titles equal JSON titles",
           titles == {xml_text(n["path"]): xml_text(n["title"]) for n in data["nodes"]})
    check_neo4j(vault, data, label)
    return stats


def read_csv(path):
    # RFC 4180 as neo4j-admin reads it: '"' doubled inside quotes, newlines
    # allowed in quoted fields (--multiline-fields=true).
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f, doublequote=True, strict=True))


def check_neo4j(vault, data, label):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "import")
        vaultlint("graph", "--format", "neo4j", "-o", out, vault)
        expect(f"{label}: neo4j writes exactly nodes.csv and relationships.csv",
               sorted(os.listdir(out)) == ["nodes.csv", "relationships.csv"], os.listdir(out))
        nodes = read_csv(os.path.join(out, "nodes.csv"))
        rels = read_csv(os.path.join(out, "relationships.csv"))
        if label == "sample":
            for name in ("nodes.csv", "relationships.csv"):
                with open(os.path.join(out, name), "rb") as got, \
                        open(os.path.join(EXPECTED_NEO4J, name), "rb") as want:
                    expect(f"sample: {name} equals tests/data/sample_neo4j/{name}",
                           got.read() == want.read())
    expect(f"{label}: nodes.csv header", nodes[0] ==
           ["path:ID", ":LABEL", "id", "title", "type", "tags:string[]", "aliases:string[]"], nodes[0])
    expect(f"{label}: relationships.csv header",
           rels[0] == [":START_ID", ":END_ID", ":TYPE", "kind", "line:int", "column:int"], rels[0])
    json_nodes = {n["path"]: n for n in data["nodes"]}
    expect(f"{label}: neo4j node ids are the note paths",
           [row[0] for row in nodes[1:]] == list(json_nodes), [row[0] for row in nodes[1:]][:5])
    expect(f"{label}: every node has the Note label, then its type's",
           all(row[1].split(";")[0] == "Note" for row in nodes[1:]))
    expect(f"{label}: neo4j titles and types equal JSON's",
           all(json_nodes[row[0]]["title"] == row[3] and json_nodes[row[0]]["type"] == row[4]
               for row in nodes[1:]))
    csv_edges = collections.Counter((r[0], r[1], r[3], int(r[4]), int(r[5])) for r in rels[1:])
    json_edges = collections.Counter((e["source"], e["target"], e["kind"], e["line"], e["column"])
                                     for e in data["links"])
    expect(f"{label}: neo4j relationships equal the JSON links", csv_edges == json_edges,
           (csv_edges - json_edges) + (json_edges - csv_edges))
    expect(f"{label}: relationship types are the kinds in upper case",
           all(r[2] == r[3].upper().replace("-", "_") for r in rels[1:]))


def main():
    check_vault(SAMPLE, "sample")
    with tempfile.TemporaryDirectory() as vault:
        write(vault, 'quo"te.md', '---\ntype: concept\ntags: [a"b, c\\\\d]\n---\n'
                                  '# Title "quoted" \\ and \\\\ <b> {x} &amp;\n[[back\\slash]]\n')
        write(vault, "back\\slash.md", "---\ntype: claim\nrelated: ['[[<angle>]]']\n---\n[[quo\"te]]\n")
        write(vault, "<angle>.md", "[[{brace}]] [[é]] [[nowhere]]\n")
        write(vault, "dir {x}/{brace}.md", "---\nchallenges: [é]\n---\n# Brace {} > <\n")
        write(vault, "é.md", "---\ntype: idée\n---\n# Été\n[[quo\"te]] ![[é]]\n")
        write(vault, "new\nline.md", "[[é]]\n")
        write(vault, "ctl\x01char.md", "# Bell \x07 here\n[[é]]\n")
        write(vault, "esc\x1b[31mred.md", "---\ntags: [\"\x1b[2J\"]\n---\n# Esc \x1b]0;t\x07 \u202eevil\n[[é]]\n")
        write(vault, "rlo\u202egnp.md", "# \u2066iso\u2069 \u200e\n[[esc\x1b[31mred]]\n")
        stats = check_vault(vault, "hostile")
        expect("hostile: the vault has edges of several kinds",
               sum(1 for v in stats["edges_by_kind"].values() if v) >= 4, stats["edges_by_kind"])
    return checks.exit_code()


if __name__ == "__main__":
    sys.exit(main())
