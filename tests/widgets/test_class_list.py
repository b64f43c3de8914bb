from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from workbench.widgets.class_list import ClassListWidget, default_color


def test_add_by_typing_and_current_row(qtbot):
    w = ClassListWidget()
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.add_requested) as sig:
        w.new_edit.insert("  红色  苹果 ")  # QTest.keyClicks asserts on non-ASCII text
        qtbot.keyClick(w.new_edit, Qt.Key.Key_Return)
    assert sig.args == ["红色 苹果"]
    w.set_classes(["cat", "dog"], [default_color(0), QColor("blue")], counts=[3, 0])
    assert w.list.item(0).text() == "1  cat   (3)"
    with qtbot.waitSignal(w.current_changed) as sig:
        w.list.setCurrentRow(1)
    assert sig.args == [1]


def test_delete_emits_row(qtbot):
    w = ClassListWidget()
    qtbot.addWidget(w)
    w.set_classes(["cat", "dog"], [default_color(0), default_color(1)])
    w.set_current(1)
    with qtbot.waitSignal(w.delete_requested) as sig:
        qtbot.mouseClick(w.delete_btn, Qt.MouseButton.LeftButton)
    assert sig.args == [1]
