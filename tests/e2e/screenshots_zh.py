"""Screenshots of each page in Chinese under Xvfb (not a test: a driver for README pictures).

    Xvfb :97 -screen 0 1600x1000x24 &  DISPLAY=:97 QT_QPA_PLATFORM=xcb WORKBENCH_LANG=zh_CN \
        PYTHONPATH=. python tests/e2e/screenshots_zh.py OUT_DIR

Makes a generated project in OUT_DIR/project, walks Label -> Dataset (build) -> Train (a few tiny
epochs) -> Preview (image folder, a capture) and saves zh_label.png, zh_dataset.png, zh_train.png,
zh_preview.png, zh_shortcuts.png and zh_glossary.png in OUT_DIR.
"""
import os
import sys
from pathlib import Path

import cv2  # noqa: F401  (as in a user's session: cv2 and ultralytics before Qt)
import ultralytics  # noqa: F401

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("WORKBENCH_LANG", "zh_CN")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from tiny_dataset import make_project  # noqa: E402
from workbench.app import create_window  # noqa: E402


def spin(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait(cond, seconds: float) -> bool:
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end and not cond():
        spin(20)
    return cond()


def main(out: Path) -> None:
    folder = make_project(out / "project", 40)
    (folder / "img_007.txt").write_text("")          # one background photo
    (folder / "img_008.txt").unlink()                # one not labeled yet
    app, win = create_window(str(folder))
    win.resize(1366, 850)
    win.show()
    QTest.qWaitForWindowExposed(win)
    lp = win.label_page
    wait(lambda: lp._shown is not None and lp.images.model.counts().get(None, 0) == 0, 30)
    lp.canvas.select_box(0)
    lp.pick_class(1)
    spin(300)
    win.grab().save(str(out / "zh_label.png"))

    win.show_shortcuts()
    spin(400)
    win._shortcuts.grab().save(str(out / "zh_shortcuts.png"))
    win._shortcuts.close()
    win.show_glossary()
    spin(400)
    win._glossary.grab().save(str(out / "zh_glossary.png"))
    win._glossary.close()

    win.tabs.setCurrentWidget(win.dataset_page)
    dp = win.dataset_page
    wait(lambda: dp.report is not None and dp._check_worker is None, 60)
    built = []
    dp.dataset_built.connect(built.append)
    dp.start_build()
    wait(lambda: bool(built), 120)
    wait(lambda: dp.plan is not None, 20)
    spin(300)
    win.grab().save(str(out / "zh_dataset.png"))

    dp.train_btn.click()
    tp = win.train_page
    wait(tp.lists_loaded, 120)
    tp.form.set_values({"model": "yolo11n.yaml", "epochs": int(os.environ.get("LOOP_EPOCHS", 3)),
                        "imgsz": 64, "batch": 8, "workers": 0, "plots": True, "name": "zh"})
    tp.start()
    wait(lambda: tp.last_result is not None and not tp.is_running(), 600)
    tp.tabs.setCurrentWidget(tp.curves)
    spin(300)
    win.grab().save(str(out / "zh_train.png"))

    tp.preview_btn.click()
    pp = win.preview_page
    wait(lambda: pp.detector is not None, 120)
    pp.controls.set_conf(0.01)
    pp.open_source(str(folder))
    wait(lambda: pp.frame is not None, 60)
    pp.capture()
    wait(lambda: pp.label_btn.isVisible(), 30)
    spin(500)
    win.grab().save(str(out / "zh_preview.png"))
    win.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
