"""F1: the shortcuts window fits its texts, reads without menu markers, and Esc closes it."""
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from workbench.ui.shortcuts_dialog import ShortcutsDialog, plain_action_text


def test_menu_markers_are_stripped():
    assert plain_action_text("打开文件夹(&O)...") == "打开文件夹"
    assert plain_action_text("打开文件夹(&O)……") == "打开文件夹"
    assert plain_action_text("&Open Folder...") == "Open Folder"
    assert plain_action_text("Mark as &Background (No Objects)") == "Mark as Background (No Objects)"
    assert plain_action_text("Save && Quit") == "Save & Quit"


def test_f1_opens_a_fitted_dialog_that_escape_closes(window, qtbot):
    QTest.keyClick(window, Qt.Key.Key_F1)
    dlg = window._shortcuts
    assert isinstance(dlg, ShortcutsDialog) and dlg.parent() is window and not dlg.isModal()
    qtbot.waitExposed(dlg)
    t = dlg.table
    fm = t.fontMetrics()
    for r in range(t.rowCount()):
        for c in range(2):
            text = t.item(r, c).text()
            assert "&" not in text.replace("&&", "") and not text.endswith("...")
            assert fm.horizontalAdvance(text) <= t.columnWidth(c), (r, c, text)   # no clipped text
            assert t.rowHeight(r) >= fm.height()
            if c == 0:
                assert len(set(text.split(" / "))) == len(text.split(" / "))   # no key listed twice
    assert t.viewport().width() >= t.columnWidth(0) + t.columnWidth(1)
    QTest.keyClick(dlg, Qt.Key.Key_Escape)
    assert not dlg.isVisible()
