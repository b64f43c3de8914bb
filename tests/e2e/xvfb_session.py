"""Driver run by test_xvfb_app.py in its own process under Xvfb (xcb platform).

Imports cv2 and ultralytics *before* Qt, as a user's session that trained a model would,
then starts the real app window, draws boxes with real mouse events, switches images with
the keyboard and quits through the window. Prints a JSON report on the last line.
"""
import json
import time
import sys

import cv2  # noqa: F401  (sets QT_QPA_PLATFORM_PLUGIN_PATH to its own plugins)
import ultralytics  # noqa: F401

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from workbench.app import create_window


def drag(view, a, b):
    vp = view.viewport()
    pa, pb = view.mapFromScene(*a), view.mapFromScene(*b)
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pa)
    for k in range(1, 6):
        QTest.mouseMove(vp, pa + (pb - pa) * k / 5)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pb)


def settle(app, page):
    """Wait for the image on screen (the event, with a generous ceiling), then show it at 100%
    and run the posted events until the view stops moving (the zoom's layout: scroll bars)."""
    end = time.monotonic() + 60
    while page._shown is None:
        if time.monotonic() > end:
            raise SystemExit("the image never appeared on the Label page")
        app.processEvents()
        page.loader.wait(10)
    view = page.canvas
    view.zoom_to(1.0)         # one screen pixel = one image pixel: exact coordinates
    before = None
    for _ in range(1000):     # a few passes in practice; the ceiling only guards a view that never rests
        app.processEvents()
        now = (view.viewport().size(), view.horizontalScrollBar().value(), view.verticalScrollBar().value(),
               view.mapFromScene(0, 0))
        if now == before:
            return
        before = now
    raise SystemExit("the Label page's view never came to rest after zooming")


def main(folder: str, shot: str) -> None:
    app, win = create_window(folder)
    win.show()
    QTest.qWaitForWindowExposed(win, 60000)
    win.activateWindow()  # no window manager on Xvfb: shortcuts need an active window
    if not QTest.qWaitForWindowActive(win, 60000):
        raise SystemExit("window never became active")
    page = win.label_page
    settle(app, page)
    canvas = page.canvas
    canvas.setFocus()
    page.pick_class(1)
    drag(canvas, (100, 100), (300, 200))       # image 0: one box of class 1
    QTest.keyClick(canvas, Qt.Key.Key_D)       # next image (saves image 0)
    settle(app, page)
    drag(canvas, (10, 20), (50, 60))
    page.pick_class(0)                          # digit on a selected box changes its class
    QTest.keyClick(canvas, Qt.Key.Key_A)       # back
    settle(app, page)
    QTest.keyClick(canvas, Qt.Key.Key_D)
    settle(app, page)
    win.grab().save(shot)
    report = {"platform": app.platformName(), "row": page.row, "title": win.windowTitle()}
    win.close()
    print(json.dumps(report))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
