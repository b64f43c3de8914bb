"""Next image on 12 MP (4000x3000) JPEGs while stepping with D: key press to new image painted.

Two paces: a labeler's (0.4 s on each image) and D held down (key repeat, 30 per second).
Baseline, same run: a plain synchronous full decode of one such photo (what an app without
prefetch and scaled decoding pays on every step). Goal: median at most 20 ms.
"""
from __future__ import annotations

import sys
import time

from _gui import photo_folder, wait_until, window  # noqa: E402
from _common import median, p95, report, timed  # noqa: E402


def steps(app, win, n: int, pause_s: float, ready: list[bool] | None = None) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    page = win.label_page
    out = []
    for _ in range(n):
        t_end = time.perf_counter() + pause_s
        while time.perf_counter() < t_end:  # the user looks at the image; the app idles
            app.processEvents()
            time.sleep(0.001)
        row = page.row
        t = time.perf_counter()
        QTest.keyClick(page.canvas, Qt.Key.Key_D)
        page.canvas.viewport().repaint()
        out.append(time.perf_counter() - t)
        assert page.row == row + 1
        if ready is not None:
            ready.append(page._shown is not None)
    return out


def main() -> int:
    folder = photo_folder("12mp", 80, 4000, 3000)
    app, win = window()
    page = win.label_page
    win.open_folder(folder)
    page.show_image(0)
    wait_until(app, lambda: page._shown is not None)
    win.activateWindow()
    page.canvas.setFocus()
    labeler_ready: list[bool] = []
    held_ready: list[bool] = []
    labeler = steps(app, win, 30, 0.4, labeler_ready)
    held = steps(app, win, 40, 1 / 30, held_ready)
    from PySide6.QtGui import QImageReader

    first = str(folder / "IMG_00000.jpg")
    base = timed(lambda: QImageReader(first).read(), 5)
    ok = report("next image, 12 MP, labeler pace, median", median(labeler), "sync full decode", median(base), 0.020)
    report("next image, 12 MP, labeler pace, p95", p95(labeler), "sync full decode", median(base))
    report("next image, 12 MP, D held (30/s), median", median(held), "sync full decode", median(base))
    report("next image, 12 MP, D held (30/s), p95", p95(held), "sync full decode", median(base))
    print(f"photo already decoded when shown: labeler pace {sum(labeler_ready)}/{len(labeler_ready)}, "
          f"D held {sum(held_ready)}/{len(held_ready)} (otherwise it appears as soon as its decode ends)")
    win.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
