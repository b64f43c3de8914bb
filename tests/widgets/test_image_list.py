"""The image list: 10,000 rows, lazy statuses, filters, navigation in the filtered order."""

from PySide6.QtCore import Qt

from workbench.project import Status
from workbench.widgets.image_list import ImageListWidget, StatusRole


def make(qtbot, n=10):
    w = ImageListWidget()
    qtbot.addWidget(w)
    w.model.set_names([f"img{i}.jpg" for i in range(n)])
    return w


def test_ten_thousand_names_and_batched_status(qtbot):
    w = make(qtbot, 10_000)
    w.resize(240, 600)
    w.show()
    qtbot.waitExposed(w)                     # speed lives in benchmarks/bench_open_folder.py
    assert w.model.rowCount() == 10_000
    assert w.model.index(5).data(StatusRole) is None
    w.model.update([(i, Status.LABELED, frozenset({1})) for i in range(0, 10_000, 2)])
    assert w.model.index(4).data(StatusRole) == Status.LABELED
    assert "5000 labeled" in w.counts_label.text()


def test_filters_by_status_and_class(qtbot):
    w = make(qtbot)
    w.set_class_names(["cat", "dog"])
    w.model.update([(0, Status.LABELED, frozenset({0})), (1, Status.LABELED, frozenset({1})),
                    (2, Status.EMPTY, frozenset()), (3, Status.PROBLEM, frozenset())]
                   + [(i, Status.NOT_LABELED, frozenset()) for i in range(4, 10)])
    w.set_filter_index(w.filter_combo.findText("Not labeled"))
    assert w.visible_rows() == list(range(4, 10))
    w.set_filter_index(w.filter_combo.findText("Class: dog"))
    assert w.visible_rows() == [1]
    w.set_filter_index(w.filter_combo.findText("Problems"))
    assert w.visible_rows() == [3]
    w.set_filter_index(0)
    assert len(w.visible_rows()) == 10


def test_neighbour_follows_filtered_order(qtbot):
    w = make(qtbot)
    w.model.update([(i, Status.NOT_LABELED if i % 3 == 0 else Status.LABELED, frozenset()) for i in range(10)])
    w.set_filter_index(w.filter_combo.findText("Not labeled"))
    assert w.neighbour(3, 1) == 6 and w.neighbour(3, -1) == 0 and w.neighbour(9, 1) is None
    assert w.neighbour(4, 1) == 6  # current image filtered out: next visible one after it


def test_click_activates_source_row(qtbot):
    w = make(qtbot)
    w.resize(240, 400)
    w.show()
    qtbot.waitExposed(w)
    w.model.update([(i, Status.LABELED if i < 5 else Status.NOT_LABELED, frozenset()) for i in range(10)])
    w.set_filter_index(w.filter_combo.findText("Not labeled"))
    rect = w.view.visualRect(w.proxy.index(1, 0))
    with qtbot.waitSignal(w.image_activated) as sig:
        qtbot.mouseClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert sig.args == [6]


def test_arrow_keys_in_the_list_show_the_image(qtbot):
    w = make(qtbot)
    w.show()
    qtbot.waitExposed(w)
    w.select_row(2)  # the page highlighting the shown image emits nothing
    w.view.setFocus()
    with qtbot.waitSignal(w.image_activated) as sig:
        qtbot.keyClick(w.view, Qt.Key.Key_Down)
    assert sig.args == [3]
