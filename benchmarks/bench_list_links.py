"""List 10,000 image names in 20 folders, with and without a ``ln -s . loop`` link.

Baseline, same run: a plain recursive ``os.scandir`` walk that follows no link (what listing
costs without telling linked folders and files apart). The link loop must list 10,000 names,
not 410,000, at about the baseline's cost.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _common import median, report, timed  # noqa: E402

from workbench.images import list_image_paths  # noqa: E402


def plain_walk(root: str) -> list[str]:
    out, stack = [], [root]
    while stack:
        with os.scandir(stack.pop()) as it:
            for e in it:
                if e.is_dir(follow_symlinks=False):
                    stack.append(e.path)
                elif e.name.endswith(".jpg"):
                    out.append(e.path)
    return out


def main() -> int:
    root = tempfile.mkdtemp(prefix="bench-links-")
    for d in range(20):
        os.makedirs(f"{root}/f{d}")
        for i in range(500):
            open(f"{root}/f{d}/img_{i}.jpg", "wb").close()
    base = median(timed(lambda: plain_walk(root), 9))
    report("list 10,000 names", median(timed(lambda: list_image_paths(root), 9)), "scandir walk", base)
    os.symlink(".", f"{root}/loop")
    n = len(list_image_paths(root)[0])
    report(f"list with ln -s . loop ({n} names)", median(timed(lambda: list_image_paths(root), 9)),
           "scandir walk", base)
    return 0 if n == 10_000 else 1


if __name__ == "__main__":
    sys.exit(main())
