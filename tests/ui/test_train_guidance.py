"""The Train page's guidance with real files and real tiny training: what to expect (one click
applies it), the model manager (add a file, download from a local server, a failure message), and
after a zero-score run the reasons with their buttons, "Train N more epochs" included."""
from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from weights_server import NAME, serve

from tiny_dataset import make_dataset
from workbench.settings import Settings
from workbench.training import Finished
from workbench.training.weights import models_dir
from workbench.ui.train_page import TrainPage

TRAIN_TIMEOUT = 240_000


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    return make_dataset(tmp_path_factory.mktemp("proj") / "数据 集", n=16, val=4)


@pytest.fixture
def page(qtbot, dataset, tmp_path):
    p = TrainPage(Settings())
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    qtbot.waitExposed(p)
    p.set_runs_folder(str(tmp_path / "runs"))
    p.set_data(str(dataset))
    qtbot.waitUntil(lambda: p.lists_loaded() and p.guidance.summary_ready(), timeout=60_000)
    yield p
    if p.guidance.dialog is not None:
        p.guidance.dialog.reject()
        qtbot.waitUntil(lambda: p.guidance.dialog is None or not p.guidance.dialog.is_busy(), timeout=30_000)
    p.shutdown(60_000)


def click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_expectation_depends_on_the_model_and_one_click_applies_it(qtbot, page, tiny_model):
    box = page.guidance.expectation
    page.form.set_model("yolo11n.yaml")
    assert "From scratch" in box.text.text() and "12 photos" in box.text.text()
    assert box.models_btn.isVisible()
    click(qtbot, box.apply_btn)
    assert page.form.epochs.value() == 300 and page.form.imgsz.value() == 320
    page.form.set_model(str(tiny_model))
    assert "trained weights" in box.text.text() and not box.models_btn.isVisible()
    click(qtbot, box.apply_btn)
    assert page.form.epochs.value() == 50


def test_model_manager_adds_a_file_and_the_form_lists_it_at_once(qtbot, page, tiny_model, tmp_path):
    click(qtbot, page.guidance.models_btn)
    dialog = page.guidance.dialog
    qtbot.waitExposed(dialog)
    src = tmp_path / "同事" / "cards.pt"
    src.parent.mkdir()
    src.write_bytes(tiny_model.read_bytes())
    junk = tmp_path / "同事" / "junk.pt"
    junk.write_bytes(b"<html>not a model</html>")
    dialog.add_files([str(src), str(junk)])
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    assert "cards.pt" in dialog.model_names() and "junk.pt" not in dialog.model_names()
    assert "Not added" in dialog.status.text() and "junk.pt" in dialog.status.text()
    added = str((models_dir() / "cards.pt").resolve())
    qtbot.waitUntil(lambda: page.form.model.findData(added) >= 0, timeout=60_000)
    label = page.form.model.itemText(page.form.model.findData(added))
    assert label == "cards.pt (model folder)"
    row = dialog.model_names().index("cards.pt")
    assert dialog.table.item(row, 1).text() == "Workbench's model folder"


def test_model_manager_downloads_from_a_mirror_and_explains_a_failure(qtbot, page, tiny_model):
    dialog = page.guidance.open_models()
    qtbot.waitExposed(dialog)
    with serve() as srv:
        srv.payload = tiny_model.read_bytes()
        dialog.mirror.setText(srv.base)
        dialog.name.setCurrentIndex(dialog.name.findData(NAME))
        click(qtbot, dialog.download_btn)
        assert dialog.cancel_btn.isEnabled() and not dialog.download_btn.isEnabled()
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    assert "Downloaded and checked" in dialog.status.text(), dialog.status.text()
    assert NAME in dialog.model_names() and page.settings.weights_base_url == srv.base
    qtbot.waitUntil(lambda: page.form.model.findData(str((models_dir() / NAME).resolve())) >= 0, timeout=60_000)

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    dead = f"http://127.0.0.1:{s.getsockname()[1]}/m"
    s.close()
    dialog.mirror.setText(dead)
    dialog.name.setCurrentIndex(dialog.name.findData("yolov8n.pt"))
    click(qtbot, dialog.download_btn)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    text = dialog.status.text()
    assert f"{dead}/yolov8n.pt" in text and str(models_dir()) in text and "Download failed" in text
    assert dialog.download_btn.isEnabled() and not dialog.progress.isVisible()


@pytest.mark.slow
def test_a_zero_score_run_says_why_and_trains_more_epochs(qtbot, page):
    f = page.form
    f.set_model("yolo11n.yaml")
    f.epochs.setValue(1)
    f.imgsz.setValue(64)
    f.batch.setValue(8)
    f.device.setCurrentIndex(f.device.findData("cpu"))
    f.workers.setValue(0)
    f.plots.setChecked(False)
    f.name.setText("first")
    with qtbot.waitSignal(page.running_changed, timeout=5000, check_params_cb=lambda on: on):
        click(qtbot, page.train_btn)
    qtbot.waitUntil(lambda: not page.is_running(), timeout=TRAIN_TIMEOUT)
    first = page.last_result
    assert isinstance(first, Finished), getattr(first, "message", first)
    panel = page.guidance.diagnosis
    assert panel.isVisible() and page.tabs.currentWidget() is page.results
    texts = [b.text() for b in panel.buttons]
    assert "Train 299 more epochs" in texts and "Get pretrained weights..." in texts, texts
    label_more = [b for b in panel.buttons if b.text().startswith("Label more")]
    # a class never found with under 20 boxes gets "Label more" (after 1 epoch from scratch: all)
    assert label_more or all(pc["recall"] > 0 for pc in first.per_class)
    if label_more:
        with qtbot.waitSignal(page.label_class_requested) as sig:
            click(qtbot, label_more[0])
        assert sig.args[0] in ("square", "circle")
    with qtbot.waitSignal(panel.pretrained_requested):
        click(qtbot, next(b for b in panel.buttons if b.text() == "Get pretrained weights..."))
    page.guidance.dialog.reject()

    panel.more.setValue(1)
    with qtbot.waitSignal(page.running_changed, timeout=5000, check_params_cb=lambda on: on):
        click(qtbot, panel.continue_btn)
    qtbot.waitUntil(lambda: not page.is_running(), timeout=TRAIN_TIMEOUT)
    more = page.last_result
    assert isinstance(more, Finished), getattr(more, "message", more)
    assert Path(more.save_dir).name == "first-more" and Path(more.save_dir).parent == Path(first.save_dir).parent
    assert "last.pt" in (Path(more.save_dir) / "args.yaml").read_text(encoding="utf-8")
    assert page.plot.count() == 1

    # History: "Train more..." on any finished run asks how many epochs (cancelled here: no run)
    qtbot.waitUntil(lambda: page.history.table.rowCount() == 2)
    row = [r.name for r in page.history.runs].index("first")
    page.tabs.setCurrentWidget(page.history)
    page.history.select(row)
    asked = []

    def answer():
        dialog = QApplication.activeModalWidget()
        asked.append(dialog.labelText() if dialog is not None else "")
        if dialog is not None:
            dialog.reject()

    QTimer.singleShot(0, answer)
    click(qtbot, page.history.more_btn)
    assert asked and "first" in asked[0] and "last.pt" in asked[0] and not page.is_running()


def test_label_more_opens_the_label_page_filtered_to_the_class(qtbot, window):
    window.tabs.setCurrentWidget(window.train_page)
    window.train_page.label_class_requested.emit("dog")     # what a "Label more dog" button sends
    assert window.tabs.currentWidget() is window.label_page
    images = window.label_page.images
    assert images.filter_combo.currentData() == ("class", 1)
    assert "dog" in window.statusBar().currentMessage()


def test_every_advice_sentence_is_marked_for_translation_and_reads_in_chinese(qapp):
    import ast

    from PySide6.QtCore import QTranslator

    from workbench.app import RESOURCES
    from workbench.training import advice
    from workbench.widgets.advice_texts import TEMPLATES
    from workbench.widgets.train_advice import advice_text

    tree = ast.parse(Path(advice.__file__).read_text(encoding="utf-8"))
    core = {n.args[0].value for n in ast.walk(tree) if isinstance(n, ast.Call)
            and getattr(n.func, "id", None) == "Advice" and n.args and isinstance(n.args[0], ast.Constant)}
    assert core == set(TEMPLATES) and len(core) >= 10
    first = advice.diagnose({advice.MAP: 0.0}, [], "yolo11n.yaml", 5, None)[0]
    assert advice_text(first) == first.text and "295 more epochs" in first.text
    t = QTranslator()
    assert t.load("workbench_zh_CN", str(RESOURCES / "translations"))
    qapp.installTranslator(t)
    try:
        assert advice_text(first).startswith("mAP50-95 为 0.000：从零开始只训练 5 轮") and "295" in advice_text(first)
    finally:
        qapp.removeTranslator(t)


def test_a_chosen_file_that_would_run_code_is_named_in_the_banner(qtbot, page, tmp_path):
    import os

    import torch

    class Boom:
        def __reduce__(self):
            return (os.system, ("echo unsafe",))

    bad = tmp_path / "colleague_best.pt"
    torch.save({"model": Boom()}, bad)
    page.form.set_model(str(bad))                       # what "Choose a .pt file..." does
    assert page.banner.isVisible() and "would run code" in page.banner.text() and str(bad) in page.banner.text()
    page.form.set_model("yolo11n.yaml")
    assert not page.banner.isVisible()
