"""A .pt that would run code, reached through the GUI: Train > History > Open in Preview and
pre-label ask first, and answering No leaves the code unrun; a real best.pt loads with no question."""
from __future__ import annotations

import shutil

import pytest
from evil_checkpoint import make_evil_checkpoint
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox



def put_run(runs, name, best_source=None, marker=None):
    """A run folder as Ultralytics leaves it: results.csv and weights/best.pt."""
    weights = runs / name / "weights"
    weights.mkdir(parents=True)
    (runs / name / "results.csv").write_text("epoch,metrics/mAP50-95(B)\n1,0.5\n")
    if best_source is not None:
        shutil.copy(best_source, weights / "best.pt")
    else:
        make_evil_checkpoint(weights / "best.pt", marker)
    return weights / "best.pt"


@pytest.fixture
def answers(monkeypatch):
    """Every question asked, answered No; every error box recorded instead of blocking."""
    asked, errors = [], []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: errors.append(a[2]))
    return asked, errors


def open_from_history(qtbot, window, runs, name):
    tp = window.train_page
    window.tabs.setCurrentWidget(tp)             # Train > History, as a user gets there
    tp.tabs.setCurrentWidget(tp.history)
    tp.set_runs_folder(str(runs))
    qtbot.waitUntil(lambda: tp.history.table.rowCount() > 0, timeout=10_000)
    row = [r.name for r in tp.history.runs].index(name)
    tp.history.select(row)
    qtbot.mouseClick(tp.history.preview_btn, Qt.MouseButton.LeftButton)


def test_history_preview_asks_before_a_best_pt_that_runs_code(qtbot, window, folder, tmp_path, answers):
    asked, _ = answers
    marker = tmp_path / "MARKER"
    put_run(folder / "runs", "shared", marker=marker)
    open_from_history(qtbot, window, folder / "runs", "shared")
    pp = window.preview_page
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=60_000)
    assert "would run code" in asked[0] and "best.pt" in asked[0]
    qtbot.waitUntil(lambda: "Cannot use this model" in pp.banner.text(), timeout=10_000)
    assert pp.detector is None and not marker.exists()


def test_history_preview_loads_a_real_best_pt_without_a_question(qtbot, window, folder, tiny_model, answers):
    asked, _ = answers
    put_run(folder / "runs", "mine", best_source=tiny_model)
    open_from_history(qtbot, window, folder / "runs", "mine")
    pp = window.preview_page
    qtbot.waitUntil(lambda: pp.detector is not None, timeout=60_000)
    assert pp.detector.names == {0: "square", 1: "circle"} and asked == []


def test_prelabel_asks_before_a_model_that_runs_code(qtbot, window, tmp_path, answers):
    asked, errors = answers
    marker = tmp_path / "MARKER"
    evil = make_evil_checkpoint(tmp_path / "downloads" / "great_model.pt", marker)
    page = window.label_page
    with qtbot.waitSignal(page.prelabel.finished, timeout=60_000) as sig:
        page.prelabel.run(evil, conf=0.25)
    assert "would run code" in sig.args[0]["error"]
    assert len(asked) == 1 and "great_model.pt" in asked[0] and len(errors) == 1
    assert not marker.exists() and not page.prelabel.running


@pytest.fixture
def train_page(qtbot, tmp_path):
    from tiny_dataset import make_dataset
    from workbench.settings import Settings
    from workbench.ui.train_page import TrainPage

    page = TrainPage(Settings())
    qtbot.addWidget(page)
    page.show()
    page.set_data(str(make_dataset(tmp_path / "数据 集", n=8, val=2)))
    f = page.form
    f.epochs.setValue(1)
    f.imgsz.setValue(64)
    f.device.setCurrentIndex(f.device.findData("cpu"))
    return page


def train_from(qtbot, page, model):
    page.form.set_model(str(model))                    # what "Choose a .pt file..." does
    with qtbot.waitSignal(page.running_changed, timeout=20_000, check_params_cb=lambda on: on):
        qtbot.mouseClick(page.train_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_running() and page.last_result is not None, timeout=120_000)


def test_train_asks_before_starting_from_a_model_that_runs_code_and_no_runs_nothing(qtbot, train_page, tmp_path,
                                                                                   answers):
    asked, _ = answers
    marker = tmp_path / "MARKER"
    evil = make_evil_checkpoint(tmp_path / "from a colleague" / "best.pt", marker)
    train_from(qtbot, train_page, evil)
    assert len(asked) == 1 and "would run code" in asked[0] and str(evil) in asked[0]
    assert train_page.last_result.untrusted == str(evil)
    assert "would run code" in train_page.banner.text()
    assert not marker.exists() and not train_page.is_running()   # No: nothing loaded, nothing started again


def test_train_starts_again_trusting_the_file_when_the_user_says_yes(qtbot, train_page, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    marker = tmp_path / "MARKER"
    evil = make_evil_checkpoint(tmp_path / "from a colleague" / "best.pt", marker)
    with qtbot.waitSignals([train_page.running_changed] * 3, timeout=120_000):   # on, off, and on again
        train_from(qtbot, train_page, evil)
    qtbot.waitUntil(lambda: not train_page.is_running(), timeout=120_000)
    assert len(asked) == 1
    # the second run loaded the file the ordinary way in the training process, as the user chose
    assert marker.read_text() == "code ran"
