#!/usr/bin/env python3
"""Checks that splitting the README lost nothing: every non-blank line of the old one-page
README appears in README.md or docs/*.md (as often as it did before), apart from heading
levels and the targets of links, which the split changes.

    python3 .ci/check-readme-split.py OLD_README.md     # or: git show REV:README.md > OLD

Prints each old line that is missing (with its line number) and exits 1 if there is any.
"""

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def normal(line):
    line = re.sub(r"^#{1,6} ", "", line.rstrip())
    # [text](page.md#anchor) and [text](#anchor) are the same link before and after the split
    return re.sub(r"\]\((?:[^)#\s]*\.md)?(#[^)\s]*)?\)", r"](\1)", line)


def main():
    old = Path(sys.argv[1]).read_text().split("\n")
    new = Counter()
    files = [ROOT / "README.md"] + sorted((ROOT / "docs").glob("*.md"))
    for f in files:
        new.update(normal(l) for l in f.read_text().split("\n") if l.strip())
    need = Counter()
    missing = []
    for n, line in enumerate(old, 1):
        if not line.strip():
            continue
        key = normal(line)
        need[key] += 1
        if need[key] > new[key]:
            missing.append((n, line))
    for n, line in missing:
        print(f"{sys.argv[1]}:{n}: {line}")
    total = sum(need.values())
    print(f"{total - len(missing)} of {total} non-blank lines found in {len(files)} files; {len(missing)} missing")
    sys.exit(1 if missing else 0)


if __name__ == "__main__":
    main()
