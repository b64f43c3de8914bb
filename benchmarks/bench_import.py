"""Importing 300 labelme files (3 boxes each) into YOLO label files vs a plain conversion loop.

The baseline is the least a converter does: json.load each file, divide by the size the file
states and write the .txt with open().write(). Workbench also finds each image, reads its real
(EXIF-upright) size from the header, checks for existing files and writes atomically (fsync):
the ratio is the price of those guarantees. Goal: under 10 ms per file.
"""
from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import report  # noqa: E402

from workbench.importers import import_labels  # noqa: E402

N = 300


def make(root: Path) -> None:
    from PIL import Image

    root.mkdir(parents=True)
    im = Image.new("RGB", (640, 480), (90, 120, 150))
    for i in range(N):
        im.save(root / f"图片 {i}.jpg", quality=80)
        shapes = [{"label": f"类{k}", "points": [[10 + k * 50, 20], [40 + k * 50, 90]], "group_id": None,
                   "description": "", "shape_type": "rectangle", "flags": {}, "mask": None} for k in range(3)]
        (root / f"图片 {i}.json").write_text(json.dumps(
            {"version": "5.4.1", "flags": {}, "shapes": shapes, "imagePath": f"图片 {i}.jpg",
             "imageData": None, "imageHeight": 480, "imageWidth": 640}, ensure_ascii=False, indent=2),
            encoding="utf-8")


def plain(root: Path) -> None:
    names: list[str] = []
    for js in sorted(root.glob("*.json")):
        d = json.loads(js.read_text(encoding="utf-8"))
        w, h = d["imageWidth"], d["imageHeight"]
        lines = []
        for s in d["shapes"]:
            (x1, y1), (x2, y2) = s["points"]
            if s["label"] not in names:
                names.append(s["label"])
            lines.append(f"{names.index(s['label'])} {(x1 + x2) / 2 / w:.6f} {(y1 + y2) / 2 / h:.6f} "
                         f"{(x2 - x1) / w:.6f} {(y2 - y1) / h:.6f}\n")
        with open(js.with_suffix(".txt"), "w") as f:
            f.write("".join(lines))


def main() -> int:
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "src"
        make(src)
        a, b = Path(d) / "a", Path(d) / "b"
        shutil.copytree(src, a)
        shutil.copytree(src, b)
        t = time.perf_counter()
        plain(a)
        base = time.perf_counter() - t
        t = time.perf_counter()
        r = import_labels("labelme", b, b)
        value = time.perf_counter() - t
        assert r.converted == N and r.complete, r.lines()
        ok = report(f"import {N} labelme files (per file)", value / N, "json + open().write()", base / N,
                    goal_s=0.010)
        return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
