"""Helpers shared by the UI tests: open a folder in the main window, wait for an image, drag on the canvas."""
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest


def wait_image(qtbot, page):
    """Wait for the decode, then show at 100%: one screen pixel = one image pixel, so
    mouse positions map to exact image pixels."""
    qtbot.waitUntil(lambda: page._shown is not None, timeout=20000)
    page.canvas.zoom_to(1.0)
    QCoreApplication.processEvents()   # the zoom's pending layout (scroll bars): events, not time


def open_window(qtbot, folder, width=1200, height=800):
    """The main window, shown, with ``folder`` open and its first image at 100%."""
    from workbench.settings import Settings
    from workbench.ui.main_window import MainWindow

    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.resize(width, height)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_folder(folder)
    wait_image(qtbot, win.label_page)
    return win


def drag(qtbot, canvas, a, b, button=Qt.MouseButton.LeftButton):
    """A real press-move-release on the canvas between two image points."""
    vp = canvas.viewport()
    pa, pb = canvas.mapFromScene(*a), canvas.mapFromScene(*b)
    QTest.mousePress(vp, button, Qt.KeyboardModifier.NoModifier, pa)
    for k in range(1, 6):
        QTest.mouseMove(vp, pa + (pb - pa) * k / 5)
    QTest.mouseRelease(vp, button, Qt.KeyboardModifier.NoModifier, pb)


def wait_class_change(qtbot, page, timeout=10000):
    """Wait until the class delete/merge worker has finished and the page has caught up
    (its ``finished`` handlers ran): every label file and classes.txt are written by then."""
    from workbench.ui import background

    worker = page.class_ops.worker
    assert worker is not None, "no class change was started"
    qtbot.waitUntil(lambda: worker not in background._running, timeout=timeout)
