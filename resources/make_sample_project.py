"""Regenerate ``resources/sample_project/``: the small labeling project the app opens first.

Run from the repository root with the project's venv (needs ultralytics, numpy, opencv-python):

    .venv/bin/python resources/make_sample_project.py

What it makes (LabelImg style: each label file beside its image, classes.txt in the same folder):

- ``bus.jpg``, ``zidane.jpg``: the two photos shipped with ultralytics, at most 960 px on the long
  side, labeled by hand (boxes were read off the originals; normalized coordinates survive resizing).
- ``shapes_01.jpg``, ``样例 图片.jpg``: generated circles and squares, labeled from the drawing itself.
- ``shapes_02.jpg``: generated, deliberately left unlabeled (no .txt).
- ``shapes_03.jpg``: generated with no circle or square, "checked, no objects" (empty .txt).

The output is deterministic (fixed seed), so rerunning it gives the same labels.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import cv2
import numpy as np

OUT = Path(__file__).resolve().parent / "sample_project"
CLASSES = ["person", "bus", "circle", "square"]
PERSON, BUS, CIRCLE, SQUARE = range(4)
MAX_SIDE = 960
JPEG_QUALITY = 85
SIZE = (640, 480)  # generated images: width, height

# Hand-read boxes on the original ultralytics photos, pixels (x1, y1, x2, y2).
PHOTO_BOXES = {
    "bus.jpg": ((810, 1080), [
        (BUS, 12, 228, 805, 722),
        (PERSON, 48, 398, 245, 902),    # beige coat
        (PERSON, 222, 405, 345, 858),   # black coat
        (PERSON, 668, 480, 810, 878),   # cut off at the right edge
        (PERSON, 0, 555, 78, 875),      # cut off at the left edge
    ]),
    "zidane.jpg": ((1280, 720), [
        (PERSON, 122, 200, 1150, 720),  # pointing, arm across the frame
        (PERSON, 748, 42, 1140, 720),
    ]),
}


def yolo_line(cls: int, x1: float, y1: float, x2: float, y2: float, w: int, h: int) -> str:
    """One YOLO label line, normalized, 6 decimals (the format workbench.labels writes)."""
    x1, x2 = max(0.0, x1), min(float(w), x2)
    y1, y2 = max(0.0, y1), min(float(h), y2)
    xc, yc = (x1 + x2) / 2 / w, (y1 + y2) / 2 / h
    return f"{cls} {xc:.6f} {yc:.6f} {(x2 - x1) / w:.6f} {(y2 - y1) / h:.6f}"


def write_jpeg(path: Path, image: np.ndarray) -> None:
    """Unicode-safe JPEG write (cv2.imwrite cannot take non-ASCII paths on Windows)."""
    ok, buf = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, JPEG_QUALITY])
    if not ok:
        raise RuntimeError(f"could not encode {path}")
    path.write_bytes(buf.tobytes())


def write_labels(path: Path, lines: list[str]) -> None:
    """LF endings, one line per box, an empty file for 'checked, no objects'."""
    path.write_bytes("".join(line + "\n" for line in lines).encode("utf-8"))


def textured_background(rng: np.random.Generator, base: tuple[int, int, int]) -> np.ndarray:
    """A smooth gradient plus low-frequency blotches: looks like a surface, compresses small."""
    w, h = SIZE
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    img = np.empty((h, w, 3), np.float32)
    for c in range(3):
        img[..., c] = base[c] + 30 * np.sin(xx / rng.uniform(60, 140) + rng.uniform(0, 6)) \
            + 25 * np.cos(yy / rng.uniform(50, 120) + rng.uniform(0, 6))
    noise = rng.normal(0, 1, (h // 16, w // 16, 1)).astype(np.float32)
    noise = cv2.resize(noise, (w, h), interpolation=cv2.INTER_CUBIC)[..., None]
    img += 18 * noise
    fine = rng.normal(0, 4, (h, w, 1)).astype(np.float32)
    img = cv2.GaussianBlur(img + fine, (3, 3), 0)
    return np.clip(img, 0, 255).astype(np.uint8)


def draw_shapes(img: np.ndarray, rng: np.random.Generator, n_circles: int, n_squares: int,
                n_triangles: int = 0) -> list[str]:
    """Draw non-overlapping shapes; return the YOLO lines of the circles and squares."""
    h, w = img.shape[:2]
    taken: list[tuple[int, int, int, int]] = []
    lines: list[str] = []
    kinds = [CIRCLE] * n_circles + [SQUARE] * n_squares + [-1] * n_triangles
    for kind in kinds:
        for _ in range(500):
            size = int(rng.integers(50, 130))
            x1 = int(rng.integers(10, w - size - 10))
            y1 = int(rng.integers(10, h - size - 10))
            box = (x1, y1, x1 + size, y1 + size)
            if all(box[2] + 8 < t[0] or t[2] + 8 < box[0] or box[3] + 8 < t[1] or t[3] + 8 < box[1]
                   for t in taken):
                break
        else:
            raise RuntimeError("no room for another shape")
        taken.append(box)
        color = tuple(int(c) for c in rng.integers(0, 256, 3))
        x1, y1, x2, y2 = box
        if kind == CIRCLE:
            r = size // 2
            cv2.circle(img, (x1 + r, y1 + r), r, color, -1, cv2.LINE_AA)
            cv2.circle(img, (x1 + r, y1 + r), r, (20, 20, 20), 2, cv2.LINE_AA)
            # the drawn disc spans x1 .. x1 + 2r (+1 pixel row/col)
            lines.append(yolo_line(CIRCLE, x1, y1, x1 + 2 * r + 1, y1 + 2 * r + 1, w, h))
        elif kind == SQUARE:
            cv2.rectangle(img, (x1, y1), (x2, y2), color, -1)
            cv2.rectangle(img, (x1, y1), (x2, y2), (20, 20, 20), 2)
            lines.append(yolo_line(SQUARE, x1, y1, x2 + 1, y2 + 1, w, h))
        else:  # a distractor that is not in the class list
            pts = np.array([[x1 + size // 2, y1], [x1, y2], [x2, y2]], np.int32)
            cv2.fillPoly(img, [pts], color, cv2.LINE_AA)
    return lines


def main() -> None:
    import ultralytics

    assets = Path(ultralytics.__file__).resolve().parent / "assets"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    (OUT / "classes.txt").write_bytes("".join(c + "\n" for c in CLASSES).encode("utf-8"))

    for name, ((ow, oh), boxes) in PHOTO_BOXES.items():
        src = assets / name
        img = cv2.imdecode(np.fromfile(src, np.uint8), cv2.IMREAD_COLOR)
        if img is None or img.shape[:2] != (oh, ow):
            raise RuntimeError(f"{src}: expected a {ow}x{oh} photo, found "
                               f"{None if img is None else img.shape[1::-1]}")
        scale = min(1.0, MAX_SIDE / max(ow, oh))
        if scale < 1.0:
            img = cv2.resize(img, (round(ow * scale), round(oh * scale)), interpolation=cv2.INTER_AREA)
        write_jpeg(OUT / name, img)
        write_labels(OUT / (Path(name).stem + ".txt"),
                     [yolo_line(c, x1, y1, x2, y2, ow, oh) for c, x1, y1, x2, y2 in boxes])

    rng = np.random.default_rng(20240601)
    generated = [
        # name, background colour (BGR), circles, squares, triangles, label?
        ("shapes_01.jpg", (150, 170, 140), 2, 2, 0, "labels"),
        ("shapes_02.jpg", (120, 140, 180), 1, 2, 1, "unlabeled"),
        ("shapes_03.jpg", (170, 150, 120), 0, 0, 2, "empty"),
        ("样例 图片.jpg", (140, 150, 160), 2, 1, 1, "labels"),
    ]
    for name, base, nc, ns, nt, mode in generated:
        img = textured_background(rng, base)
        lines = draw_shapes(img, rng, nc, ns, nt)
        write_jpeg(OUT / name, img)
        if mode == "labels":
            write_labels(OUT / (Path(name).stem + ".txt"), lines)
        elif mode == "empty":
            write_labels(OUT / (Path(name).stem + ".txt"), [])

    total = sum(p.stat().st_size for p in OUT.iterdir())
    print(f"wrote {len(list(OUT.iterdir()))} files, {total / 1024:.0f} KiB, to {OUT}")


if __name__ == "__main__":
    main()
