"""The Train page with real (tiny) Ultralytics training: curves, progress, results, stop, pause and
resume, a failure and the run after it, history comparison, and a fast start-up."""
from __future__ import annotations

import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from tiny_dataset import make_dataset
from workbench.settings import Settings
from workbench.training import Failed, Finished
from workbench.ui.train_page import TrainPage

TRAIN_TIMEOUT = 240_000


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    root = tmp_path_factory.mktemp("proj") / "数据 集"
    return make_dataset(root, n=16, val=4)


@pytest.fixture
def page(qtbot, dataset, tmp_path):
    p = TrainPage(Settings())
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    qtbot.waitExposed(p)
    p.set_data(str(dataset))
    p.set_runs_folder(str(tmp_path / "运行 runs"))
    qtbot.waitUntil(p.lists_loaded, timeout=60_000)
    tiny(p, epochs=2)
    yield p
    p.shutdown(60_000)


def tiny(page: TrainPage, epochs: int, name: str = "train") -> None:
    f = page.form
    f.set_model("yolo11n.yaml")
    f.epochs.setValue(epochs)
    f.imgsz.setValue(64)
    f.batch.setValue(8)
    f.device.setCurrentIndex(f.device.findData("cpu"))
    f.workers.setValue(0)
    f.plots.setChecked(False)
    f.name.setText(name)


def train(qtbot, page: TrainPage, button=None):
    with qtbot.waitSignal(page.running_changed, timeout=20000, check_params_cb=lambda on: on):
        qtbot.mouseClick(button or page.train_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_running(), timeout=TRAIN_TIMEOUT)
    return page.last_result


def test_constructing_the_page_imports_no_heavy_module():
    code = ("import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]);"
            "from workbench.settings import Settings; from workbench.ui.train_page import TrainPage;"
            "p = TrainPage(Settings());"
            "print(sorted(m for m in ('torch', 'ultralytics', 'pyqtgraph', 'superqt', 'cv2') if m in sys.modules))")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         cwd=Path(__file__).resolve().parents[2], timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


SHOW_PAGE = """
import sys
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from workbench.settings import Settings
from workbench.ui.train_page import TrainPage

if __name__ == "__main__":
    app = QApplication([])
    page = TrainPage(Settings())
    page.set_data(sys.argv[1])
    loop = QEventLoop()
    page.lists_ready.connect(loop.quit)
    QTimer.singleShot(120_000, loop.quit)          # a ceiling only: the lists end the wait
    page.show()                                    # showing it fills the model and device lists
    loop.exec()
    names = [page.form.model.itemData(i) for i in range(page.form.model.count())]
    print(page.lists_loaded(), "yolo11n.pt" in names, sorted(m for m in ("torch", "ultralytics") if m in sys.modules))
"""


def test_showing_the_page_fills_the_lists_without_torch_in_the_window(dataset, tmp_path):
    """The lists need torch (checking each .pt, the GPUs): a child process finds them, so the window
    is never held by torch's import (up to 467 ms measured when a thread of the app imported it)."""
    script = tmp_path / "show_page.py"
    script.write_text(SHOW_PAGE, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", YOLO_OFFLINE="1")
    out = subprocess.run([sys.executable, str(script), str(dataset)], capture_output=True, text=True, env=env,
                         cwd=Path(__file__).resolve().parents[2], timeout=240)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[-2] == "True True []", out.stdout + out.stderr


def test_form_gives_train_settings_and_remembers_values(qtbot, dataset, tmp_path):
    settings = Settings()
    p = TrainPage(settings)
    qtbot.addWidget(p)
    assert p.plot is None                               # built on first show only
    f = p.form
    assert not f.advanced.isVisible() and f.plots.isChecked()
    f.set_model("yolo11n.yaml")
    f.epochs.setValue(7)
    f.freeze.setValue(3)
    f.lr0.setValue(0.02)
    f.cos_lr.setChecked(True)
    s = f.train_settings(str(dataset), str(tmp_path))
    assert (s.model, s.epochs, s.freeze, s.batch, s.workers) == ("yolo11n.yaml", 7, 3, -1, None)
    assert s.extra["lr0"] == pytest.approx(0.02) and s.extra["cos_lr"] is True and s.extra["cache"] == "auto"
    # a previous run's best.pt to fine-tune from is offered in the box
    pt = tmp_path / "上次 run" / "best.pt"
    f.set_model(str(pt))
    assert f.model_name() == str(pt)
    # defaults of the page: runs beside the dataset
    p.set_data(str(dataset))
    assert Path(p.runs_folder()) == dataset.resolve().parent.parent / "runs"
    f.set_model("yolo11n.yaml")
    p._remember_form()                                  # what pressing Train does before it starts
    # remembered in the settings file: a new page from the settings read back from disk shows them
    again = TrainPage(Settings.load())
    qtbot.addWidget(again)
    g = again.form
    assert (g.epochs.value(), g.freeze.value(), g.cos_lr.isChecked()) == (7, 3, True)
    assert g.lr0.value() == pytest.approx(0.02) and g.model_name() == "yolo11n.yaml"
    assert Settings.load().train_form == settings.train_form != {}


def test_real_training_plots_each_epoch_and_shows_results(qtbot, page):
    ticks = []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    assert page.form.model.count() > 2                  # model_choices() filled the box
    result = train(qtbot, page)
    timer.stop()
    assert isinstance(result, Finished), getattr(result, "message", result)
    assert not result.stopped and not result.paused
    plot = page.plot
    assert plot.count() == 2
    for key in ("train/box_loss", "train/cls_loss", "val/box_loss", "metrics/mAP50-95(B)"):
        x, y = plot.series(key)
        assert list(x) == [1.0, 2.0]
        assert all(math.isfinite(v) for v in y), (key, y)
    assert page.total_bar.value() == 100 and page.epoch_bar.value() == 100
    assert page.results.best.endswith("best.pt") and Path(page.results.best).is_file()
    assert "best.pt" in page.results.summary.text()
    assert page.results.table.rowCount() >= 1
    assert page.log.toPlainText().strip()                # Ultralytics' own lines
    assert len(ticks) >= 10                             # the GUI thread kept running its timers
    assert page.history.table.rowCount() == 1
    with qtbot.waitSignal(page.open_in_preview) as sig:
        qtbot.mouseClick(page.results.preview_btn, Qt.MouseButton.LeftButton)
    assert sig.args == [page.results.best]
    assert page.preview_btn.isVisibleTo(page)           # the next step of the loop, beside the progress
    with qtbot.waitSignal(page.open_in_preview) as sig:
        qtbot.mouseClick(page.preview_btn, Qt.MouseButton.LeftButton)
    assert sig.args == [page.results.best]
    log = page.log.toPlainText()
    assert "✅" not in log and "❌" not in log          # emoji the UI fonts lack are shown as text
    assert page.train_btn.isEnabled()


def test_saved_plots_are_shown_in_results(qtbot, page):
    tiny(page, epochs=1)
    page.form.plots.setChecked(True)
    result = train(qtbot, page)
    assert isinstance(result, Finished), getattr(result, "message", result)
    names = page.results.plot_names()
    assert names[:3] == ["Losses and metrics per epoch", "Confusion matrix (normalized)", "Confusion matrix"]
    assert "Precision-recall curve" in names
    table = page.results.table
    assert table.item(0, 1).text() == str(4)       # the "all classes" row counts the 4 val images
    assert page.tabs.currentWidget() is page.results


def test_stop_ends_the_thread_cleanly(qtbot, page):
    tiny(page, epochs=50)
    with qtbot.waitSignal(page.running_changed, timeout=20000):
        qtbot.mouseClick(page.train_btn, Qt.MouseButton.LeftButton)
    assert page.is_running() and not page.train_btn.isEnabled() and page.stop_btn.isEnabled()
    qtbot.waitSignal(page.trainer.batch, timeout=TRAIN_TIMEOUT).wait()
    qtbot.mouseClick(page.stop_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_running(), timeout=TRAIN_TIMEOUT)
    result = page.last_result
    assert isinstance(result, Finished) and result.stopped
    assert page.trainer._thread is None and page.train_btn.isEnabled()
    assert page.plot.count() < 50


def test_a_phase_shows_within_3_s_and_before_the_first_batch_then_progress_with_eta(qtbot, page):
    import time

    from workbench.training import Phase

    tiny(page, epochs=2)
    batches, phases = [], []
    page.trainer.batch.connect(batches.append)
    page.trainer.phase.connect(phases.append)
    # a text sent by the training process itself, not only the page's own "starting" line
    shown = {page.phase_text(Phase(name)) for name in ("import", "model")}
    t = time.perf_counter()
    qtbot.mouseClick(page.train_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text() in shown, timeout=3000)
    assert time.perf_counter() - t <= 3.0 and not batches
    qtbot.waitUntil(lambda: bool(batches), timeout=TRAIN_TIMEOUT)
    names = [p.name for p in phases]
    assert names[:5] == ["process", "import", "model", "dataset", "first_batch"]
    assert "labeled images" in page.phase_text(phases[3]) and "16" in page.phase_text(phases[3])
    assert math.isfinite(batches[0].eta_seconds) and batches[0].epoch == 1
    qtbot.waitUntil(lambda: bool(page.eta_label.text()), timeout=TRAIN_TIMEOUT)   # ETA in the first epoch
    qtbot.waitUntil(lambda: not page.is_running(), timeout=TRAIN_TIMEOUT)
    assert isinstance(page.last_result, Finished)


def test_stop_reaches_an_idle_page_within_3_s_with_loadable_weights(qtbot, page):
    import time

    from ultralytics import YOLO

    tiny(page, epochs=50)          # imgsz 64: the batch in progress is short; bench_training.py times 320
    phases = []
    page.trainer.phase.connect(lambda ev: phases.append(ev.name))
    with qtbot.waitSignal(page.running_changed, timeout=5000):
        qtbot.mouseClick(page.train_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.plot.count() >= 1, timeout=TRAIN_TIMEOUT)     # an epoch is saved
    qtbot.waitSignal(page.trainer.batch, timeout=TRAIN_TIMEOUT).wait()       # in the middle of the next
    t = time.perf_counter()
    qtbot.mouseClick(page.stop_btn, Qt.MouseButton.LeftButton)
    epochs_at_click = page.plot.count()
    assert page.status.text() == "Stopping after this batch..."
    qtbot.waitUntil(lambda: not page.is_running(), timeout=TRAIN_TIMEOUT)
    seconds = time.perf_counter() - t
    result = page.last_result
    assert isinstance(result, Finished) and result.stopped, getattr(result, "message", result)
    # no final validation of best.pt, and at most the epoch that was ending when the click came
    assert "final" not in phases and page.plot.count() <= epochs_at_click + 1
    assert seconds <= 3.0, f"Stop took {seconds:.1f} s"
    assert page.train_btn.isEnabled() and not page.stop_btn.isEnabled()
    for weights in (result.best, result.last):
        assert YOLO(str(weights)).names == {0: "square", 1: "circle"}
    # the skipped final validation, on demand
    assert page.results.validate_btn.isVisible() and page.results.table.rowCount() == 1
    qtbot.mouseClick(page.results.validate_btn, Qt.MouseButton.LeftButton)
    assert not page.results.validate_btn.isEnabled()
    qtbot.waitUntil(lambda: not page.is_validating(), timeout=TRAIN_TIMEOUT)
    assert page.results.table.rowCount() == 3                                # all classes + one row each
    assert [page.results.table.item(r, 0).text() for r in (1, 2)] == ["square", "circle"]
    assert not page.results.validate_btn.isVisible()


def test_pause_then_resume_continues_at_the_right_epoch(qtbot, page):
    tiny(page, epochs=3)
    with qtbot.waitSignal(page.running_changed, timeout=20000):
        qtbot.mouseClick(page.train_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.plot.count() >= 1, timeout=TRAIN_TIMEOUT)
    qtbot.mouseClick(page.pause_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_running(), timeout=TRAIN_TIMEOUT)
    paused = page.last_result
    assert isinstance(paused, Finished) and paused.paused and paused.last.is_file()
    assert page.resume_btn.isEnabled()
    assert page.history.runs[0].resumable           # a crashed run is resumed from the history the same way
    done_before = page.plot.count()
    assert 1 <= done_before < 3
    started = []
    page.trainer.started.connect(started.append)
    result = train(qtbot, page, page.resume_btn)
    assert isinstance(result, Finished) and not result.paused, getattr(result, "message", result)
    assert started and started[0].start_epoch == done_before
    assert result.save_dir == paused.save_dir
    x, _y = page.plot.series("metrics/mAP50-95(B)")
    assert list(x) == [1.0, 2.0, 3.0]
    assert page.total_bar.value() == 100


def test_broken_data_yaml_shows_a_message_and_the_next_run_works(qtbot, page, dataset, tmp_path):
    broken = tmp_path / "坏的" / "data.yaml"
    broken.parent.mkdir()
    broken.write_text("path: ./nowhere\ntrain: images/train\nval: images/val\nnames: {0: a}\n", encoding="utf-8")
    page.set_data(str(broken))
    tiny(page, epochs=1)
    result = train(qtbot, page)
    assert isinstance(result, Failed)
    assert page.banner.isVisible() and page.banner.text() == result.message
    assert page.train_btn.isEnabled() and page.trainer._thread is None
    page.set_data(str(dataset))
    assert not page.banner.isVisible()
    result = train(qtbot, page)
    assert isinstance(result, Finished), getattr(result, "message", result)
    assert page.plot.count() == 1


def test_an_unavailable_model_says_why_and_the_run_ends_with_that_message(qtbot, page):
    page.form.set_model("yolo11n.pt")               # no weights on disk, no internet in tests
    assert page.banner.isVisible() and "yolo11n.yaml" in page.banner.text()
    result = train(qtbot, page)
    assert isinstance(result, Failed) and "yolo11n.yaml" in result.message
    assert page.banner.text() == result.message and page.train_btn.isEnabled()


def test_missing_data_yaml_is_refused_in_the_page(qtbot, page, tmp_path):
    page.set_data(str(tmp_path / "gone" / "data.yaml"))
    qtbot.mouseClick(page.train_btn, Qt.MouseButton.LeftButton)
    assert not page.is_running()
    assert page.banner.isVisible() and "data.yaml" in page.banner.text()


def test_history_overlays_two_runs(qtbot, page):
    tiny(page, epochs=1, name="first")
    assert isinstance(train(qtbot, page), Finished)
    tiny(page, epochs=2, name="second")
    assert isinstance(train(qtbot, page), Finished)
    h = page.history
    assert h.table.rowCount() == 2
    h.select(0, 1)
    assert h.compare_btn.isEnabled() and not h.show_btn.isEnabled()
    qtbot.mouseClick(h.compare_btn, Qt.MouseButton.LeftButton)
    counts = {page.plot.count(), page.plot.overlay_count()}
    assert counts == {1, 2}
    h.select(0)
    qtbot.mouseClick(h.show_btn, Qt.MouseButton.LeftButton)
    assert page.plot.overlay_count() == 0 and page.plot.count() in (1, 2)


def test_shutdown_pauses_a_running_training(qtbot, page):
    tiny(page, epochs=50)
    with qtbot.waitSignal(page.running_changed, timeout=20000):
        qtbot.mouseClick(page.train_btn, Qt.MouseButton.LeftButton)
    qtbot.waitSignal(page.trainer.batch, timeout=TRAIN_TIMEOUT).wait()
    assert page.shutdown(TRAIN_TIMEOUT)
    assert not page.is_running()
