"""Open a folder of 10,000 JPEGs (640x480): list populated and first image painted.

Baseline, same run: the least any app must do: list the folder and decode the first image.
Goal: at most 0.3 s.
"""
from __future__ import annotations

import os
import sys
import time

from _gui import photo_folder, wait_until, window  # noqa: E402  (sets up paths and Qt platform)
from _common import median, report  # noqa: E402


def main(runs: int = 5) -> int:
    folder = photo_folder("open10k", 10_000, 640, 480)
    app, win = window()
    page = win.label_page
    from PySide6.QtGui import QImageReader

    ours, base = [], []
    for _ in range(runs):
        page.row = None
        t = time.perf_counter()
        win.open_folder(folder)
        wait_until(app, lambda: page._shown is not None)
        page.canvas.viewport().repaint()
        ours.append(time.perf_counter() - t)
        assert page.images.model.rowCount() == 10_000
        page.open_folder(folder.parent / "open10k")  # same folder again next round
        t = time.perf_counter()
        names = sorted(os.listdir(folder))
        QImageReader(str(folder / names[0])).read()
        base.append(time.perf_counter() - t)
    ok = report("open 10,000-image folder to first image painted, median", median(ours),
                "listdir + decode first image", median(base), 0.3)
    win.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
