"""Shared set-up for GUI benchmarks: an offscreen app, a main window, test photo folders."""
from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def scratch_dir(prefix: str) -> Path:
    """A new temporary folder, removed when the benchmark ends (photo caches live in CACHE instead)."""
    path = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if "WORKBENCH_CONFIG_DIR" not in os.environ:
    os.environ["WORKBENCH_CONFIG_DIR"] = str(scratch_dir("workbench-bench-cfg-"))
CACHE = Path(tempfile.gettempdir()) / "workbench-bench"


def jpeg_bytes(w: int, h: int, seed: int = 0) -> bytes:
    """A photo-like JPEG (smooth noise, so it compresses and decodes like a real photo)."""
    import cv2
    import numpy as np

    rng = np.random.default_rng(seed)
    small = rng.integers(0, 255, (h // 16 + 1, w // 16 + 1, 3), dtype=np.uint8)
    img = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    img = cv2.add(img, rng.integers(0, 24, (h, w, 3), dtype=np.uint8))
    return cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, 90])[1].tobytes()


def photo_folder(name: str, count: int, w: int, h: int, variants: int = 4) -> Path:
    """A folder of ``count`` JPEGs (cached between runs in the temp folder)."""
    folder = CACHE / name
    done = folder / ".complete"
    if done.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    blobs = [jpeg_bytes(w, h, s) for s in range(variants)]
    for i in range(count):
        (folder / f"IMG_{i:05d}.jpg").write_bytes(blobs[i % variants])
    done.write_text("")
    return folder


def window():
    from workbench.app import create_window

    app, win = create_window(None)
    win.resize(1600, 1000)
    win.show()
    app.processEvents()
    return app, win


def wait_until(app, cond, timeout=10.0) -> None:
    t = time.perf_counter()
    while not cond():
        app.processEvents()
        time.sleep(0.0005)
        if time.perf_counter() - t > timeout:
            raise TimeoutError("benchmark condition not reached")
