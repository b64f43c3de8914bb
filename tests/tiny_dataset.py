"""A tiny generated YOLO dataset for real (tiny) Ultralytics training in tests and benchmarks.

Coloured rectangles (class 0, red) and ellipses (class 1, blue) on noisy backgrounds: learnable in
a couple of epochs at imgsz 64, with no download and no committed images.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

NAMES = ["square", "circle"]


def draw_sample(rng: np.random.Generator, size: int = 96) -> tuple[Image.Image, list[str]]:
    """One image and its YOLO label lines."""
    bg = rng.integers(90, 160, (size, size, 3), dtype=np.uint8)
    im = Image.fromarray(bg)
    d = ImageDraw.Draw(im)
    lines = []
    for _ in range(int(rng.integers(1, 3))):
        cls = int(rng.integers(0, 2))
        w, h = (int(v) for v in rng.integers(size // 5, size // 2, 2))
        x, y = int(rng.integers(0, size - w)), int(rng.integers(0, size - h))
        if cls == 0:
            d.rectangle([x, y, x + w, y + h], fill=(220, 30, 30))
        else:
            d.ellipse([x, y, x + w, y + h], fill=(30, 30, 220))
        lines.append(f"{cls} {(x + w / 2) / size:.6f} {(y + h / 2) / size:.6f} {w / size:.6f} {h / size:.6f}")
    return im, lines


def make_project(folder: Path, n: int = 32, seed: int = 0) -> Path:
    """A labeling project: images with labels beside them and a classes.txt (LabelImg layout)."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    for i in range(n):
        im, lines = draw_sample(rng)
        im.save(folder / f"img_{i:03d}.jpg", quality=92)
        (folder / f"img_{i:03d}.txt").write_text("".join(line + "\n" for line in lines))
    (folder / "classes.txt").write_text("".join(n + "\n" for n in NAMES))
    return folder


def make_dataset(root: Path, n: int = 32, val: int = 8, seed: int = 0) -> Path:
    """An Ultralytics dataset (images/{train,val}, labels/{train,val}); returns its data.yaml."""
    rng = np.random.default_rng(seed)
    for i in range(n):
        subset = "val" if i < val else "train"
        (root / "images" / subset).mkdir(parents=True, exist_ok=True)
        (root / "labels" / subset).mkdir(parents=True, exist_ok=True)
        im, lines = draw_sample(rng)
        im.save(root / "images" / subset / f"img_{i:03d}.jpg", quality=92)
        (root / "labels" / subset / f"img_{i:03d}.txt").write_text("".join(line + "\n" for line in lines))
    data = root / "data.yaml"
    data.write_text(f"path: {root.resolve().as_posix()}\ntrain: images/train\nval: images/val\n"
                    + "names:\n" + "".join(f"  {i}: {n}\n" for i, n in enumerate(NAMES)), encoding="utf-8")
    return data


def trained_model(root: Path) -> Path:
    """best.pt of a 1-epoch yolo11n trained at imgsz 64 under ``root`` (trained once, then reused).

    Tests get it through the session fixture ``tiny_model`` (tests/conftest.py); it learns little,
    but it is a real Ultralytics model with this project's two classes.
    """
    best = root / "m" / "weights" / "best.pt"
    if not best.exists():
        from ultralytics import YOLO

        data = make_dataset(root / "data", n=24, val=6)
        YOLO("yolo11n.yaml").train(data=str(data), epochs=1, imgsz=64, plots=False, workers=0, device="cpu",
                                   project=str(root), name="m", exist_ok=True, verbose=False)
    return best
