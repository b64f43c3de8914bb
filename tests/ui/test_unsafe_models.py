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
