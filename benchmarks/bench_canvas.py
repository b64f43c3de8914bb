"""1,000 boxes on a 12 MP photo: repaint at fit and at 100%, dragging a box, zooming.

Baseline, same run: the same repaint with no boxes (what the photo alone costs).
Goal (smooth): a drag step, the thing a labeler does most, within 16 ms (60 frames/s).
"""
from __future__ import annotations

import random
import sys
import time

from _gui import jpeg_bytes  # noqa: E402  (sets up paths and the Qt platform)
from _common import median, report, timed  # noqa: E402


def main() -> int:
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QImage, QMouseEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from workbench.labels import Box
    from workbench.widgets.canvas import LabelCanvas
    from workbench.widgets.class_list import default_color

    app = QApplication.instance() or QApplication([])
    image = QImage.fromData(jpeg_bytes(4000, 3000))
    preview = image.scaled(1600, 1200)
    canvas = LabelCanvas()
    canvas.resize(1600, 1000)
    canvas.show()
    canvas.set_classes([f"class {i}" for i in range(10)], [default_color(i) for i in range(10)])
    canvas.set_image(4000, 3000, preview)
    canvas.set_full_image(image)
    rng = random.Random(0)
    boxes = [Box(rng.randrange(10), rng.uniform(0.05, 0.95), rng.uniform(0.05, 0.95), 0.03, 0.04)
             for _ in range(1000)]
    app.processEvents()
    vp = canvas.viewport()
    empty_fit = median(timed(vp.repaint, 20))
    t = time.perf_counter()
    canvas.set_boxes(boxes)
    set_boxes = time.perf_counter() - t
    fit = median(timed(vp.repaint, 20))
    canvas.zoom_to(1.0)
    app.processEvents()
    full = median(timed(vp.repaint, 20))
    canvas.zoom_to(0.5)
    app.processEvents()
    big = Box(0, 0.5, 0.5, 0.1, 0.1)
    canvas.set_boxes(boxes + [big])
    app.processEvents()
    x1, y1, x2, y2 = big.to_pixels(4000, 3000)
    start = canvas.mapFromScene(QPointF((x1 + x2) / 2, (y1 + y2) / 2))
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    moves = []
    for k in range(1, 41):
        pos = QPointF(start + type(start)(k * 3, k * 2))
        ev = QMouseEvent(QEvent.Type.MouseMove, pos, QPointF(vp.mapToGlobal(pos)), Qt.MouseButton.NoButton,
                         Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        t = time.perf_counter()
        QApplication.sendEvent(vp, ev)
        app.processEvents()  # the view repaints what changed, as during a real drag
        moves.append(time.perf_counter() - t)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + type(start)(120, 80))
    zooms = timed(lambda: (canvas.zoom_in(), vp.repaint()), 6)
    ok = report("drag a box among 1,000 (move + paint of what changed), median", median(moves), "repaint, no boxes, fit",
                empty_fit, 0.016)
    report("repaint 1,000 boxes at fit", fit, "repaint, no boxes, fit", empty_fit)
    report("repaint 1,000 boxes at 100%", full, "repaint, no boxes, fit", empty_fit)
    report("zoom step + repaint, median", median(zooms), "repaint, no boxes, fit", empty_fit)
    report("set_boxes(1,000)", set_boxes, "repaint, no boxes, fit", empty_fit)
    assert canvas.boxes() != boxes + [big], "the drag did not move a box"
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
