"""Class list, selected box and status bar stay in step; the optional class popup after each box."""
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workbench.widgets.class_picker import ClassPicker

from page_helpers import drag


def key(win, k, mod=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(win.label_page.canvas, k, mod)


def click_class(page, row):
    item = page.classes.list.item(row)
    QTest.mouseClick(page.classes.list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     page.classes.list.visualItemRect(item).center())


def test_digit_on_selected_box_moves_the_list_highlight(window, folder):
    page = window.label_page
    messages = []
    page.message.connect(messages.append)
    drag(None, page.canvas, (100, 100), (300, 200))
    assert page.classes.current() == 0 and "cat" in messages[-1]   # the status says what the box got
    key(window, Qt.Key.Key_3)
    assert (folder / "img1.txt").read_text().startswith("2 ")
    assert page.classes.current() == 2                               # the list follows the box
    assert "bird" in messages[-1]
    key(window, Qt.Key.Key_Escape)                                   # deselect: the highlight is for new boxes
    drag(None, page.canvas, (400, 300), (500, 400))
    assert (folder / "img1.txt").read_text().splitlines()[1].startswith("2 ")


def test_selecting_a_box_highlights_its_class_and_a_click_in_the_list_changes_it(window, folder):
    page = window.label_page
    key(window, Qt.Key.Key_2)
    drag(None, page.canvas, (100, 100), (300, 200))      # dog
    key(window, Qt.Key.Key_Escape)
    key(window, Qt.Key.Key_1)
    drag(None, page.canvas, (400, 300), (500, 400))      # cat, selected
    assert page.classes.current() == 0
    QTest.mouseClick(page.canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     page.canvas.mapFromScene(200, 150))  # select the dog box
    assert page.canvas.selected_index() == 0 and page.classes.current() == 1
    click_class(page, 2)
    assert (folder / "img1.txt").read_text().splitlines()[0].startswith("2 ")
    assert (folder / "img1.txt").read_text().splitlines()[1].startswith("0 ")


def _answer_popup(qtbot, keys: list):
    """Type into the class popup once it is open (it runs its own event loop)."""
    def run():
        popup = QApplication.activePopupWidget()
        if not isinstance(popup, ClassPicker):
            QTimer.singleShot(10, run)
            return
        for k in keys:
            if isinstance(k, str):
                QTest.keyClicks(popup.filter, k)
            else:
                QTest.keyClick(popup.filter, k)
    QTimer.singleShot(0, run)


def test_ask_class_popup_filters_and_enter_accepts(window, folder, qtbot):
    page = window.label_page
    page.actions["ask_class"].trigger()
    assert page.settings.ask_class
    _answer_popup(qtbot, ["bi", Qt.Key.Key_Return])
    drag(None, page.canvas, (100, 100), (300, 200))
    assert (folder / "img1.txt").read_text().startswith("2 ")
    assert page.classes.current() == 2
    assert page.history.can_undo and page.undo() is None
    assert not (folder / "img1.txt").exists()   # back to "not labeled yet", as before the box


def test_ask_class_popup_escape_drops_the_box(window, folder, qtbot):
    page = window.label_page
    page.actions["ask_class"].setChecked(True)
    _answer_popup(qtbot, [Qt.Key.Key_Down, Qt.Key.Key_Escape])
    drag(None, page.canvas, (100, 100), (300, 200))
    assert page.canvas.boxes() == []
    assert not (folder / "img1.txt").exists()
    assert not page.history.can_undo
    page.actions["ask_class"].setChecked(False)
    drag(None, page.canvas, (100, 100), (300, 200))      # off again: no popup, the highlighted class
    assert (folder / "img1.txt").read_text().startswith("0 ")
