"""Every text a user sees goes through tr(): the whole loop in a pseudo-language.

Every translated text is wrapped in ``⟦…⟧`` (``PseudoTranslator``); the real main window then
checks a project with findings and advice and builds it, trains a tiny real model (with
Ultralytics' plots), previews it on a photo, and every page, menu, dialog and status message is
walked generically (``pseudo_translation.visible_texts``). Any English left outside the brackets
is a leak, apart from user data (paths, file names, numbers, class names) and the raw training
log. Texts added later by anyone are walked the same way.
"""
from __future__ import annotations

import json
import time

import pytest
from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from page_helpers import wait_image
from pseudo_translation import PseudoTranslator, leaks, leftover
from tiny_dataset import NAMES, make_project
from workbench.settings import Settings

pytestmark = [pytest.mark.slow]

# "triangle" has no box, "hexagon" one: the check advises about both, the split warns about hexagon
CLASSES = NAMES + ["triangle", "hexagon"]
# user data: the class names, the run's name, and a labelme shape type as the imported file spells it
USER_WORDS = CLASSES + ["pseudo", "point"]


def spin_until(cond, seconds: float) -> bool:
    """Wait with a real event loop (QTest.qWait holds the GIL and starves the training thread)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if cond():
            return True
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()
    return cond()


class DialogRecorder(QObject):
    """Records the texts of every message box or dialog that shows, and closes modal ones."""

    def __init__(self):
        super().__init__()
        self.seen: list = []

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Show and isinstance(obj, QDialog) and obj not in self.seen:
            self.seen.append(obj)
            if isinstance(obj, QMessageBox):
                QTimer.singleShot(0, obj.reject)
        return False


@pytest.fixture
def pseudo():
    app = QApplication.instance()
    t = PseudoTranslator()
    app.installTranslator(t)
    rec = DialogRecorder()
    app.installEventFilter(rec)
    yield rec
    app.removeEventFilter(rec)
    app.removeTranslator(t)


def project(tmp_path):
    folder = make_project(tmp_path / "照片 项目", n=16)
    (folder / "classes.txt").write_text("".join(c + "\n" for c in CLASSES))
    (folder / "img_000.txt").write_text("0 0.5 0.5 0.2\n")           # a line that is not a box
    (folder / "img_001.txt").unlink()                                 # not labeled yet
    with open(folder / "img_002.txt", "a") as f:
        f.write("3 0.5 0.5 0.1 0.1\n")                                   # the only hexagon
    return folder


def test_every_visible_text_is_translated(qtbot, tmp_path, pseudo, monkeypatch):
    from workbench.ui.main_window import MainWindow

    monkeypatch.setenv("YOLO_OFFLINE", "1")   # pretrained weights count as not downloadable, online or not

    folder = project(tmp_path)
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    status: list[tuple[str, str]] = []
    page_name = {}
    win.statusBar().messageChanged.connect(
        lambda m: status.append((page_name.get(id(win.tabs.currentWidget()), "Label"), m)))
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_folder(folder)
    wait_image(qtbot, win.label_page)
    lp, dp, tp, pp = win.label_page, win.dataset_page, win.train_page, win.preview_page
    for name, page in (("Label", lp), ("Dataset", dp), ("Train", tp), ("Preview", pp)):
        page_name[id(page)] = name
    found: dict[str, list[str]] = {}

    # Dataset: the check runs on show (findings and advice), then a build
    win.tabs.setCurrentWidget(dp)
    assert spin_until(lambda: dp.report is not None and dp._check_worker is None, 120)
    assert dp.report.findings and dp.report.advice
    built = []
    dp.dataset_built.connect(built.append)
    dp.start_build()
    assert spin_until(lambda: bool(built) and dp.plan is not None, 120)
    found["Dataset"] = leaks(dp, USER_WORDS)

    # Train: a tiny real run with Ultralytics' plots, after the background model check
    win.tabs.setCurrentWidget(tp)
    assert spin_until(tp.lists_loaded, 120)
    tp.form.set_values({"model": "yolo11n.yaml", "epochs": 1, "imgsz": 64, "batch": 8, "workers": 0,
                        "plots": True, "name": "pseudo"})
    assert tp.start()
    assert spin_until(lambda: tp.last_result is not None and not tp.is_running(), 400)
    assert type(tp.last_result).__name__ == "Finished", tp.last_result
    assert tp.results.images.count() > 0            # Ultralytics' plots are shown
    found["Train"] = leaks(tp, USER_WORDS, skip=[tp.log])
    best = str(tp.last_result.best)
    # a model that cannot be used offline: the form's note, then the run's failure
    tp.form.set_model("yolo11s.pt")
    assert tp.banner.isVisibleTo(tp)
    found["Train"] += leaks(tp.banner, USER_WORDS)
    assert tp.start()
    assert spin_until(lambda: tp.last_result is not None and not tp.is_running(), 60)
    assert type(tp.last_result).__name__ == "Failed"
    found["Train"] += leaks(tp, USER_WORDS, skip=[tp.log])

    # Preview: best.pt on one photo
    tp.open_in_preview.emit(best)
    assert spin_until(lambda: pp.detector is not None, 120)
    pp.open_source(str(folder / "img_002.jpg"))
    assert spin_until(lambda: pp.view.frame is not None, 60)
    found["Preview"] = leaks(pp, USER_WORDS)
    pp.stop()

    # Label page, the window's menus and tabs, the shortcuts and import dialogs
    win.tabs.setCurrentWidget(lp)
    found["Label"] = leaks(lp, USER_WORDS)
    found["Window"] = leaks(win, USER_WORDS, skip=[lp, dp, tp, pp])
    win.show_shortcuts()
    win.import_labels()      # a labelme file: one box converted, one shape skipped, one label file kept
    ann = tmp_path / "labelme"
    ann.mkdir()
    for stem, shapes in (("img_001", [("square", "rectangle", [[10, 10], [40, 40]]), ("square", "point", [[5, 5]])]),
                         ("img_003", [("circle", "rectangle", [[10, 10], [40, 40]])])):
        (ann / f"{stem}.json").write_text(json.dumps({
            "version": "5.4.1", "imagePath": f"../照片 项目/{stem}.jpg", "imageData": None, "imageHeight": 96,
            "imageWidth": 96, "shapes": [{"label": n, "shape_type": k, "points": p, "flags": {}} for n, k, p in shapes]}))
    dlg = win._import_dialog
    dlg.fmt.setCurrentIndex(dlg.fmt.findData("labelme"))
    dlg.src.setText(str(ann))
    assert dlg.start() is not None
    assert spin_until(lambda: dlg.worker is None, 60)
    assert "1" in dlg.report.toPlainText()
    found["Dialogs"] = [x for d in pseudo.seen for x in leaks(d, USER_WORDS)]
    for d in pseudo.seen:
        d.close()
    found["Status bar"] = sorted({f"{page}: {m!r}" for page, m in status if leftover(m, USER_WORDS)})

    counts = {page: len(items) for page, items in found.items()}
    print("pseudo-translation leaks per page:", counts)
    report = "\n".join(f"[{page}] {x}" for page, items in found.items() for x in items)
    assert sum(counts.values()) == 0, f"texts not translated ({counts}):\n{report}"
