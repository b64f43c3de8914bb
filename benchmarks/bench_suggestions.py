"""Suggested boxes (pre-label) on the canvas: show 1,000 of them, hover over them, accept all.

Baseline, same run: the same work with 1,000 normal boxes (set_boxes, hover over boxes).
Goal: a hover step (hit-testing runs on every mouse move) within 4 ms; showing about as fast as boxes.
"""
from __future__ import annotations

import random
import sys

from _gui import jpeg_bytes  # noqa: E402  (sets up paths and the Qt platform)
from _common import median, report, timed  # noqa: E402


def main() -> int:
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QImage, QMouseEvent
    from PySide6.QtWidgets import QApplication

    from workbench.labels import Box
    from workbench.widgets.canvas import LabelCanvas
    from workbench.widgets.class_list import default_color

    app = QApplication.instance() or QApplication([])
    image = QImage.fromData(jpeg_bytes(1600, 1200))
    canvas = LabelCanvas()
    canvas.resize(1600, 1000)
    canvas.show()
    canvas.set_classes([f"class {i}" for i in range(10)], [default_color(i) for i in range(10)])
    canvas.set_image(1600, 1200, image)
    rng = random.Random(0)
    boxes = [Box(rng.randrange(10), rng.uniform(0.05, 0.95), rng.uniform(0.05, 0.95), 0.03, 0.04)
             for _ in range(1000)]
    sugg = [(b, rng.random()) for b in boxes]
    app.processEvents()
    vp = canvas.viewport()
    points = [canvas.mapFromScene(QPointF(rng.uniform(0, 1600), rng.uniform(0, 1200))) for _ in range(200)]

    def hover():
        for p in points:
            app.sendEvent(vp, QMouseEvent(QEvent.Type.MouseMove, QPointF(p), QPointF(vp.mapToGlobal(p)),
                                          Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                                          Qt.KeyboardModifier.NoModifier))

    def show_boxes():
        canvas.set_boxes(boxes)
        app.processEvents()

    def show_sugg():
        canvas.set_suggestions(sugg)
        app.processEvents()

    base_show = median(timed(show_boxes, 5))
    base_hover = median(timed(hover, 3)) / len(points)
    canvas.set_boxes([])
    show = median(timed(show_sugg, 5))
    hov = median(timed(hover, 3)) / len(points)

    def accept_all():
        canvas.set_boxes([])
        canvas.set_suggestions(sugg)
        canvas.accept_all_suggestions()
        app.processEvents()

    acc = median(timed(accept_all, 3))
    ok = report("show 1,000 suggestions", show, "show 1,000 boxes", base_show)
    ok &= report("hover step over 1,000 suggestions", hov, "hover step over 1,000 boxes", base_hover, 0.004)
    ok &= report("set + accept all of 1,000 suggestions", acc, "show 1,000 boxes", base_show)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
