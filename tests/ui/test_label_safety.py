"""The Label page never loses or hides work: stray temp files, odd names, huge label files, bad photos."""
import os
import subprocess
import sys
import time

import pytest

from workbench.labels import TEMP_NAME
from workbench.settings import Settings
from workbench.ui.main_window import MainWindow

from killed_saves import NEW, OLD, SAVE_LOOP
from page_helpers import drag, open_window, wait_image


def temps(folder):
    return [n for n in os.listdir(folder) if TEMP_NAME.fullmatch(n)]


def kill_while_saving(folder, tries=30):
    """Kill a child that saves img1's labels in a loop the moment a temp file exists, until one
    kill leaves a temp file behind (a kill between the temp file and os.replace)."""
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    for _ in range(tries):
        proc = subprocess.Popen([sys.executable, "-c", SAVE_LOOP, str(folder), OLD, NEW], env=env,
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline() == "ready\n"
        deadline = time.monotonic() + 30
        while not temps(folder):        # the event waited on: a save is between its temp and its replace
            assert time.monotonic() < deadline and proc.poll() is None
        proc.kill()
        proc.wait()
        proc.stdout.close()
        assert (folder / "img1.txt").read_text() in (OLD, NEW)   # never torn
        if temps(folder):
            return
    pytest.fail(f"no kill of {tries} landed inside a save")


def test_temp_files_of_a_killed_save_are_removed_when_the_folder_opens(qtbot, folder):
    (folder / "img1.txt").write_text(OLD)
    kill_while_saving(folder)
    left = temps(folder)
    (folder / ".notes.txt.tmp").write_text("someone else's")       # not our pattern: kept
    (folder / ".img2.txt.abc.tmp").write_text("not ours either")
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.label_page.message, timeout=5000) as said:
        assert win.open_folder(folder)
    assert temps(folder) == []
    assert f"Removed {len(left)} temporary files" in said.args[0]
    assert (folder / "img1.txt").read_text() in (OLD, NEW)
    assert (folder / ".notes.txt.tmp").exists() and (folder / ".img2.txt.abc.tmp").exists()


def test_a_huge_label_file_is_shown_as_a_problem_without_loading_its_boxes(qtbot, folder):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from workbench.labels import MAX_LABEL_BYTES
    from workbench.project import Status

    big = b"0 0.500000 0.500000 0.200000 0.200000\n" * (MAX_LABEL_BYTES // 38 + 1)
    (folder / "img2.txt").write_bytes(big)
    win = open_window(qtbot, folder)
    page = win.label_page
    QTest.keyClick(page.canvas, Qt.Key.Key_D)     # before the limit: minutes and gigabytes
    wait_image(qtbot, page)
    assert page.row == 1 and page.canvas.boxes() == []
    assert "img2.txt" in page.banner.text() and " MB (" in page.banner.text()
    drag(None, page.canvas, (100, 100), (300, 200))  # read-only: nothing drawn, nothing written
    QTest.keyClick(page.canvas, Qt.Key.Key_E)
    QTest.keyClick(page.canvas, Qt.Key.Key_A)
    assert (folder / "img2.txt").read_bytes() == big
    assert page.project.status(1) == Status.PROBLEM and page.has_unsaved() == []


def _header_bomb_png(path, side=30000):
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b""))


def test_photos_the_check_blocks_are_problems_on_the_label_page_too(qtbot, folder):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from workbench.dataset import inspect_image
    from workbench.project import Status

    whole = (folder / "img2.jpg").read_bytes()
    (folder / "img2.jpg").write_bytes(whole[: len(whole) // 2])    # truncated JPEG
    _header_bomb_png(folder / "img3.png")                           # 30000 x 30000 header, a few bytes of data
    (folder / "img3.jpg").unlink()
    for name in ("img2.jpg", "img3.png"):
        assert inspect_image(folder / name)[3], name               # the check blocks both
    win = open_window(qtbot, folder)
    page = win.label_page
    model = page.images.model
    qtbot.waitUntil(lambda: model.status(1) == Status.PROBLEM and model.status(2) == Status.PROBLEM, timeout=10000)
    assert model.status(0) == Status.NOT_LABELED and model.status(3) == Status.NOT_LABELED
    for row, name, says in ((1, "img2.jpg", "truncated"), (2, "img3.png", "too large")):
        page.show_image(row)
        qtbot.waitUntil(lambda: says in page.banner.text(), timeout=5000)
        assert name in page.banner.text()
        drag(None, page.canvas, (5, 5), (30, 30))
        QTest.keyClick(page.canvas, Qt.Key.Key_E)
        assert not (folder / name).with_suffix(".txt").exists()    # not editable


def test_a_file_name_that_is_not_utf8_is_shown_labeled_and_remembered(qtbot, folder):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    raw = os.fsencode(folder) + b"/caf\xe9\xff.jpg"
    os.rename(folder / "img2.jpg", raw)
    win = open_window(qtbot, folder)                      # settings saved: was UnicodeEncodeError at start
    page = win.label_page
    assert page.images.model.data(page.images.model.index(0, 0)) == "caf\ufffd\ufffd.jpg"
    QTest.keyClick(page.canvas, Qt.Key.Key_D)
    wait_image(qtbot, page)
    QTest.keyClick(page.canvas, Qt.Key.Key_A)
    wait_image(qtbot, page)                               # decoded: was "... is not in the list"
    assert page.row == 0
    assert "caf\ufffd\ufffd.jpg" in win.windowTitle()
    drag(None, page.canvas, (100, 100), (300, 200))
    with open(raw[:-4] + b".txt", "rb") as f:             # saved beside it, by its exact name
        assert f.read() == b"0 0.312500 0.312500 0.312500 0.208333\n"
    assert page.has_unsaved() == []
    win.close()
    again = MainWindow(Settings.load())
    qtbot.addWidget(again)
    assert again.open_folder(folder)
    assert again.label_page.row == 0                      # the name came back from the settings file


def test_class_delete_cancelled_in_the_progress_dialog_changes_no_file(qtbot, folder, monkeypatch):
    import threading

    from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

    from workbench import labels

    (folder / "img2.txt").write_text("0 0.5 0.5 0.2 0.2\n2 0.1 0.1 0.1 0.1\n")
    (folder / "img3.txt").write_text("1 0.5 0.5 0.2 0.2\n")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    win = open_window(qtbot, folder)
    page = win.label_page
    said = []
    page.message.connect(said.append)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    entered, go_on = threading.Event(), threading.Event()
    real = labels.stage_bytes

    def held(path, data):   # the worker waits inside its first temp file until the user has clicked
        entered.set()
        assert go_on.wait(10)
        return real(path, data)

    monkeypatch.setattr(labels, "stage_bytes", held)
    page.remove_class(0, None)
    qtbot.waitUntil(entered.is_set, timeout=5000)
    page.findChild(QProgressDialog).findChild(QPushButton).click()   # the user's Cancel
    go_on.set()
    qtbot.waitUntil(lambda: any("cancelled" in m for m in said), timeout=5000)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert page.project.classes == ["cat", "dog", "bird"]


def test_a_finding_on_a_name_that_is_not_utf8_is_shown_and_opens_its_image(qtbot, folder):
    raw = os.fsencode(folder) + b"/caf\xe9\xff.jpg"
    os.rename(folder / "img2.jpg", raw)
    with open(raw[:-4] + b".txt", "w") as f:
        f.write("9 0.5 0.5 0.2 0.2\n")                    # class 9 of 3: a finding on this file
    win = open_window(qtbot, folder)
    dp = win.dataset_page
    win.tabs.setCurrentWidget(dp)
    dp.start_check()
    qtbot.waitUntil(lambda: dp.report is not None and dp._check_worker is None, timeout=20000)
    table = dp.findings
    row = next(r for r in range(table.count()) if os.fsencode(table.finding(r).file).endswith(b"caf\xe9\xff.txt"))
    assert table.model().data(table.model().index(row, 0)) == "caf\ufffd\ufffd.txt"
    win.label_page.show_image(3)
    table.activate_row(row)                               # a double-click on the finding
    assert win.tabs.currentWidget() is win.label_page and win.label_page.row == 0
