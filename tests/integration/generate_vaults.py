#!/usr/bin/env python3
"""Generates the vaults the integration tests compare against (cached by arguments)."""
import json
import os
import subprocess
import sys

# (name, notes, seed, defect scale): several seeds, 2,000+ notes, a scale above 1, a clean vault.
VAULTS = [
    ("n2000-s1", 2000, 1, 1.0),
    ("n2000-s2", 2000, 2, 1.0),
    ("n3000-s7001-x3", 3000, 7001, 3.0),
    ("n2000-s9-x0", 2000, 9, 0.0),
]


def main() -> int:
    generator, out_dir = sys.argv[1], sys.argv[2]
    if not os.path.exists(generator):
        print(f"SKIP: {generator} not found (the shared/ folder sits beside the repository)")
        return 77
    os.makedirs(out_dir, exist_ok=True)
    for name, notes, seed, scale in VAULTS:
        target = os.path.join(out_dir, name)
        expected = os.path.join(target, ".expected.json")
        if os.path.exists(expected):
            with open(expected, encoding="utf-8") as f:
                meta = json.load(f)
            if (meta.get("notes"), meta.get("seed"), float(meta.get("defect_scale", -1))) == (notes, seed, scale):
                print(f"{name}: cached")
                continue
        subprocess.run([sys.executable, generator, "--notes", str(notes), "--seed", str(seed),
                        "--defect-rate-scale", str(scale), "--out", target], check=True,
                       stdout=subprocess.DEVNULL)
        print(f"{name}: generated")
    with open(os.path.join(out_dir, "vaults.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(name for name, *_ in VAULTS) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
