"""Suggested (dashed) boxes on the LabelCanvas: real mouse clicks and keys on its viewport."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workbench.labels import Box, format_line

from canvas_helpers import H, W, make_canvas
from workbench.widgets.suggestion_item import Suggestion, SuggestionItem

L = Qt.MouseButton.LeftButton
NOMOD = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CAT = Box(0, 0.25, 0.25, 0.2, 0.2)     # (96,72)-(224,168)
DOG = Box(1, 0.75, 0.75, 0.2, 0.2)     # (416,312)-(544,408)


@pytest.fixture
def canvas(qtbot):
    c = make_canvas(qtbot)
    c.setFocus()
    return c


def vp(c, x, y):
    return c.mapFromScene(QPointF(x, y))


def click(c, x, y):
    p = vp(c, x, y)
    QTest.mousePress(c.viewport(), L, NOMOD, p)
    QTest.mouseRelease(c.viewport(), L, NOMOD, p)


def drag(c, a, b, steps=4):
    p, q = vp(c, *a), vp(c, *b)
    v = c.viewport()
    QTest.mousePress(v, L, NOMOD, p)
    for i in range(1, steps + 1):
        pos = p + (q - p) * i / steps
        QApplication.sendEvent(v, QMouseEvent(QEvent.Type.MouseMove, QPointF(pos), QPointF(v.mapToGlobal(pos)),
                                              Qt.MouseButton.NoButton, L, NOMOD))
    QTest.mouseRelease(v, L, NOMOD, q)


def line(b: Box) -> str:
    return format_line(b.cls, b.xc, b.yc, b.w, b.h)


def counter(signal):
    calls = []
    signal.connect(lambda *a: calls.append(a))
    return calls


def test_suggestions_are_shown_apart_from_boxes(canvas):
    mine = Box(1, 0.5, 0.5, 0.1, 0.1)
    canvas.set_boxes([mine])
    changed, sugg = counter(canvas.boxes_changed), counter(canvas.suggestions_changed)
    canvas.set_suggestions([(CAT, 0.87), DOG])
    assert canvas.boxes() == [mine]
    assert [s.box for s in canvas.suggestions()] == [CAT, DOG]
    assert canvas.suggestions()[0].conf == pytest.approx(0.87) and canvas.suggestions()[1].conf is None
    items = [it for it in canvas.scene().items() if isinstance(it, SuggestionItem)]
    assert len(items) == 2
    assert all(it.pen().style() == Qt.PenStyle.DashLine for it in items)
    texts = sorted(it._text.text() for it in items)
    assert texts == ["cat 0.87", "dog"]
    assert changed == [] and sugg == []


def test_click_selects_a_suggestion_and_enter_accepts_it(canvas):
    canvas.set_suggestions([CAT, DOG])
    changed, kinds = counter(canvas.boxes_changed), counter(canvas.suggestions_changed)
    click(canvas, 160, 120)
    assert canvas.selected_suggestion() == 0 and canvas.selected_index() == -1
    assert canvas.boxes() == []                      # selecting is not accepting
    QTest.keyClick(canvas, Qt.Key.Key_Return)
    assert [line(b) for b in canvas.boxes()] == ["0 0.250000 0.250000 0.200000 0.200000"]
    assert changed == [()] and kinds == [("accepted",)]
    assert [s.box for s in canvas.suggestions()] == [DOG]
    assert canvas.selected_suggestion() == 0        # the next one, for Enter, Enter...
    QTest.keyClick(canvas, Qt.Key.Key_Enter)
    assert canvas.boxes() == [CAT, DOG] and canvas.suggestions() == []
    assert canvas.selected_index() == 1              # after the last: the new box, ready to adjust


def test_ctrl_enter_accepts_all_in_one_edit(canvas):
    mine = Box(1, 0.5, 0.5, 0.1, 0.1)
    canvas.set_boxes([mine])
    canvas.set_suggestions([CAT, DOG])
    changed = counter(canvas.boxes_changed)
    QTest.keyClick(canvas, Qt.Key.Key_Return, CTRL)
    assert canvas.boxes() == [mine, CAT, DOG] and canvas.suggestions() == []
    assert len(changed) == 1


def test_del_rejects_selected_and_ctrl_del_all_without_an_edit(canvas):
    mine = Box(1, 0.5, 0.5, 0.1, 0.1)
    canvas.set_boxes([mine])
    canvas.set_suggestions([CAT, DOG, Box(0, 0.1, 0.9, 0.05, 0.05)])
    changed, kinds = counter(canvas.boxes_changed), counter(canvas.suggestions_changed)
    click(canvas, 480, 360)
    QTest.keyClick(canvas, Qt.Key.Key_Delete)
    assert [s.box for s in canvas.suggestions()] == [CAT, Box(0, 0.1, 0.9, 0.05, 0.05)]
    assert canvas.boxes() == [mine]
    QTest.keyClick(canvas, Qt.Key.Key_Delete, CTRL)
    assert canvas.suggestions() == [] and canvas.boxes() == [mine]
    assert changed == [] and kinds == [("rejected",), ("rejected",)]


def test_enter_with_nothing_selected_does_nothing(canvas):
    canvas.set_suggestions([CAT])
    changed = counter(canvas.boxes_changed)
    QTest.keyClick(canvas, Qt.Key.Key_Return)
    assert changed == [] and canvas.boxes() == [] and len(canvas.suggestions()) == 1


def test_box_and_suggestion_selection_exclude_each_other(canvas):
    canvas.set_boxes([Box(1, 0.75, 0.25, 0.2, 0.2)])     # (416,72)-(544,168)
    canvas.set_suggestions([CAT])
    click(canvas, 480, 120)
    assert canvas.selected_index() == 0 and canvas.selected_suggestion() == -1
    click(canvas, 160, 120)
    assert canvas.selected_index() == -1 and canvas.selected_suggestion() == 0
    click(canvas, 480, 120)
    assert canvas.selected_index() == 0 and canvas.selected_suggestion() == -1
    click(canvas, 320, 300)                               # empty space clears both
    assert canvas.selected_index() == -1 and canvas.selected_suggestion() == -1


def test_smaller_of_box_and_suggestion_wins_the_click(canvas):
    big = Box(0, 0.5, 0.5, 0.5, 0.5)                      # (160,120)-(480,360)
    canvas.set_boxes([big])
    canvas.set_suggestions([Box(1, 0.5, 0.5, 0.1, 0.1)])  # (288,216)-(352,264), inside it
    click(canvas, 320, 240)
    assert canvas.selected_suggestion() == 0
    click(canvas, 200, 150)
    assert canvas.selected_index() == 0


def test_a_drag_from_a_suggestion_draws_a_box_over_it(canvas):
    canvas.set_suggestions([Box(0, 0.5, 0.5, 0.5, 0.5)])  # (160,120)-(480,360)
    changed = counter(canvas.boxes_changed)
    drag(canvas, (200, 200), (300, 300))
    assert [line(b) for b in canvas.boxes()] == [line(Box.from_pixels(0, 200, 200, 300, 300, W, H))]
    assert len(canvas.suggestions()) == 1 and len(changed) == 1


def test_digit_class_edit_of_a_suggestion_is_not_a_box_edit(canvas):
    canvas.set_suggestions([CAT])
    changed, kinds = counter(canvas.boxes_changed), counter(canvas.suggestions_changed)
    click(canvas, 160, 120)
    assert canvas.set_selected_box_class(1)
    assert canvas.suggestions()[0].box == CAT.with_class(1)
    assert changed == [] and kinds == [("edited",)]
    QTest.keyClick(canvas, Qt.Key.Key_Return)
    assert canvas.boxes() == [CAT.with_class(1)]


def test_escape_deselects_and_read_only_refuses_accept(canvas):
    canvas.set_suggestions([CAT])
    click(canvas, 160, 120)
    QTest.keyClick(canvas, Qt.Key.Key_Escape)
    assert canvas.selected_suggestion() == -1
    canvas.set_read_only(True)
    canvas.select_suggestion(0)
    assert not canvas.accept_selected_suggestion() and canvas.accept_all_suggestions() == 0
    assert canvas.boxes() == []


def test_new_image_clears_suggestions_and_set_boxes_keeps_them(canvas):
    canvas.set_suggestions([Suggestion(CAT, 0.5)])
    canvas.set_boxes([DOG])
    assert len(canvas.suggestions()) == 1
    canvas.set_image(W, H, None)
    assert canvas.suggestions() == [] and canvas.boxes() == []
