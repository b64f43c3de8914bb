"""The Label page end to end in one process: real mouse and keys, real files on disk."""
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from workbench import labels
from workbench.project import Status
from workbench.settings import Settings
from workbench.ui.main_window import MainWindow

from page_helpers import drag, wait_class_change, wait_image

LINE = "0 0.312500 0.312500 0.312500 0.208333\n"


def key(win, k, mod=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(win.label_page.canvas, k, mod)


def test_drag_draws_box_saved_at_once(window, folder):
    page = window.label_page
    drag(None, page.canvas, (100, 100), (300, 200))
    assert (folder / "img1.txt").read_text() == LINE
    assert page.images.model.status(0) == Status.LABELED


def test_leaving_unlabeled_image_writes_nothing(window, folder, qtbot):
    key(window, Qt.Key.Key_D)
    wait_image(qtbot, window.label_page)
    assert window.label_page.row == 1
    assert not (folder / "img1.txt").exists()


def test_undo_redo_across_edits(window, folder):
    page = window.label_page
    drag(None, page.canvas, (100, 100), (300, 200))
    drag(None, page.canvas, (400, 300), (500, 400))
    assert len((folder / "img1.txt").read_text().splitlines()) == 2
    key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (folder / "img1.txt").read_text() == LINE
    key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not (folder / "img1.txt").exists()  # img1 had no label file: it has none again
    key(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert (folder / "img1.txt").read_text() == LINE
    key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len((folder / "img1.txt").read_text().splitlines()) == 2


def test_undo_of_the_first_box_leaves_no_label_file(window, folder):
    page = window.label_page
    assert not (folder / "img1.txt").exists()
    drag(None, page.canvas, (100, 100), (300, 200))
    assert (folder / "img1.txt").read_text() == LINE
    key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not (folder / "img1.txt").exists()   # not a 0-byte "checked, no objects" file
    assert page.images.model.status(0) == Status.NOT_LABELED
    assert page.project.status(0) == Status.NOT_LABELED
    key(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert (folder / "img1.txt").read_text() == LINE


def test_undo_of_mark_empty_leaves_no_label_file_and_keeps_an_existing_one(window, folder, qtbot):
    page = window.label_page
    key(window, Qt.Key.Key_E)
    assert (folder / "img1.txt").read_bytes() == b""
    key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not (folder / "img1.txt").exists()
    (folder / "img2.txt").write_text(LINE)        # a photo labeled before: undo never removes its file
    key(window, Qt.Key.Key_D)
    wait_image(qtbot, page)
    drag(None, page.canvas, (400, 300), (500, 400))
    key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (folder / "img2.txt").read_text() == LINE
    key(window, Qt.Key.Key_A)
    wait_image(qtbot, page)
    assert not (folder / "img1.txt").exists()     # leaving and coming back wrote nothing


def test_digit_picks_class_for_next_box_and_selected_box(window, folder):
    page = window.label_page
    key(window, Qt.Key.Key_2)
    drag(None, page.canvas, (100, 100), (300, 200))
    assert (folder / "img1.txt").read_text().startswith("1 ")
    key(window, Qt.Key.Key_3)  # the new box is selected: it becomes class 2
    assert (folder / "img1.txt").read_text().startswith("2 ")


def test_copy_boxes_from_previous_and_mark_empty(window, folder, qtbot):
    page = window.label_page
    drag(None, page.canvas, (100, 100), (300, 200))
    key(window, Qt.Key.Key_D)
    wait_image(qtbot, page)
    key(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert (folder / "img2.txt").read_text() == LINE
    key(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # no duplicates
    assert (folder / "img2.txt").read_text() == LINE
    key(window, Qt.Key.Key_E)  # refused: the image has boxes
    assert (folder / "img2.txt").read_text() == LINE
    key(window, Qt.Key.Key_D)
    wait_image(qtbot, page)
    key(window, Qt.Key.Key_E)
    assert (folder / "img3.txt").read_bytes() == b""
    assert page.images.model.status(2) == Status.EMPTY


def test_next_unlabeled_skips_labeled(window, folder, qtbot):
    (folder / "img2.txt").write_text(LINE)
    (folder / "img3.txt").write_text("")
    page = window.label_page
    page.project.set_status(1, Status.LABELED)
    page.project.set_status(2, Status.EMPTY)
    key(window, Qt.Key.Key_N)
    assert page.row == 3


def test_save_failure_keeps_edit_unsaved_and_says_so(window, folder, monkeypatch, qtbot):
    page = window.label_page

    def full_disk(path, data):
        raise labels.LabelWriteError(28, f"could not save {path}: No space left on device", str(path))

    monkeypatch.setattr(labels, "atomic_write_bytes", full_disk)
    drag(None, page.canvas, (100, 100), (300, 200))
    assert not (folder / "img1.txt").exists()
    assert "NOT SAVED" in page.banner.text() and "img1.txt" in page.banner.text()
    assert window.windowTitle().startswith("img1.jpg *")
    key(window, Qt.Key.Key_D)  # leaving keeps the edit in memory
    wait_image(qtbot, page)
    key(window, Qt.Key.Key_A)
    wait_image(qtbot, page)
    assert len(page.canvas.boxes()) == 1
    assert page.has_unsaved() == ["img1.jpg"]
    monkeypatch.undo()
    key(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert (folder / "img1.txt").read_text() == LINE
    assert page.has_unsaved() == [] and not window.windowTitle().startswith("img1.jpg *")


def test_problem_file_shown_with_line_and_kept(window, folder, qtbot):
    (folder / "img2.txt").write_text("0 0.5 0.5 0.2 0.2\n0,0.1,0.1,0.1,0.1\n9 0.5 0.5 0.1 0.1\n")
    page = window.label_page
    key(window, Qt.Key.Key_D)
    wait_image(qtbot, page)
    text = page.banner.text()
    assert "img2.txt:2" in text and "commas" in text and "img2.txt:3" in text and "not in classes.txt" in text
    drag(None, page.canvas, (10, 10), (60, 60))
    lines = (folder / "img2.txt").read_text().splitlines()
    assert lines[0] == "0 0.5 0.5 0.2 0.2" and lines[1] == "9 0.5 0.5 0.1 0.1"
    assert lines[-1] == "0,0.1,0.1,0.1,0.1" and len(lines) == 4


def test_duplicate_stem_image_is_read_only(qtbot, folder):
    from PIL import Image

    Image.new("RGB", (64, 64)).save(folder / "img1.png")
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.show()
    win.open_folder(folder)
    wait_image(qtbot, win.label_page)
    drag(None, win.label_page.canvas, (5, 5), (30, 30))
    assert "share one label file" in win.label_page.banner.text()
    assert not (folder / "img1.txt").exists()


def test_delete_class_rewrites_files_after_confirmation(window, folder, qtbot, monkeypatch):
    (folder / "img2.txt").write_text("0 0.5 0.5 0.2 0.2\n2 0.1 0.1 0.1 0.1\n")
    page = window.label_page
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    page.remove_class(0, None)
    wait_class_change(qtbot, page)              # the rewrite runs in a worker: wait for its end
    assert "1 boxes of this class will be deleted and 1 boxes of later classes renumbered, in 1 label files" in asked[0]
    assert page.project.classes == ["dog", "bird"]
    assert (folder / "img2.txt").read_text() == "1 0.100000 0.100000 0.100000 0.100000\n"
    assert (folder / "classes.txt").read_text() == "dog\nbird\n"


def test_delete_class_answered_no_changes_nothing(window, folder, monkeypatch):
    (folder / "img2.txt").write_text("0 0.5 0.5 0.2 0.2\n2 0.1 0.1 0.1 0.1\n")
    page = window.label_page
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.remove_class(0, None)
    assert page.class_ops.worker is None                 # no rewrite was started
    assert page.project.classes == ["cat", "dog", "bird"]
    assert (folder / "img2.txt").read_text() == "0 0.5 0.5 0.2 0.2\n2 0.1 0.1 0.1 0.1\n"
    assert (folder / "classes.txt").read_text() == "cat\ndog\nbird\n"


def test_add_rename_class_from_the_list(window, folder, qtbot):
    page = window.label_page
    page.classes.new_edit.insert("鱼")
    QTest.keyClick(page.classes.new_edit, Qt.Key.Key_Return)
    assert (folder / "classes.txt").read_text() == "cat\ndog\nbird\n鱼\n"
    assert page.classes.current() == 3
    page.rename_class(3, "fish")
    assert (folder / "classes.txt").read_text() == "cat\ndog\nbird\nfish\n"


def test_reopens_where_the_user_left_off(qtbot, folder):
    s = Settings()
    win = MainWindow(s)
    qtbot.addWidget(win)
    win.show()
    win.open_folder(folder)
    wait_image(qtbot, win.label_page)
    QTest.keyClick(win.label_page.canvas, Qt.Key.Key_D)
    QTest.keyClick(win.label_page.canvas, Qt.Key.Key_D)
    win.close()
    again = MainWindow(Settings.load())
    qtbot.addWidget(again)
    from workbench.app import first_folder

    again.open_folder(first_folder(None, Settings.load()))
    assert again.label_page.row == 2


def test_shortcuts_cheat_sheet_lists_every_action(window):
    window.show_shortcuts()
    table = window._shortcuts.layout().itemAt(0).widget()
    texts = [table.item(r, 0).text() for r in range(table.rowCount())]
    for k in ("A", "D", "W", "Ctrl+Z", "Ctrl+Y / Ctrl+Shift+Z", "Ctrl+V", "E", "N"):
        assert k in texts


def test_corrupt_photo_is_a_problem_in_the_list_and_on_screen(qtbot, folder):
    (folder / "img2.jpg").write_bytes(b"")
    (folder / "img3.jpg").write_bytes(b"\xff\xd8 not really a jpeg" * 20)
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.show()
    win.open_folder(folder)
    page = win.label_page
    wait_image(qtbot, page)
    qtbot.waitUntil(lambda: page.images.model.counts().get(None, 0) == 0, timeout=20000)
    assert page.images.model.status(1) == Status.PROBLEM and page.images.model.status(2) == Status.PROBLEM
    QTest.keyClick(page.canvas, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: "img2.jpg" in page.banner.text(), timeout=20000)
    assert page.images.model.status(1) == Status.PROBLEM  # opening it did not reset the status
    drag(None, page.canvas, (5, 5), (30, 30))
    assert not (folder / "img2.txt").exists()  # nothing to label on: read-only


def test_leaving_the_project_with_unsaved_boxes_asks_every_way(window, folder, monkeypatch, tmp_path, qtbot):
    """Open Folder, Open Recent, Import Labels and Quit all ask before edits the disk refused are lost."""
    from PIL import Image

    other = tmp_path / "other"
    other.mkdir()
    Image.new("RGB", (64, 64)).save(other / "x.jpg")
    window.settings.recent_folders.append(str(other))
    page = window.label_page

    def full_disk(path, data):
        raise labels.LabelWriteError(28, f"could not save {path}: No space left on device", str(path))

    monkeypatch.setattr(labels, "atomic_write_bytes", full_disk)
    drag(None, page.canvas, (100, 100), (300, 200))
    assert page.has_unsaved() == ["img1.jpg"]
    asked = []
    answer = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: asked.append(a[2]) or answer[0])

    assert not window.open_folder(other)                       # File > Open Folder
    window._fill_recent()
    recent = [a for a in window.recent_menu.actions() if a.text() == str(other)]
    recent[0].trigger()                                        # File > Open Recent
    window.import_labels()                                     # File > Import Labels (reopens the folder)
    assert len(asked) == 3 and all("img1.jpg" in q for q in asked)
    assert not hasattr(window, "_import_dialog")
    assert page.project.root == folder.resolve() and page.has_unsaved() == ["img1.jpg"]
    assert len(page.canvas.boxes()) == 1
    window.close()                                             # quitting still asks
    assert len(asked) == 4 and window.isVisible()

    answer[0] = QMessageBox.StandardButton.Discard
    assert window.open_folder(other)
    assert len(asked) == 5 and page.project.root == other.resolve() and page.has_unsaved() == []


def test_undo_back_to_the_start_puts_the_file_back_byte_for_byte(window, folder, qtbot):
    # a BOM, CRLF, a blank line, spaces and a line that is not a box: an edit rewrites them,
    # undo brings back the very bytes the file had
    original = b"\xef\xbb\xbf0 0.5 0.5 0.2 0.2  \r\n\r\n  1 0.25 0.25 0.1 0.1\r\nnot a box\r\n"
    (folder / "img2.txt").write_bytes(original)
    page = window.label_page
    key(window, Qt.Key.Key_D)
    wait_image(qtbot, page)
    drag(None, page.canvas, (400, 300), (500, 400))
    assert (folder / "img2.txt").read_bytes() != original
    key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (folder / "img2.txt").read_bytes() == original
    key(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert len(labels.read_label_file(folder / "img2.txt").boxes) == 3


def test_a_label_file_that_cannot_be_read_is_never_overwritten(window, folder, qtbot):
    (folder / "img2.txt").mkdir()          # exists, cannot be read as a file (root reads any file)
    page = window.label_page
    key(window, Qt.Key.Key_D)
    wait_image(qtbot, page)
    assert "Cannot read" in page.banner.text() and "img2.txt" in page.banner.text()
    drag(None, page.canvas, (400, 300), (500, 400))
    key(window, Qt.Key.Key_E)
    key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (folder / "img2.txt").is_dir() and page.has_unsaved() == []
