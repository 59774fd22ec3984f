"""What the end-to-end CLI test scripts share: running vaultlint, named
pass/fail checks printed as they run, and writing notes into a vault."""
import html.parser
import os
import subprocess


class Checks:
    def __init__(self):
        self.failures = []

    def expect(self, name, condition, detail=""):
        print(("ok   " if condition else "FAIL ") + name + ("" if condition else f": {detail}"))
        if not condition:
            self.failures.append(name)

    def exit_code(self):
        """Prints the count of failed checks; 1 if any failed, else 0."""
        print(f"{len(self.failures)} failed")
        return 1 if self.failures else 0


def run(binary, *args, cwd=None):
    return subprocess.run([binary, *args], capture_output=True, text=True, cwd=cwd)


def write(root, path, text):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        f.write(text)


class HtmlRows(html.parser.HTMLParser):
    """An HTML page's links (href of every <a>) and table rows (each the list
    of its text pieces, entities decoded)."""

    def __init__(self, page):
        super().__init__()
        self.links, self.rows, self._row = [], [], None
        self.feed(page)
        self.close()

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs).get("href"))
        elif tag == "tr":
            self._row = []

    def handle_endtag(self, tag):
        if tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None

    def handle_data(self, data):
        if self._row is not None:
            self._row.append(data)
