"""Generated YOLO datasets of chosen shape kinds, for transfer-learning tests and benchmarks:
pretrain on one set of kinds, fine-tune on another (other classes, other colours)."""
from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

KINDS = {
    "square": (220, 30, 30), "circle": (30, 30, 220), "triangle": (30, 180, 40),
    "cross": (230, 200, 20), "ring": (200, 40, 200), "bar": (20, 200, 210),
}


def _draw(d: ImageDraw.ImageDraw, kind: str, x: int, y: int, w: int, h: int) -> None:
    c = KINDS[kind]
    if kind == "square":
        d.rectangle([x, y, x + w, y + h], fill=c)
    elif kind == "circle":
        d.ellipse([x, y, x + w, y + h], fill=c)
    elif kind == "triangle":
        d.polygon([(x + w / 2, y), (x + w, y + h), (x, y + h)], fill=c)
    elif kind == "cross":
        d.rectangle([x + w * 0.35, y, x + w * 0.65, y + h], fill=c)
        d.rectangle([x, y + h * 0.35, x + w, y + h * 0.65], fill=c)
    elif kind == "ring":
        d.ellipse([x, y, x + w, y + h], outline=c, width=max(2, min(w, h) // 6))
    else:  # bar
        d.rectangle([x, y + h * 0.4, x + w, y + h * 0.6], fill=c)


def make_shapes_dataset(root: Path, kinds: list[str], n: int = 32, val: int = 8, seed: int = 0,
                        size: int = 96) -> Path:
    """An Ultralytics dataset of ``kinds`` (class i = kinds[i]) under ``root``; returns its data.yaml."""
    rng = np.random.default_rng(seed)
    for i in range(n):
        subset = "val" if i < val else "train"
        (root / "images" / subset).mkdir(parents=True, exist_ok=True)
        (root / "labels" / subset).mkdir(parents=True, exist_ok=True)
        im = Image.fromarray(rng.integers(90, 160, (size, size, 3), dtype=np.uint8))
        d = ImageDraw.Draw(im)
        lines = []
        for _ in range(int(rng.integers(1, 4))):
            cls = int(rng.integers(0, len(kinds)))
            w, h = (int(v) for v in rng.integers(size // 5, size // 2, 2))
            x, y = int(rng.integers(0, size - w)), int(rng.integers(0, size - h))
            _draw(d, kinds[cls], x, y, w, h)
            lines.append(f"{cls} {(x + w / 2) / size:.6f} {(y + h / 2) / size:.6f} {w / size:.6f} {h / size:.6f}")
        im.save(root / "images" / subset / f"img_{i:03d}.jpg", quality=92)
        (root / "labels" / subset / f"img_{i:03d}.txt").write_text("".join(line + "\n" for line in lines))
    data = root / "data.yaml"
    data.write_text(f"path: {root.resolve().as_posix()}\ntrain: images/train\nval: images/val\n"
                    + "names:\n" + "".join(f"  {i}: {k}\n" for i, k in enumerate(kinds)), encoding="utf-8")
    return data
