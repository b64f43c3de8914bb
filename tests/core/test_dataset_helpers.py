"""Helpers (no tests here): a project holding every problem the dataset check knows.

``make_problem_project(root)`` returns ``(root, expected)`` where ``expected`` maps each image's
path relative to the root to ``(status name, blocking?)``.
"""
from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image

NAMES = ["猫", "dog"]


def save_image(path: Path, w: int = 64, h: int = 48, fmt: str | None = None, seed: int = 0, **kw) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    im = Image.fromarray(rng.integers(0, 255, (h, w, 3), dtype=np.uint8))
    buf = io.BytesIO()
    im.save(buf, fmt or {"jpg": "JPEG", "png": "PNG", "webp": "WEBP", "bmp": "BMP"}[path.suffix[1:].lower()], **kw)
    path.write_bytes(buf.getvalue())
    return path


GOOD = "0 0.500000 0.500000 0.200000 0.200000\n"


def make_problem_project(root: Path) -> tuple[Path, dict[str, tuple[str, bool]]]:
    root.mkdir(parents=True, exist_ok=True)
    (root / "classes.txt").write_text("".join(n + "\n" for n in NAMES), encoding="utf-8")
    expected: dict[str, tuple[str, bool]] = {}
    seed = [0]

    def add(rel: str, label: str | None, status: str, blocking: bool, **kw):
        seed[0] += 1
        p = root / rel
        if "data" in kw:
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(kw.pop("data"))
        else:
            save_image(p, seed=seed[0], **kw)
        if label is not None:
            p.with_suffix(".txt").write_bytes(label.encode("utf-8") if isinstance(label, str) else label)
        expected[rel] = (status, blocking)
        return p

    add("good 1.jpg", GOOD + "1 0.3 0.3 0.1 0.2\n", "LABELED", False)
    add("图片 2.png", GOOD, "LABELED", False)
    add("good3.webp", "1 0.5 0.5 0.4 0.4\n", "LABELED", False)
    add("good4.bmp", GOOD, "LABELED", False)
    add("sub/good 1.jpg", "1 0.25 0.25 0.2 0.2\n", "LABELED", False)   # same name as the root's
    add("sub/Good 1.png", "1 0.25 0.25 0.2 0.2\n", "LABELED", False)   # same stem, other case, other ext
    add("background.jpg", "", "EMPTY", False)
    add("background2.jpg", "\n  \n", "EMPTY", False)
    add("unlabeled.jpg", None, "NOT_LABELED", False)
    add("dups.jpg", GOOD + "0 0.5 0.5 0.2 0.2\n1 0.1 0.1 0.1 0.1\n", "LABELED", False)
    add("bom.jpg", "\ufeff" + GOOD, "LABELED", False)
    add("edge.jpg", "0 0.95 0.5 0.2 0.2\n", "LABELED", False)        # reaches past the edge: clipped
    ok = io.BytesIO()
    Image.fromarray(np.full((40, 50, 3), 90, np.uint8)).save(ok, "JPEG")
    add("trailing_bytes.jpg", GOOD, "LABELED", False, data=ok.getvalue() + b"\0\0")  # Ultralytics re-saves it
    add("truncated_tail.jpg", GOOD, "PROBLEM", True, data=ok.getvalue()[:-2])   # only the end marker missing
    # EXIF orientation 6: stored 64x48, upright 48x64
    exif = Image.Exif()
    exif[274] = 6
    add("rotated.jpg", GOOD, "LABELED", False, exif=exif)

    add("corrupt.jpg", GOOD, "PROBLEM", True, data=b"\xff\xd8\xff\xe0 this is not a jpeg" * 5)
    add("zero.jpg", GOOD, "PROBLEM", True, data=b"")
    big = io.BytesIO()
    Image.fromarray(np.random.default_rng(1).integers(0, 255, (300, 300, 3), dtype=np.uint8)).save(big, "JPEG")
    add("truncated_half.jpg", GOOD, "PROBLEM", True, data=big.getvalue()[: len(big.getvalue()) // 3])
    png = io.BytesIO()
    Image.fromarray(np.random.default_rng(2).integers(0, 255, (80, 80, 3), dtype=np.uint8)).save(png, "PNG")
    add("truncated.png", GOOD, "PROBLEM", True, data=png.getvalue()[: len(png.getvalue()) // 2])
    add("tiny.jpg", GOOD, "PROBLEM", True, w=8, h=20)
    gif = io.BytesIO()
    Image.new("P", (32, 32)).save(gif, "GIF")
    add("gif_named.jpg", GOOD, "PROBLEM", True, data=gif.getvalue())
    add("short_line.jpg", "0 0.5 0.5\n", "PROBLEM", True)
    add("commas.jpg", "0,0.5,0.5,0.2,0.2\n", "PROBLEM", True)
    add("class_out.jpg", "2 0.5 0.5 0.2 0.2\n", "PROBLEM", True)
    add("coords_out.jpg", "0 1.5 0.5 0.2 0.2\n", "PROBLEM", True)
    add("negative.jpg", "0 0.5 -0.2 0.2 0.2\n", "PROBLEM", True)
    add("float_class.jpg", "0.5 0.5 0.5 0.2 0.2\n", "PROBLEM", True)
    add("nan.jpg", "0 nan 0.5 0.2 0.2\n", "PROBLEM", True)
    add("not_utf8.jpg", b"\xff\xfe0 0.5\n", "PROBLEM", True)
    add("zero_size.jpg", "0 0.5 0.5 0 0.2\n", "PROBLEM", True)             # Ultralytics keeps it; we refuse
    add("pair.jpg", GOOD, "PROBLEM", True)                                 # pair.jpg + pair.png share pair.txt
    add("pair.png", None, "PROBLEM", True)
    add("broken_unlabeled.jpg", None, "PROBLEM", False, data=b"garbage")   # left out anyway: a warning
    Image.new("P", (32, 32)).save(root / "real.gif")                       # listed as skipped
    return root, expected


# Where Workbench is stricter than Ultralytics, on purpose (see dataset_check's docstring):
STRICTER = {"zero_size.jpg",   # Ultralytics trains on a zero-width box; it teaches nothing
            "pair.jpg", "pair.png"}  # one label file for two photos: which one is it for?
