"""Driver run by test_xvfb_loop.py in its own process under Xvfb (xcb platform): the whole loop.

cv2 and ultralytics are imported before Qt, as in a user's session. The real main window opens a
generated project, the Dataset page checks and builds it, "Train on it" hands data.yaml to the
Train page, a one-epoch training runs in its QThread, "Open in Preview" runs best.pt on the
project's photos. A screenshot of each page is saved; the last line printed is a JSON report.
"""
import json
import os
import sys
import time
from pathlib import Path

import cv2  # noqa: F401  (sets QT_QPA_PLATFORM_PLUGIN_PATH to its own plugins)
import ultralytics  # noqa: F401

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtTest import QTest

from workbench.app import create_window


def spin(ms: int) -> None:
    """Run the event loop for ``ms`` as app.exec() does. (QTest.qWait keeps the GIL while it
    waits: the training and model-loading threads would then hardly run.)"""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait(app, cond, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if cond():
            return True
        spin(20)
    return cond()


def main(folder: str, shots: str) -> None:
    out = Path(shots)
    app, win = create_window(folder)
    win.resize(1366, 850)
    win.show()
    QTest.qWaitForWindowExposed(win, 60000)
    report = {"platform": app.platformName()}

    # Dataset: the page checks on show; Build; "Train on it"
    win.tabs.setCurrentWidget(win.dataset_page)
    dp = win.dataset_page
    report["checked"] = wait(app, lambda: dp.report is not None and dp._check_worker is None, 60)
    report["blocking"] = len(dp.report.blocking) if dp.report else -1
    built = []
    dp.dataset_built.connect(built.append)
    dp.start_build()
    report["built"] = wait(app, lambda: bool(built), 120)
    wait(app, lambda: dp.plan is not None, 10)
    spin(300)
    win.grab().save(str(out / "dataset.png"))
    dp.train_requested.emit(built[0])
    report["tab_after_train_on"] = win.tabs.currentWidget() is win.train_page

    # Train: one tiny epoch from a model yaml (no weights can be downloaded)
    tp = win.train_page
    wait(app, tp.lists_loaded, 120)
    # LOOP_EPOCHS / LOOP_IMGSZ: a longer run for README pictures (the test keeps 2 epochs at 64 px)
    tp.form.set_values({"model": "yolo11n.yaml", "epochs": int(os.environ.get("LOOP_EPOCHS", 2)),
                        "imgsz": int(os.environ.get("LOOP_IMGSZ", 64)), "batch": 8, "workers": 0,
                        "plots": True, "name": "e2e"})
    report["started"] = tp.start()
    report["finished"] = wait(app, lambda: tp.last_result is not None and not tp.is_running(),
                              float(os.environ.get("LOOP_TRAIN_TIMEOUT", 300)))
    res = tp.last_result
    report["result"] = type(res).__name__
    report["best"] = str(getattr(res, "best", "") or "")
    report["plot_points"] = tp.plot.count() if tp.plot is not None else 0
    spin(300)
    win.grab().save(str(out / "train.png"))

    # Preview: best.pt on the project's photos
    tp.open_in_preview.emit(report["best"])
    pp = win.preview_page
    report["tab_after_preview"] = win.tabs.currentWidget() is pp
    wait(app, lambda: pp.detector is not None, 120)
    report["backend"] = getattr(pp.detector, "backend", "")
    pp.open_source(folder)
    report["frames"] = wait(app, lambda: pp.view.frame is not None, 60)
    spin(500)
    win.grab().save(str(out / "preview.png"))
    win.tabs.setCurrentWidget(win.label_page)
    spin(300)
    win.grab().save(str(out / "label.png"))
    win.close()
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
