"""Saving a label file: Workbench's atomic save vs a plain open().write() of the same text.

Goal: median <= 5 ms. The atomic save costs a temp file, fsync and rename: the price of
never leaving a torn file behind.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import median, p95, report, timed  # noqa: E402

from workbench.labels import Box, read_label_file, save_label_file, serialize  # noqa: E402


def main() -> int:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "数据 集" / "图片.txt"
        path.parent.mkdir()
        boxes = [Box(i % 5, 0.1 + i * 0.02, 0.5, 0.05, 0.05) for i in range(20)]
        path.write_text(serialize(boxes))
        state = {"lf": read_label_file(path), "n": 0}

        def save():
            state["n"] += 1
            edited = [b.with_class((b.cls + state["n"]) % 5) for b in boxes]  # a real edit every time
            state["lf"] = save_label_file(state["lf"], edited)

        def plain():
            path.with_suffix(".plain").write_text(serialize(boxes))

        for _ in range(20):
            save(), plain()
        ours = timed(save, 300)
        base = timed(plain, 300)
    ok = report("save label file (20 boxes), median", median(ours), "plain write, no fsync", median(base), 0.005)
    report("save label file (20 boxes), p95", p95(ours), "plain write, no fsync", p95(base))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
