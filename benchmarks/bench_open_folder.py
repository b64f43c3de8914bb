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

    from PySide6.QtCore import QThreadPool

    def settle() -> None:
        # the previous open's background status scan finishes first: each round measures
        # the open a user does, not one fighting an earlier scan for the GIL (reported apart)
        QThreadPool.globalInstance().waitForDone()
        app.processEvents()

    def open_once() -> float:
        page.row = None
        t = time.perf_counter()
        win.open_folder(folder)
        wait_until(app, lambda: page._shown is not None)
        page.canvas.viewport().repaint()
        return time.perf_counter() - t

    ours, busy, base = [], [], []
    for _ in range(runs):
        settle()
        ours.append(open_once())
        assert page.images.model.rowCount() == 10_000
        busy.append(open_once())   # at once: the first open's status scan is still running
        page.open_folder(folder.parent / "open10k")  # same folder again next round
        t = time.perf_counter()
        names = sorted(os.listdir(folder))
        QImageReader(str(folder / names[0])).read()
        base.append(time.perf_counter() - t)
    ok = report("open 10,000-image folder to first image painted, median", median(ours),
                "listdir + decode first image", median(base), 0.3)
    report("the same while the previous open's status scan still runs, median", median(busy),
           "listdir + decode first image", median(base))
    win.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
