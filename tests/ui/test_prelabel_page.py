"""Pre-label on the Label page: suggestions accepted, rejected and undone with real keys and clicks,
exact label lines on disk, and a real tiny model run through the page."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import tiny_dataset
from PIL import Image
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from workbench.inference import load_detector
from workbench.labels import Box, format_line
from workbench.inference.prelabel import suggest
from workbench.project import Project, Status
from workbench.settings import Settings
from workbench.ui.main_window import MainWindow

from page_helpers import open_window, wait_class_change, wait_image

CTRL = Qt.KeyboardModifier.ControlModifier
CAT = Box(0, 0.25, 0.25, 0.2, 0.2)     # (96,72)-(224,168) on 640x480
BIRD = Box(2, 0.75, 0.75, 0.2, 0.2)    # (416,312)-(544,408)


def line(b: Box) -> str:
    return format_line(b.cls, b.xc, b.yc, b.w, b.h) + "\n"


def click(canvas, x, y):
    p = canvas.mapFromScene(QPointF(x, y))
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p)


def key(page, k, mod=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(page.canvas, k, mod)


@pytest.fixture
def page(window):
    p = window.label_page
    p.set_suggestions(p.project.images[0], [(CAT, 0.9), BIRD])
    p.canvas.setFocus()
    return p


def test_suggestions_show_with_a_banner_and_write_nothing(page, folder):
    assert len(page.canvas.suggestions()) == 2 and page.canvas.boxes() == []
    assert "2 suggestions: Enter accepts the selected, Ctrl+Enter all" in page.banner.text()
    assert not page.actions["accept_suggestion"].isEnabled()
    page.step(1)
    page.step(-1)
    assert not (folder / "img1.txt").exists()
    assert page.project.status(0) == Status.NOT_LABELED
    assert len(page.canvas.suggestions()) == 2       # kept in memory while away
    combo = page.images.filter_combo
    combo.setCurrentIndex(combo.findText("Has suggestions"))
    assert page.images.visible_rows() == [0]
    assert page.images.model.suggested(0) == 2


def test_cancel_button_stops_the_job_quietly(window, folder, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox, QPushButton

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    page = window.label_page
    fake = tmp_path / "not a model.pt"
    fake.write_bytes(b"x")
    with qtbot.waitSignal(page.prelabel.finished, timeout=30_000) as sig:
        page.prelabel.run(fake, missing_classes="skip")
        page.prelabel._dialog.findChild(QPushButton).click()
    assert sig.args[0]["cancelled"] and shown == []
    assert not page.prelabel.running and page.prelabel.store.rows == {}
    with qtbot.waitSignal(page.prelabel.finished, timeout=30_000) as sig:   # not cancelled: the error, named
        page.prelabel.run(fake, missing_classes="skip")
    assert "not a model.pt" in sig.args[0]["error"] and "not a model.pt" in shown[0]


def test_click_then_enter_accepts_exact_line_on_disk(page, folder):
    click(page.canvas, 160, 120)
    assert page.canvas.selected_suggestion() == 0
    assert page.actions["accept_suggestion"].isEnabled() and not page.actions["delete"].isEnabled()
    key(page, Qt.Key.Key_Return)
    assert (folder / "img1.txt").read_text() == line(CAT)
    assert page.images.model.status(0) == Status.LABELED
    assert "1 suggestions" in page.banner.text()


def test_ctrl_enter_accepts_all(page, folder):
    key(page, Qt.Key.Key_Return, CTRL)
    assert (folder / "img1.txt").read_text() == line(CAT) + line(BIRD)
    assert page.canvas.suggestions() == [] and page.banner.isHidden()


def test_del_rejects_and_leaves_the_file_untouched(page, folder, qtbot):
    (folder / "img2.txt").write_text(line(CAT))
    click(page.canvas, 480, 360)
    key(page, Qt.Key.Key_Delete)
    assert [s.box for s in page.canvas.suggestions()] == [CAT]
    key(page, Qt.Key.Key_Delete, CTRL)
    assert page.canvas.suggestions() == []
    key(page, Qt.Key.Key_D)
    wait_image(qtbot, page)
    key(page, Qt.Key.Key_A)
    wait_image(qtbot, page)
    assert not (folder / "img1.txt").exists() and page.canvas.suggestions() == []
    assert page.project.status(0) == Status.NOT_LABELED
    # with a box selected, Del still deletes the box
    key(page, Qt.Key.Key_D)
    wait_image(qtbot, page)
    click(page.canvas, 160, 120)
    key(page, Qt.Key.Key_Delete)
    assert (folder / "img2.txt").read_text() == ""


def test_undo_of_an_accept_brings_the_suggestion_back(page, folder):
    click(page.canvas, 480, 360)
    key(page, Qt.Key.Key_Return)
    key(page, Qt.Key.Key_Return)
    assert (folder / "img1.txt").read_text() == line(BIRD) + line(CAT)
    key(page, Qt.Key.Key_Z, CTRL)
    assert (folder / "img1.txt").read_text() == line(BIRD)
    assert [s.box for s in page.canvas.suggestions()] == [CAT]
    key(page, Qt.Key.Key_Z, CTRL)
    # back to how it was opened: not labeled (no empty "checked, no objects" file)
    assert not (folder / "img1.txt").exists()
    assert page.images.model.status(0) == Status.NOT_LABELED
    assert {s.box for s in page.canvas.suggestions()} == {CAT, BIRD}
    key(page, Qt.Key.Key_Y, CTRL)
    assert (folder / "img1.txt").read_text() == line(BIRD)
    assert [s.box for s in page.canvas.suggestions()] == [CAT]


def test_rejected_suggestion_stays_gone_after_undo(page, folder):
    click(page.canvas, 480, 360)
    key(page, Qt.Key.Key_Return)                  # accept BIRD, CAT is selected next
    key(page, Qt.Key.Key_Delete)                  # reject CAT
    key(page, Qt.Key.Key_Z, CTRL)
    assert [s.box for s in page.canvas.suggestions()] == [BIRD]


def test_mark_empty_rejects_pending_suggestions(page, folder):
    key(page, Qt.Key.Key_E)
    assert (folder / "img1.txt").read_bytes() == b""
    assert page.canvas.suggestions() == []


def test_enter_in_the_class_name_box_still_adds_a_class(page, folder):
    page.classes.new_edit.setFocus()
    page.classes.new_edit.insert("fish")
    QTest.keyClick(page.classes.new_edit, Qt.Key.Key_Return)
    assert (folder / "classes.txt").read_text() == "cat\ndog\nbird\nfish\n"
    assert len(page.canvas.suggestions()) == 2 and not (folder / "img1.txt").exists()


def test_captured_image_arrives_with_suggestions(window, folder, qtbot):
    page = window.label_page
    (folder / "captures").mkdir()
    shot = folder / "captures" / "capture 截图.jpg"
    Image.new("RGB", (640, 480), (10, 200, 10)).save(shot)
    assert page.set_suggestions(shot, [BIRD])
    assert page.show_image_path(shot)
    wait_image(qtbot, page)
    assert page.images.model.rowCount() == 5
    assert [s.box for s in page.canvas.suggestions()] == [BIRD]
    assert page.images.model.status(4) == Status.NOT_LABELED
    key(page, Qt.Key.Key_Return, CTRL)
    assert (folder / "captures" / "capture 截图.txt").read_text() == line(BIRD)


def test_suggestions_persist_beside_the_project_not_in_label_files(page, folder, qtbot):
    page.leave_image()
    data = json.loads((folder / ".workbench" / "suggestions.json").read_text(encoding="utf-8"))
    assert list(data["images"]) == ["img1.jpg"] and len(data["images"]["img1.jpg"]) == 2
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.show()
    win.open_folder(folder)
    wait_image(qtbot, win.label_page)
    sugg = win.label_page.canvas.suggestions()
    assert [s.box for s in sugg] == [CAT, BIRD] and sugg[0].conf == pytest.approx(0.9)


def test_class_delete_renumbers_suggestions(page, folder, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.remove_class(0, None)
    wait_class_change(qtbot, page)             # the rewrite runs in a worker: wait for its end
    assert page.project.classes == ["dog", "bird"]
    assert [s.box.cls for s in page.canvas.suggestions()] == [1]


def test_menu_and_cheat_sheet_list_the_suggestion_keys(window):
    window.show_shortcuts()
    table = window._shortcuts.layout().itemAt(0).widget()
    keys = [table.item(r, 0).text() for r in range(table.rowCount())]
    for k in ("Return / Enter", "Ctrl+Return / Ctrl+Enter", "Del / Backspace", "Ctrl+Del"):
        assert k in keys


def test_model_dialog_warns_that_a_pt_file_runs_code(window, monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: asked.append(a[1]) or ("", ""))
    window.label_page.actions["prelabel"].trigger()
    assert "can run code" in asked[0] and "only open models you trust" in asked[0]
    assert not window.label_page.prelabel.running


# -- a real tiny model through the page ---------------------------------------------------------
@pytest.fixture(scope="module")
def model(tiny_model) -> Path:
    """The session's tiny trained model (tests/conftest.py)."""
    return tiny_model


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and ".workbench" not in p.parts}


def run_prelabel(qtbot, page, model, **kw) -> dict:
    with qtbot.waitSignal(page.prelabel.finished, timeout=120_000) as sig:
        page.prelabel.run(model, conf=0.001, **{"imgsz": 64, **kw})
    return sig.args[0]


@pytest.fixture
def shapes(tmp_path, qtbot):
    folder = tiny_dataset.make_project(tmp_path / "数据 集", n=6)
    for i in (1, 3, 4):
        (folder / f"img_{i:03d}.txt").unlink()       # not labeled yet
    (folder / "img_000.txt").write_text("")           # checked, no objects
    return folder, open_window(qtbot, folder).label_page


def test_prelabel_through_the_page_writes_nothing_until_accepted(shapes, model, qtbot):
    folder, page = shapes
    before = snapshot(folder)
    summary = run_prelabel(qtbot, page, model, imgsz=None)      # None: the size it was trained at (64)
    assert not summary["cancelled"] and summary["images"] == 3
    assert snapshot(folder) == before                 # no label file made, none touched
    expected = suggest(Project(folder), load_detector(model), conf=0.001, imgsz=64)
    got = {page.project.images[r]: [s.box for s in items] for r, items in page.prelabel.store.rows.items()}
    assert {p.name for p in got} <= {"img_001.jpg", "img_003.jpg", "img_004.jpg"}
    assert {p: len(b) for p, b in got.items()} == {p: len(b) for p, b in expected.items() if b}
    assert summary["suggestions"] == sum(map(len, expected.values())) > 0
    for row in (0, 2, 5):                             # labeled or checked: never given suggestions
        assert row not in page.prelabel.store.rows
    row = min(page.prelabel.store.rows)
    page.show_image(row)
    wait_image(qtbot, page)
    boxes = [s.box for s in page.canvas.suggestions()]
    assert boxes and "suggestions" in page.banner.text()
    assert page.images.model.status(row) == Status.NOT_LABELED
    page.canvas.setFocus()
    key(page, Qt.Key.Key_Return, CTRL)
    assert page.project.label_paths[row].read_text() == "".join(line(b) for b in boxes)
    assert page.images.model.status(row) == Status.LABELED


def test_model_classes_that_differ_are_mapped_by_name(shapes, model, qtbot):
    folder, page = shapes
    (folder / "classes.txt").write_text("circle\ncat\n")   # the model knows square and circle
    page.open_folder(folder)
    wait_image(qtbot, page)
    summary = run_prelabel(qtbot, page, model, missing_classes="skip")
    assert (folder / "classes.txt").read_text() == "circle\ncat\n"
    assert any("square" in r for r in summary["report"])
    assert all(s.box.cls == 0 for items in page.prelabel.store.rows.values() for s in items)
    summary = run_prelabel(qtbot, page, model, missing_classes="add")
    assert (folder / "classes.txt").read_text() == "circle\ncat\nsquare\n"
    assert {s.box.cls for items in page.prelabel.store.rows.values() for s in items} <= {0, 2}
