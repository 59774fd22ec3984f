"""What the end-to-end CLI test scripts share: running vaultlint, named
pass/fail checks printed as they run, and writing notes into a vault."""
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
